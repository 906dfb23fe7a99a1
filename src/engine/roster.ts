import type { ProfileSummary } from './profile-summary';

const DAY = 86_400_000;
/** An award this close to its expiry is shown as expiring, so HR can book a re-certification. */
export const EXPIRING_WITHIN_DAYS = 30;

export type CertificationStatus = 'certified' | 'expiring' | 'expired' | 'none';

export interface AwardFacts {
  level: string;
  awardedAt: number;
  expiresAt: number;
}

export interface Certification {
  status: CertificationStatus;
  level: string | null;
  expiresAt: number | null;
}

/** A person's standing from their awards: the valid award that lasts longest, else the latest lapsed one. */
export function certificationOf(awards: readonly AwardFacts[], now: number): Certification {
  const valid = awards.filter((a) => a.expiresAt > now).sort((a, b) => b.expiresAt - a.expiresAt);
  const current = valid[0];
  if (current) {
    return {
      status: current.expiresAt - now <= EXPIRING_WITHIN_DAYS * DAY ? 'expiring' : 'certified',
      level: current.level,
      expiresAt: current.expiresAt,
    };
  }
  const lapsed = [...awards].sort((a, b) => b.expiresAt - a.expiresAt)[0];
  return lapsed
    ? { status: 'expired', level: lapsed.level, expiresAt: lapsed.expiresAt }
    : { status: 'none', level: null, expiresAt: null };
}

/** One row of the HR roster. */
export interface RosterPerson {
  profileId: string;
  name: string;
  employeeId: string;
  team: string | null;
  site: string | null;
  certification: Certification;
  summary: ProfileSummary | null;
}

export interface RosterFilter {
  /** Part of a name or an employee id. */
  search: string;
  certification: CertificationStatus | 'all';
  /** A team name, '' for people in no team, or 'all'. */
  team: string;
  /** Only people with no finished call in this many days (never active counts as inactive). */
  inactiveDays: number | null;
}

export const NO_FILTER: RosterFilter = {
  search: '',
  certification: 'all',
  team: 'all',
  inactiveDays: null,
};

export function filterRoster<P extends RosterPerson>(
  people: readonly P[],
  filter: RosterFilter,
  now: number,
): P[] {
  const search = filter.search.trim().toLowerCase();
  const activeSince = filter.inactiveDays === null ? null : now - filter.inactiveDays * DAY;
  return people.filter(
    (p) =>
      (search === '' ||
        p.name.toLowerCase().includes(search) ||
        p.employeeId.toLowerCase().includes(search)) &&
      (filter.certification === 'all' || p.certification.status === filter.certification) &&
      (filter.team === 'all' || (p.team ?? '') === filter.team) &&
      (activeSince === null || (p.summary?.lastActivityAt ?? 0) < activeSince),
  );
}

/** Roster order: by employee id, the way HR's own lists are sorted. */
export function sortRoster<P extends RosterPerson>(people: P[]): P[] {
  return people.sort((a, b) =>
    a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0,
  );
}

export interface Page<T> {
  rows: T[];
  page: number;
  pages: number;
  total: number;
}

/** One page of a list; a page past the end shows the last one. */
export function pageOf<T>(list: readonly T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return {
    rows: list.slice(current * size, (current + 1) * size),
    page: current,
    pages,
    total: list.length,
  };
}

export interface WeekPoint {
  week: number;
  mean: number;
  attempts: number;
}

/** Mean total per week over the given people, oldest week first. */
export function weeklyProgress(people: readonly RosterPerson[]): WeekPoint[] {
  const weeks = new Map<number, [number, number]>();
  for (const p of people) {
    for (const [week, [sum, count]] of Object.entries(p.summary?.weekly ?? {})) {
      const acc = weeks.get(Number(week)) ?? [0, 0];
      weeks.set(Number(week), [acc[0] + sum, acc[1] + count]);
    }
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([week, [sum, count]]) => ({ week, mean: sum / count, attempts: count }));
}

/** The distinct team names, sorted, for the team filter. */
export function teamsOf(people: readonly RosterPerson[]): string[] {
  return [...new Set(people.map((p) => p.team ?? ''))].sort();
}
