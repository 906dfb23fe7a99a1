import { beforeEach, describe, expect, it } from 'vitest';
import { answeredCall } from '../../../src/engine/conversation';
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

  it('queues nothing for a reply that was refused (a double click)', async () => {
    await saveLrsSettings({ ...EMPTY_LRS, endpoint: 'http://127.0.0.1:9/xAPI' });
    const attempt = await beginCall(profileId, scenario);
    const call = answeredCall(scenario);
    await recordReply(attempt, scenario, call, 'calm');
    await expect(recordReply(attempt, scenario, call, 'calm')).rejects.toThrow();
    expect(await verbs(db)).toEqual(['attempted', 'answered']);
  });
});
