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

/**
 * Every listed person's summary from rows holding many people's — a backup's, or the whole
 * database's in a schema upgrade — each row looked at once.
 */
export function countedSummaries(
  profileIds: readonly string[],
  links: readonly LedgerEntry[],
  attempts: readonly AttemptRecord[],
  overrides: readonly OverrideRecord[],
): ProfileSummaryRecord[] {
  const byPerson = <T extends { profileId: string }>(rows: readonly T[]) => {
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const group = groups.get(row.profileId);
      if (group) group.push(row);
      else groups.set(row.profileId, [row]);
    }
    return (id: string): readonly T[] => groups.get(id) ?? [];
  };
  const linksOf = byPerson(links);
  const finishedOf = byPerson(attempts.filter((a) => a.status === 'finished'));
  const overridesOf = byPerson(overrides);
  return profileIds.map((id) => summaryOfCounted(id, linksOf(id), finishedOf(id), overridesOf(id)));
}
