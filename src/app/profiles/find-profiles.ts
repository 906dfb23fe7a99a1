import type { ProfileRecord } from '../../engine/records/profile';

/** A profile with what a search compares, lower-cased once rather than on every keystroke. */
export interface SearchableProfile {
  profile: ProfileRecord;
  name: string;
  employeeId: string;
}

export const searchable = (profiles: readonly ProfileRecord[]): SearchableProfile[] =>
  profiles.map((profile) => ({
    profile,
    name: profile.name.toLowerCase(),
    employeeId: profile.employeeId.toLowerCase(),
  }));

/**
 * The profiles whose name or 工号 contains what was typed (case and surrounding spaces ignored),
 * best first: the exact 工号, then 工号 and names that start with it, then the rest, each group
 * in the order given. An empty query finds everyone.
 */
export function findProfiles(
  profiles: readonly SearchableProfile[],
  query: string,
): ProfileRecord[] {
  const q = query.trim().toLowerCase();
  if (q === '') return profiles.map((p) => p.profile);
  const exact: ProfileRecord[] = [];
  const starts: ProfileRecord[] = [];
  const contains: ProfileRecord[] = [];
  for (const p of profiles) {
    if (p.employeeId === q) exact.push(p.profile);
    else if (p.employeeId.startsWith(q) || p.name.startsWith(q)) starts.push(p.profile);
    else if (p.employeeId.includes(q) || p.name.includes(q)) contains.push(p.profile);
  }
  return [...exact, ...starts, ...contains];
}
