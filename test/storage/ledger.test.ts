import { beforeEach, describe, expect, it } from 'vitest';
import { answeredCall } from '../../src/engine/conversation';
import { abandonAttempt } from '../../src/storage/attempts';
import { beginCall } from '../../src/app/calls/begin-call';
import { recordReply } from '../../src/app/calls/record-reply';
import { spotCue } from '../../src/app/calls/spot-cue';
import type { ComplaintDeskDatabase } from '../../src/storage/database';
import { sealRecord, sealRecords, verifyAll, verifyProfile } from '../../src/storage/ledger';
import { createProfile } from '../../src/storage/profiles';
import type { AttemptRecord, ProfileRecord } from '../../src/storage/records';
import { fakeScenario } from '../fakes';
import { freshDatabase } from './setup-db';

const scenario = fakeScenario();

async function playThrough(profileId: string, choices = ['calm', 'ask', 'fix']) {
  let attempt = await beginCall(profileId, scenario);
  let call = answeredCall(scenario);
  for (const id of choices) {
    ({ attempt: attempt, call } = await recordReply(attempt, scenario, call, id));
  }
  return attempt;
}

describe('the ledger in storage', () => {
  let db: ComplaintDeskDatabase;
  let profile: ProfileRecord;
  beforeEach(async () => {
    db = await freshDatabase();
    profile = await createProfile('王小明', '1024');
  });

  it('seals a finished call in the transaction that records its last reply', async () => {
    const attempt = await playThrough(profile.id);
    expect(attempt.status).toBe('finished');
    const links = await db.ledger.toArray();
    expect(links).toMatchObject([
      { profileId: profile.id, seq: 1, kind: 'attempt', recordId: attempt.id },
    ]);
    expect(await verifyProfile(profile.id)).toMatchObject({ sealed: 1, problems: [] });
  });

  it('does not seal a call still going', async () => {
    await playThrough(profile.id, ['calm']);
    expect(await db.ledger.count()).toBe(0);
  });

  it('seals an abandoned call', async () => {
    const attempt = await playThrough(profile.id, ['calm']);
    await abandonAttempt(attempt.id);
    expect(await db.ledger.toArray()).toMatchObject([{ recordId: attempt.id }]);
    expect((await verifyProfile(profile.id)).problems).toEqual([]);
  });

  it('re-seals a finished call when the cue mark rescores it, keeping the old link', async () => {
    const attempt = await playThrough(profile.id);
    await spotCue(attempt, 0);
    const links = await db.ledger.toArray();
    expect(links.map((l) => [l.seq, l.recordId])).toEqual([
      [1, attempt.id],
      [2, attempt.id],
    ]);
    expect((await verifyProfile(profile.id)).problems).toEqual([]);
  });

  it('flags a score edited behind the app’s back', async () => {
    const attempt = await playThrough(profile.id);
    await playThrough(profile.id);
    const stored = (await db.attempts.get(attempt.id)) as AttemptRecord;
    await db.attempts.put({ ...stored, score: { ...stored.score!, total: 3 } });
    expect((await verifyProfile(profile.id)).problems).toEqual([
      { problem: 'altered-record', kind: 'attempt', recordId: attempt.id, seq: 1 },
    ]);
  });

  it('flags a deleted attempt', async () => {
    const attempt = await playThrough(profile.id);
    await db.attempts.delete(attempt.id);
    expect((await verifyAll())[0]!.problems).toEqual([
      { problem: 'missing-record', kind: 'attempt', recordId: attempt.id, seq: 1 },
    ]);
  });

  it('keeps each profile to its own chain', async () => {
    const other = await createProfile('李雷', '2048');
    await playThrough(profile.id);
    await playThrough(other.id);
    expect((await db.ledger.toArray()).map((l) => l.seq)).toEqual([1, 1]);
    expect((await verifyAll()).every((v) => v.problems.length === 0)).toBe(true);
  });

  it('rolls the seal back with the write when the transaction fails', async () => {
    const record = { id: 'obs-1', profileId: profile.id, scenarioId: 'x', at: 1 };
    await expect(
      db.transaction('rw', db.observations, db.ledger, async () => {
        await db.observations.add(record as never);
        await sealRecord('observation', profile.id, record);
        throw new Error('the write after the seal failed');
      }),
    ).rejects.toThrow('failed');
    expect(await db.ledger.count()).toBe(0);
    expect(await db.observations.count()).toBe(0);
  });

  it('keeps a transaction alive through the seal (hashing never awaits outside IndexedDB)', async () => {
    const record = { id: 'obs-2', profileId: profile.id, scenarioId: 'x', at: 1 };
    await db.transaction('rw', db.observations, db.ledger, async () => {
      await sealRecord('observation', profile.id, record);
      // Were the transaction committed by the seal, this write would throw TransactionInactiveError.
      await db.observations.add(record as never);
    });
    expect(await db.observations.count()).toBe(1);
    expect((await verifyProfile(profile.id)).problems).toEqual([]);
  });

  it('refuses to seal inside a transaction that does not include the ledger', async () => {
    await expect(
      db.transaction('rw', db.observations, () =>
        sealRecord('observation', profile.id, { id: 'x' }),
      ),
    ).rejects.toThrow();
  });

  it('seals many records at once: each after its own person’s chain, in order, with its provenance', async () => {
    const other = await createProfile('李雷', '2048');
    await playThrough(profile.id);
    const observation = (id: string, profileId: string) => ({
      id,
      profileId,
      scenarioId: 'x',
      at: 1,
    });
    const rows = [
      observation('obs-a1', profile.id),
      observation('obs-b1', other.id),
      observation('obs-a2', profile.id),
    ];
    const provenance = {
      status: 'unverified' as const,
      source: null,
      reasons: ['unsigned' as const],
      review: null,
    };
    await db.transaction('rw', db.observations, db.ledger, async () => {
      await db.observations.bulkAdd(rows as never);
      await sealRecords(
        rows.map((record, i) => ({
          kind: 'observation' as const,
          profileId: record.profileId,
          record,
          ...(i === 2 ? { provenance } : {}),
        })),
      );
    });
    const links = await db.ledger.toArray();
    const seqOf = (recordId: string) => links.find((l) => l.recordId === recordId)!.seq;
    expect([seqOf('obs-a1'), seqOf('obs-a2'), seqOf('obs-b1')]).toEqual([2, 3, 1]);
    expect(links.find((l) => l.recordId === 'obs-a2')!.provenance).toEqual(provenance);
    expect(links.find((l) => l.recordId === 'obs-a1')!.provenance).toBeUndefined();
    // Every link follows from the one before it and matches its record, as one-by-one seals do.
    const verified = await verifyAll();
    expect(verified.map((v) => v.problems)).toEqual([[], []]);
    expect(verified.map((v) => v.sealed).sort()).toEqual([1, 3]);
  });

  it('rolls bulk seals back with the write when the transaction fails', async () => {
    const record = { id: 'obs-3', profileId: profile.id, scenarioId: 'x', at: 1 };
    await expect(
      db.transaction('rw', db.observations, db.ledger, async () => {
        await db.observations.add(record as never);
        await sealRecords([{ kind: 'observation', profileId: profile.id, record }]);
        throw new Error('the write after the seals failed');
      }),
    ).rejects.toThrow('failed');
    expect(await db.ledger.count()).toBe(0);
  });
});
