import { emptySummary, foldAttempt } from '../engine/profile-summary';
import { countedSummary, countedSummaryTables } from './counted-summary';
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
    [db.profiles, db.profileSummaries, ...countedSummaryTables()],
    async () => {
      const profileIds = (await db.profiles.toCollection().primaryKeys()) as string[];
      const rows: ProfileSummaryRecord[] = [];
      for (const id of profileIds) rows.push(await countedSummary(id));
      await db.profileSummaries.clear();
      await db.profileSummaries.bulkPut(rows);
      return rows.length;
    },
  );
}

/**
 * Counts a person's records again, after one of their scores changed (a key cue marked in the
 * debrief, a trainer's override), through the one summary of what counts. Call it inside that
 * change's transaction, with `profileSummaries` and the countedSummary tables.
 */
export async function recountProfile(profileId: string): Promise<void> {
  await database().profileSummaries.put(await countedSummary(profileId));
}

export function getSummary(profileId: string): Promise<ProfileSummaryRecord | undefined> {
  return database().profileSummaries.get(profileId);
}
