import { certificationOf, type RosterPerson } from '../../engine/roster';
import type { AwardRecord } from '../../storage/records';
import { readRosterRows } from '../../storage/roster';

export { awardsOf, loadPersonAttempts, type PersonAttemptsPage } from '../../storage/roster';

/** A roster row, with how many of the person's calls a trainer has regraded. */
export interface RosterEntry extends RosterPerson {
  overriddenCalls: number;
}

/** Everyone on the roster with their certification as it stands at `now`, and their summary row. */
export async function loadRoster(now: number): Promise<RosterEntry[]> {
  const { profiles, summaries, awards, overrides } = await readRosterRows();
  const summaryOf = new Map(summaries.map((s) => [s.profileId, s]));
  const awardsOf = new Map<string, AwardRecord[]>();
  for (const a of awards) {
    const list = awardsOf.get(a.profileId) ?? [];
    list.push(a);
    awardsOf.set(a.profileId, list);
  }
  const regraded = new Map<string, Set<string>>();
  for (const o of overrides) {
    regraded.set(o.profileId, (regraded.get(o.profileId) ?? new Set()).add(o.attemptId));
  }
  return profiles.map((p) => ({
    profileId: p.id,
    name: p.name,
    employeeId: p.employeeId,
    team: p.team ?? null,
    site: p.site ?? null,
    certification: certificationOf(awardsOf.get(p.id) ?? [], now),
    summary: summaryOf.get(p.id) ?? null,
    overriddenCalls: regraded.get(p.id)?.size ?? 0,
  }));
}
export { getSummary } from '../../storage/profile-summaries';
export { loadPersonRecords, type PersonRecords } from './person';
