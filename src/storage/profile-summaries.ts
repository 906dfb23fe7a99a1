import { emptySummary, foldAttempt, summarize } from '../engine/profile-summary';
import { database } from './database';
import type { AttemptRecord, ProfileSummaryRecord } from './records';

/**
 * Counts a just-finished attempt into its person's summary row. Call it inside the transaction that
 * finishes the attempt (it needs `profileSummaries` in scope), so the roster is never behind.
 */
export async function countFinishedAttempt(attempt: AttemptRecord): Promise<void> {
  if (attempt.status !== 'finished') return;
  const db = database();
  const current =
    (await db.profileSummaries.get(attempt.profileId)) ?? emptySummary(attempt.profileId);
  await db.profileSummaries.put(foldAttempt(current, attempt));
}

/** Rebuilds every summary row from the attempts, for data recorded before summaries existed. */
export async function rebuildAllSummaries(): Promise<number> {
  const db = database();
  return db.transaction(
    'rw',
    [db.profiles, db.attempts, db.overrides, db.profileSummaries],
    async () => {
      const profileIds = (await db.profiles.toCollection().primaryKeys()) as string[];
      const rows: ProfileSummaryRecord[] = [];
      for (const id of profileIds) rows.push(await summaryFromAttempts(id));
      await db.profileSummaries.clear();
      await db.profileSummaries.bulkPut(rows);
      return rows.length;
    },
  );
}

/**
 * Counts a person's finished attempts again, after one of their scores changed (a key cue marked in
 * the debrief, a trainer's override). Call it inside that change's transaction, with `attempts`,
 * `overrides` and `profileSummaries`.
 */
export async function recountProfile(profileId: string): Promise<void> {
  await database().profileSummaries.put(await summaryFromAttempts(profileId));
}

/** A person's summary computed afresh from their finished attempts. */
async function summaryFromAttempts(profileId: string): Promise<ProfileSummaryRecord> {
  const db = database();
  const [finished, overrides] = await Promise.all([
    db.attempts.where('[profileId+status]').equals([profileId, 'finished']).toArray(),
    db.overrides.where('profileId').equals(profileId).toArray(),
  ]);
  return summarize(profileId, finished, overrides);
}

export function getSummary(profileId: string): Promise<ProfileSummaryRecord | undefined> {
  return database().profileSummaries.get(profileId);
}
