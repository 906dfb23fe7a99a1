import { beforeEach, describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { answerCall } from '../../../src/app/calls/call-controls';
import { recordReply } from '../../../src/app/calls/record-reply';
import { setCallReplyMode } from '../../../src/app/calls/reply-mode';
import { getAttempt, resumeCall } from '../../../src/app/calls/resume-call';
import { MAX_TYPED_CHARS, meantReply, prepareTypedReply } from '../../../src/app/calls/typed-reply';
import { replayClaim } from '../../../src/app/records/replay-claims';
import { ringingCall, type CallSnapshot } from '../../../src/engine/conversation';
import { attemptSchema, type AttemptRecord } from '../../../src/engine/records/attempt';
import { DEFAULT_PROGRAM } from '../../../src/engine/certification/program';
import { saveProgramVersion } from '../../../src/storage/certification';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();
const practice = { certification: false };
const SORRY = '真对不起，让您着急了，我是客服小李。';

async function answered(profileId: string, options = {}) {
  const attempt = await beginCall(profileId, scenario, { replyMode: 'type', ...options });
  const call = await answerCall(attempt, scenario, ringingCall(scenario));
  return { attempt: (await getAttempt(attempt.id))!, call };
}

/** Types `text` and records it, taking the trainee's pick on an unclear match. */
async function say(
  step: { attempt: AttemptRecord; call: CallSnapshot },
  text: string,
  options = practice,
  pick?: string,
) {
  const prepared = prepareTypedReply(scenario, step.call, text, 'zh-CN', options);
  if (prepared.kind === 'refused') throw new Error(prepared.reason);
  const typed = prepared.kind === 'clear' ? prepared.typed : meantReply(prepared, pick!);
  return recordReply(step.attempt, scenario, step.call, typed.matchedChoiceId, typed);
}

describe('say it yourself', () => {
  let profileId: string;
  beforeEach(async () => {
    await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  it('refuses nothing to send and too much, with the limit', () => {
    const call = ringingCall(scenario);
    expect(prepareTypedReply(scenario, call, '   ', 'zh-CN', practice)).toEqual({
      kind: 'refused',
      reason: 'empty',
      max: MAX_TYPED_CHARS,
    });
    expect(
      prepareTypedReply(scenario, call, '好'.repeat(MAX_TYPED_CHARS + 1), 'zh-CN', practice),
    ).toMatchObject({ kind: 'refused', reason: 'tooLong' });
  });

  it('stores the mode on the call, and lets the trainee switch it only before the first reply', async () => {
    const chosen = await beginCall(profileId, scenario);
    expect(chosen.replyMode).toBeUndefined();
    const typed = await setCallReplyMode(chosen.id, 'type');
    expect(typed?.replyMode).toBe('type');
    expect((await setCallReplyMode(chosen.id, 'choose'))?.replyMode).toBeUndefined();
    const step = await answered(profileId);
    expect(step.attempt.replyMode).toBe('type');
    const after = await say(step, SORRY);
    expect((await setCallReplyMode(after.attempt.id, 'choose'))?.replyMode).toBe('type');
    const run = await beginCall(profileId, scenario, {
      replyMode: 'type',
      certification: { seed: 7 },
    });
    expect((await setCallReplyMode(run.id, 'choose'))?.replyMode).toBe('type');
  });

  it('starts every certification run typed once a level of the program requires it', async () => {
    const before = await beginCall(profileId, scenario, { certification: { seed: 1 } });
    expect(before.replyMode).toBeUndefined();
    const { version: _, ...program } = DEFAULT_PROGRAM;
    await saveProgramVersion({
      ...program,
      levels: program.levels.map((l, i) => (i === 0 ? { ...l, requireTyped: true } : l)),
    });
    const run = await beginCall(profileId, scenario, { certification: { seed: 2 } });
    expect(run.replyMode).toBe('type');
    expect((await beginCall(profileId, scenario)).replyMode).toBeUndefined();
  });

  it('commits a typed turn like a chosen one: its words, behaviours and match on record', async () => {
    const step = await answered(profileId);
    const { attempt } = await say(step, SORRY);
    expect(attempt.choices).toEqual(['calm']);
    const turn = attempt.turns[0]!;
    expect(turn.reply).toEqual({ 'zh-CN': SORRY, en: SORRY });
    expect(turn.typed).toMatchObject({
      text: SORRY,
      lang: 'zh-CN',
      behaviours: ['acknowledge-emotion', 'apologize', 'self-identify'],
      matchedChoiceId: 'calm',
      matchChosenBy: 'detector',
      matchedReply: { 'zh-CN': '【reply calm】', en: 'reply calm' },
    });
    expect(attempt.transcript.find((e) => e.speaker === 'trainee')?.text['zh-CN']).toBe(SORRY);
    expect(attemptSchema.safeParse(attempt).success).toBe(true);
  });

  it('asks which reply was meant when the words are as near to two, and keeps the pick', async () => {
    const step = await answered(profileId);
    const prepared = prepareTypedReply(scenario, step.call, '嗯，好的', 'zh-CN', practice);
    if (prepared.kind !== 'unclear') throw new Error(`expected unclear, got ${prepared.kind}`);
    expect(prepared.candidates.map((c) => c.choiceId).sort()).toEqual(
      ['argue', 'calm', 'explain-early'].sort(),
    );
    expect(() => meantReply(prepared, 'ask')).toThrow(/not one of the replies/);
    const { attempt } = await recordReply(
      step.attempt,
      scenario,
      step.call,
      'explain-early',
      meantReply(prepared, 'explain-early'),
    );
    expect(attempt.turns[0]!.typed?.matchChosenBy).toBe('trainee');
  });

  it('takes the lower-scoring nearest reply in a certification run, without asking', async () => {
    const step = await answered(profileId, { certification: { seed: 3 } });
    const prepared = prepareTypedReply(scenario, step.call, '嗯，好的', 'zh-CN', {
      certification: true,
    });
    expect(prepared).toMatchObject({ kind: 'clear', typed: { matchChosenBy: 'lower-scoring' } });
  });

  it('resumes a typed call to the same turn and grades, and merges it unchanged', async () => {
    let step = await answered(profileId);
    step = await say(step, SORRY);
    step = await say(step, '您能说说具体是什么时候坏的吗？');
    const resumed = await resumeCall(step.attempt, scenario);
    if (resumed.kind !== 'live') throw new Error(resumed.reason);
    expect(resumed.call.context.turns).toEqual(step.call.context.turns);
    const claim = await replayClaim(step.attempt, async () => scenario);
    expect(claim).toMatchObject({ ok: true, differs: false });
  });

  it('refuses to merge a typed turn whose recorded behaviours its words do not show', async () => {
    const { attempt } = await say(await answered(profileId), SORRY);
    const turn = attempt.turns[0]!;
    const forged: AttemptRecord = {
      ...attempt,
      turns: [{ ...turn, typed: { ...turn.typed!, behaviours: ['apologize', 'commit-deadline'] } }],
    };
    expect(await replayClaim(forged, async () => scenario)).toEqual({
      ok: false,
      reason: 'replay-failed',
    });
    const unknown: AttemptRecord = {
      ...attempt,
      turns: [{ ...turn, typed: { ...turn.typed!, listsVersion: 'detect-0000' } }],
    };
    expect(await replayClaim(unknown, async () => scenario)).toMatchObject({ ok: false });
    expect(await resumeCall(unknown, scenario)).toEqual({
      kind: 'read-only',
      reason: 'restart-needed',
    });
  });
});
