import type { AttemptRecord } from './records/attempt';
import type { LedgerEntry } from './records/ledger';
import type { OverrideRecord } from './records/override';
import type { ProfileSummaryRecord } from './records/profile-summary';
import { summarize } from './profile-summary';
import { uncountedIds } from './provenance';

/**
 * A person's roster summary from their rows as read: finished calls and overrides, leaving out
 * what their chain says was merged unverified or refused. Storage reads the rows (in a transaction,
 * or in the schema upgrade's); this decides what counts.
 */
export function summaryOfCounted(
  profileId: string,
  links: readonly LedgerEntry[],
  finished: readonly AttemptRecord[],
  overrides: readonly OverrideRecord[],
): ProfileSummaryRecord {
  const uncounted = uncountedIds(links);
  return summarize(
    profileId,
    finished.filter((a) => !uncounted.has(a.id)),
    overrides.filter((o) => !uncounted.has(o.id) && !uncounted.has(o.attemptId)),
  );
}
