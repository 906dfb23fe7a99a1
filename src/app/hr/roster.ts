import { certificationOf, type RosterPerson } from '../../engine/roster';
import type { AwardRecord } from '../../storage/records';
import { readRosterRows } from '../../storage/roster';

export { awardsOf, loadPersonAttempts, type PersonAttemptsPage } from '../../storage/roster';

/** Everyone on the roster with their certification as it stands at `now`, and their summary row. */
export async function loadRoster(now: number): Promise<RosterPerson[]> {
  const { profiles, summaries, awards } = await readRosterRows();
  const summaryOf = new Map(summaries.map((s) => [s.profileId, s]));
  const awardsOf = new Map<string, AwardRecord[]>();
  for (const a of awards) {
    const list = awardsOf.get(a.profileId) ?? [];
    list.push(a);
    awardsOf.set(a.profileId, list);
  }
  return profiles.map((p) => ({
    profileId: p.id,
    name: p.name,
    employeeId: p.employeeId,
    team: p.team ?? null,
    site: p.site ?? null,
    certification: certificationOf(awardsOf.get(p.id) ?? [], now),
    summary: summaryOf.get(p.id) ?? null,
  }));
}
export { getSummary } from '../../storage/profile-summaries';
