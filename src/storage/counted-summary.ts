import { summaryOfCounted } from '../engine/counted-summary';
import { database } from './database';
import type { ProfileSummaryRecord } from './records';

/** The tables countedSummary reads: a caller's transaction must include them. */
export const countedSummaryTables = () => {
  const db = database();
  return [db.attempts, db.overrides, db.ledger];
};

/**
 * A person's roster summary computed afresh from the records that count: their finished calls
 * and overrides, leaving out what was merged unverified or refused. Merges, HR's reviews and
 * Verify all read a summary through this one function.
 */
export async function countedSummary(profileId: string): Promise<ProfileSummaryRecord> {
  const db = database();
  const [links, finished, overrides] = await Promise.all([
    db.ledger.where('profileId').equals(profileId).toArray(),
    db.attempts.where('[profileId+status]').equals([profileId, 'finished']).toArray(),
    db.overrides.where('profileId').equals(profileId).toArray(),
  ]);
  return summaryOfCounted(profileId, links, finished, overrides);
}
