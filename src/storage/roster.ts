import { certificationOf, type RosterPerson } from '../engine/roster';
import { database } from './database';
import type { AttemptRecord, AwardRecord, OverrideRecord, ProfileRecord } from './records';
import { normalizeAttempt } from './attempt-shape';

/**
 * Everyone on the roster with their certification and summary row: three reads of small tables
 * (one row per person or award), never the attempts, so it stays quick with 50,000 calls stored.
 */
export async function loadRoster(now: number): Promise<RosterPerson[]> {
  const db = database();
  const [profiles, summaries, awards] = await db.transaction(
    'r',
    [db.profiles, db.profileSummaries, db.awards],
    () => Promise.all([db.profiles.toArray(), db.profileSummaries.toArray(), db.awards.toArray()]),
  );
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

export interface PersonAttemptsPage {
  profile: ProfileRecord | undefined;
  attempts: AttemptRecord[];
  overrides: OverrideRecord[];
  total: number;
}

/** One page of a person's calls, newest first, read through the [profileId+startedAt] index. */
export async function loadPersonAttempts(
  profileId: string,
  page: number,
  size: number,
): Promise<PersonAttemptsPage> {
  const db = database();
  const range = db.attempts
    .where('[profileId+startedAt]')
    .between([profileId, -Infinity], [profileId, Infinity]);
  const [profile, total, attempts] = await Promise.all([
    db.profiles.get(profileId),
    range.clone().count(),
    range
      .reverse()
      .offset(page * size)
      .limit(size)
      .toArray(),
  ]);
  const overrides = await db.overrides
    .where('attemptId')
    .anyOf(attempts.map((a) => a.id))
    .toArray();
  return { profile, attempts: attempts.map(normalizeAttempt), overrides, total };
}

export function awardsOf(profileId: string): Promise<AwardRecord[]> {
  return database().awards.where('profileId').equals(profileId).toArray();
}
