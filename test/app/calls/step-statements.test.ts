import { beforeEach, describe, expect, it } from 'vitest';
import { answeredCall, ringingCall } from '../../../src/engine/conversation';
import type { XapiStatement } from '../../../src/engine/xapi/statements';
import { answerCall } from '../../../src/app/calls/call-controls';
import { getAttempt } from '../../../src/app/calls/resume-call';
import { prepareTypedReply } from '../../../src/app/calls/typed-reply';
import { beginCall } from '../../../src/app/calls/begin-call';
import { recordReply } from '../../../src/app/calls/record-reply';
import type { ComplaintDeskDatabase } from '../../../src/storage/database';
import { EMPTY_LRS, saveLrsSettings } from '../../../src/storage/lms-settings';
import { createProfile } from '../../../src/storage/profiles';
import type { AttemptRecord } from '../../../src/storage/records';
import { fakeScenario } from '../../fakes';
import { recordReplies } from '../../record-replies';
import { freshDatabase } from '../../storage/setup-db';

const scenario = fakeScenario();

const play = (attempt: AttemptRecord, choices: string[]) =>
  recordReplies(attempt, scenario, choices);

const verbs = async (db: ComplaintDeskDatabase) =>
  (await db.outbox.orderBy('queuedAt').toArray()).map((r) =>
    (r.statement as { verb: { id: string } }).verb.id.split('/').pop(),
  );

describe('statements queued with each recorded reply', () => {
  let db: ComplaintDeskDatabase;
  let profileId: string;
  beforeEach(async () => {
    db = await freshDatabase();
    profileId = (await createProfile('王芳', 'A1024')).id;
  });

  it('queues nothing while no LRS is configured', async () => {
    await play(await beginCall(profileId, scenario), ['calm', 'ask', 'fix']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('queues attempted, one answered per reply, completed and a verdict, in order', async () => {
    await saveLrsSettings({ ...EMPTY_LRS, endpoint: 'http://127.0.0.1:9/xAPI' });
    const attempt = await play(await beginCall(profileId, scenario), ['calm', 'ask', 'fix']);
    expect(await verbs(db)).toEqual([
      'attempted',
      'answered',
      'answered',
      'answered',
      'completed',
      'passed',
    ]);
    // The finishing reply's seal commits in the same transaction as its statements.
    expect((await db.ledger.toArray()).map((l) => l.recordId)).toEqual([attempt.id]);
    const records = await db.outbox.toArray();
    for (const r of records) {
      const s = r.statement as {
        id: string;
        context: { registration: string };
        actor: { account: { name: string } };
      };
      expect(s.id).toBe(r.id);
      expect(s.context.registration).toBe(attempt.id);
      expect(s.actor.account.name).toBe('A1024');
    }
    // The finishing reply's statements carry the chain head it sealed; earlier replies' none yet.
    const [link] = await db.ledger.toArray();
    const headOf = (r: (typeof records)[number]) => {
      const { verb, context } = r.statement as {
        verb: { id: string };
        context: { extensions: Record<string, unknown> };
      };
      const head = Object.entries(context.extensions).find(([iri]) => iri.endsWith('/chain-head'));
      return [verb.id.split('/').pop(), head?.[1]];
    };
    const heads = records.map(headOf);
    const head = { seq: link!.seq, hash: link!.hash };
    expect(
      Object.fromEntries(heads.filter(([verb]) => verb === 'completed' || verb === 'passed')),
    ).toEqual({ completed: head, passed: head });
    expect(heads.filter(([verb]) => verb === 'attempted')).toEqual([['attempted', undefined]]);
  });

  it('queues a typed reply with the trainee’s words and what was heard, not the matched reply’s id', async () => {
    const lrs = { endpoint: 'http://127.0.0.1:9/xAPI', key: 'lrs-key-77', secret: 'lrs-secret-99' };
    await saveLrsSettings({ ...EMPTY_LRS, ...lrs });
    const attempt = await beginCall(profileId, scenario, { replyMode: 'type' });
    const call = await answerCall(attempt, scenario, ringingCall(scenario));
    const words = '真对不起，让您着急了，我是客服小李。';
    const prepared = prepareTypedReply(scenario, call, words, 'zh-CN', { certification: false });
    if (prepared.kind !== 'clear') throw new Error(`expected a clear match, got ${prepared.kind}`);
    await recordReply(
      (await getAttempt(attempt.id))!,
      scenario,
      call,
      prepared.typed.matchedChoiceId,
      prepared.typed,
    );
    const [attempted, answered] = (await db.outbox.orderBy('queuedAt').toArray()).map(
      (r) => r.statement as XapiStatement,
    );
    const iri = (name: string) =>
      `${EMPTY_LRS.homePage.replace(/\/+$/, '')}/xapi/extensions/${name}`;
    expect(answered!.result!.response).toBe(words);
    expect(answered!.result!.extensions).toMatchObject({
      [iri('behaviours')]: [...prepared.typed.behaviours].sort(),
      [iri('matched-reply')]: { id: prepared.typed.matchedChoiceId, chosenBy: 'detector' },
    });
    expect(answered!.context.extensions[iri('phrase-lists')]).toBe(prepared.typed.listsVersion);
    expect(attempted!.context.extensions[iri('reply-mode')]).toBe('type');
    // Nothing of the typed turn's grading internals, and no setting, goes to the LRS.
    const sent = JSON.stringify([attempted, answered]);
    expect(sent).not.toContain('causes');
    expect(sent).not.toContain(lrs.key);
    expect(sent).not.toContain(lrs.secret);
  });

  it('queues nothing for a reply that was refused (a double click)', async () => {
    await saveLrsSettings({ ...EMPTY_LRS, endpoint: 'http://127.0.0.1:9/xAPI' });
    const attempt = await beginCall(profileId, scenario);
    const call = answeredCall(scenario);
    await recordReply(attempt, scenario, call, 'calm');
    await expect(recordReply(attempt, scenario, call, 'calm')).rejects.toThrow();
    expect(await verbs(db)).toEqual(['attempted', 'answered']);
  });
});
