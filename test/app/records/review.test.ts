import { describe, expect, it } from 'vitest';
import { beginCall } from '../../../src/app/calls/begin-call';
import { recordReply } from '../../../src/app/calls/record-reply';
import {
  applyMergePlan,
  checkRecordsBundle,
  exportRecordsBundle,
} from '../../../src/app/records/records-bundle';
import { recordsToReview, reviewRecord } from '../../../src/app/records/review';
import { verifyAll } from '../../../src/app/records/verify';
import { answeredCall } from '../../../src/engine/conversation';
import { useKeyDatabase } from '../../../src/storage/installation-key';
import { getSummary } from '../../../src/storage/profile-summaries';
import { createProfile } from '../../../src/storage/profiles';
import { fakeScenario } from '../../fakes';
import { freshDatabase } from '../../storage/setup-db';
import { finishedCall, installation } from './installation';

const scenario = fakeScenario();

/** A call played on one installation, merged unverified (its machine not enrolled) onto another. */
async function mergedUnverified() {
  await installation(scenario);
  const trainee = await createProfile('王小明', '1024');
  const attempt = await finishedCall(scenario, trainee.id);
  const bundle = await exportRecordsBundle();
  useKeyDatabase(`key-${crypto.randomUUID()}`);
  const db = await freshDatabase();
  const check = await checkRecordsBundle(bundle);
  if (!check.ok) throw new Error('refused');
  await applyMergePlan(check.plan, []);
  return { db, attempt, profileId: trainee.id };
}

describe('HR reviewing merged records', () => {
  it('lists an unverified record, and accepting it (who, when, why) makes it count', async () => {
    const { attempt, profileId } = await mergedUnverified();
    expect((await recordsToReview()).map((r) => [r.recordId, r.provenance.status])).toEqual([
      [attempt.id, 'unverified'],
    ]);
    expect((await getSummary(profileId))!.finishedAttempts).toBe(0);
    const ref = { kind: 'attempt' as const, recordId: attempt.id, profileId };
    const provenance = await reviewRecord(ref, 'accepted', ' 人事 张 ', '当面核对', [], 7);
    expect(provenance).toMatchObject({
      status: 'accepted',
      reasons: ['unknown-source'],
      review: { decision: 'accepted', by: '人事 张', at: 7, why: '当面核对' },
    });
    expect((await getSummary(profileId))!.finishedAttempts).toBe(1);
    expect(await recordsToReview()).toEqual([]);
    const [person] = await verifyAll();
    expect(person!.problems).toEqual([]);
    expect(person!.summaryDiffers).toBe(false);
    expect(person!.merged.map((m) => m.provenance.status)).toEqual(['accepted']);
  });

  it('refusing records the decision and the reason; a decision needs who and why; own records are not reviewed', async () => {
    const { attempt, profileId } = await mergedUnverified();
    const ref = { kind: 'attempt' as const, recordId: attempt.id, profileId };
    await expect(reviewRecord(ref, 'refused', '人事 张', ' ', [])).rejects.toThrow();
    const refused = await reviewRecord(ref, 'refused', '人事 张', '工号对不上', []);
    expect(refused.reasons).toEqual(['unknown-source', 'hr-refused']);
    expect((await getSummary(profileId))!.finishedAttempts).toBe(0);

    const own = await createProfile('李娜', '2048');
    let mine = await beginCall(own.id, scenario);
    let call = answeredCall(scenario);
    for (const id of ['calm', 'ask', 'fix'])
      ({ attempt: mine, call } = await recordReply(mine, scenario, call, id));
    await expect(
      reviewRecord(
        { kind: 'attempt', recordId: mine.id, profileId: own.id },
        'refused',
        'x',
        'y',
        [],
      ),
    ).rejects.toThrow();
  });

  it('Verify flags a roster summary that differs from the one rebuilt from the sealed records', async () => {
    const { db, profileId } = await mergedUnverified();
    await db.profileSummaries.update(profileId, { finishedAttempts: 3, totalSum: 240 });
    const person = (await verifyAll()).find((p) => p.profileId === profileId)!;
    expect(person.summaryDiffers).toBe(true);
  });
});
