import { beforeEach, describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { answerCall, abandonCall } from '../../../src/app/calls/call-controls';
import { getAttempt, resumeCall } from '../../../src/app/calls/resume-call';
import { IN_CALL } from '../../../src/engine/compile-scenario';
import { ringingCall } from '../../../src/engine/conversation';
import { SCORING_MODEL_VERSION } from '../../../src/engine/scoring/model-version';
import { listAttempts } from '../../../src/storage/attempts';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { recordReplies } from '../../record-replies';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();

describe('resuming a call', () => {
  let profileId: string;
  beforeEach(async () => {
    await freshDatabase();
    profileId = (await createProfile('王小明', '1024')).id;
  });

  it('rings again when the call was never answered, and picks up where it was answered', async () => {
    const attempt = await beginCall(profileId, scenario);
    const ringing = await resumeCall(attempt, scenario);
    expect(ringing.kind === 'live' && ringing.call.value).toBe('ringing');
    await answerCall(attempt, scenario, ringingCall(scenario));
    const answered = await resumeCall((await getAttempt(attempt.id))!, scenario);
    expect(answered.kind === 'live' && answered.call.value).toEqual({ [IN_CALL]: 'opening' });
  });

  it('replays the recorded replies through the machine to the same turn and mood', async () => {
    const attempt = await recordReplies(await beginCall(profileId, scenario), scenario, ['calm']);
    const resumed = await resumeCall(attempt, scenario);
    if (resumed.kind !== 'live') throw new Error(`expected a live call, got ${resumed.reason}`);
    expect(resumed.call.value).toEqual({ [IN_CALL]: 'facts' });
    expect(resumed.call.context.progress.mood).toEqual(attempt.turns[0]!.mood);
    expect(resumed.call.context.turns.map((t) => t.choice)).toEqual(['calm']);
  });

  it('replays when the scenario changed but the recorded replies still exist', async () => {
    const attempt = await recordReplies(await beginCall(profileId, scenario), scenario, ['calm']);
    const changed = fakeScenario({ version: 2, title: { 'zh-CN': '新版', en: 'New version' } });
    const resumed = await resumeCall(attempt, changed);
    expect(resumed.kind === 'live' && resumed.call.value).toEqual({ [IN_CALL]: 'facts' });
  });

  it('marks the call restart-needed when a recorded reply no longer exists', async () => {
    const attempt = await recordReplies(await beginCall(profileId, scenario), scenario, ['calm']);
    const changed = fakeScenario({ version: 2 });
    const opening = changed.nodes[0]!;
    if (opening.kind !== 'decision') throw new Error('fixture changed');
    opening.choices[0]!.id = 'calm-v2';
    expect(await resumeCall(attempt, changed)).toEqual({
      kind: 'read-only',
      reason: 'restart-needed',
    });
  });

  it('marks the call restart-needed when its recorded replies now end the call', async () => {
    const attempt = await recordReplies(await beginCall(profileId, scenario), scenario, ['calm']);
    const changed = fakeScenario({ version: 2 });
    const opening = changed.nodes[0]!;
    if (opening.kind !== 'decision') throw new Error('fixture changed');
    opening.choices[0]!.next = 'end-good';
    expect(await resumeCall(attempt, changed)).toEqual({
      kind: 'read-only',
      reason: 'restart-needed',
    });
  });

  it('marks the call restart-needed when its case is gone', async () => {
    const attempt = await recordReplies(await beginCall(profileId, scenario), scenario, ['calm']);
    expect(await resumeCall(attempt, undefined)).toEqual({
      kind: 'read-only',
      reason: 'restart-needed',
    });
  });

  it('keeps a call begun under an earlier scoring model read-only instead of mixing two models', async () => {
    const attempt = await recordReplies(await beginCall(profileId, scenario), scenario, ['calm']);
    expect(
      await resumeCall({ ...attempt, scoringModel: SCORING_MODEL_VERSION - 1 }, scenario),
    ).toEqual({ kind: 'read-only', reason: 'model-changed' });
    expect((await resumeCall(attempt, scenario)).kind).toBe('live');
  });

  it('never resumes an abandoned or finished call', async () => {
    const attempt = await recordReplies(await beginCall(profileId, scenario), scenario, ['calm']);
    await abandonCall(attempt.id);
    const stored = (await listAttempts(profileId))[0]!;
    expect(stored.status).toBe('abandoned');
    expect(await resumeCall(stored, scenario)).toEqual({ kind: 'read-only', reason: 'abandoned' });
    const finished = await recordReplies(await beginCall(profileId, scenario), scenario, ['argue']);
    expect(await resumeCall(finished, scenario)).toEqual({ kind: 'read-only', reason: 'finished' });
  });
});
