import { sealRecord } from './ledger';
import type { GradeOverride } from '../engine/grade-override';
import { database } from './database';
import { StorageRuleError } from './errors';
import { recountProfile } from './profile-summaries';
import type { AttemptRecord, OverrideRecord } from './records';

/**
 * Adds a trainer's grade beside a finished call's own; `decide` (pure, run inside the transaction
 * on the attempt as stored) returns the override or throws to refuse it. The attempt, its score and
 * its turns are never touched, so the original grade always survives; the person's roster summary
 * is counted again in the same transaction, now at the override's total.
 */
export async function storeOverride(
  attemptId: string,
  decide: (attempt: AttemptRecord) => GradeOverride,
): Promise<OverrideRecord> {
  const db = database();
  const tables = [db.attempts, db.overrides, db.ledger, db.profileSummaries];
  return db.transaction('rw', tables, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) throw new StorageRuleError('attempt-not-found', `no attempt ${attemptId}`);
    const record: OverrideRecord = {
      id: crypto.randomUUID(),
      attemptId,
      profileId: attempt.profileId,
      ...decide(attempt),
      at: Date.now(),
    };
    await db.overrides.add(record);
    await sealRecord('override', record.profileId, { ...record });
    await recountProfile(record.profileId);
    return record;
  });
}

/** Every override of a call, oldest first; the last one is the grade that stands. */
export async function listOverrides(attemptId: string): Promise<OverrideRecord[]> {
  const found = await database().overrides.where('attemptId').equals(attemptId).toArray();
  return found.sort((a, b) => a.at - b.at);
}

/** Every override of these calls, in no particular order. */
export function overridesOfCalls(attemptIds: readonly string[]): Promise<OverrideRecord[]> {
  return database()
    .overrides.where('attemptId')
    .anyOf([...attemptIds])
    .toArray();
}

/** Every override of a trainee's calls, oldest first (HR's drill-down). */
export async function overridesForProfile(profileId: string): Promise<OverrideRecord[]> {
  const found = await database().overrides.where('profileId').equals(profileId).toArray();
  return found.sort((a, b) => a.at - b.at);
}
