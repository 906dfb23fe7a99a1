import { attemptsPage } from './attempts';
import { database } from './database';
import type {
  AttemptRecord,
  AwardRecord,
  OverrideRecord,
  ProfileRecord,
  ProfileSummaryRecord,
} from './records';

export interface RosterRows {
  profiles: ProfileRecord[];
  summaries: ProfileSummaryRecord[];
  awards: AwardRecord[];
  overrides: OverrideRecord[];
}

/**
 * What the roster is built from: reads of small tables (one row per person, award or trainer's
 * override), never the attempts, so it stays quick with 50,000 calls stored.
 */
export async function readRosterRows(): Promise<RosterRows> {
  const db = database();
  const [profiles, summaries, awards, overrides] = await db.transaction(
    'r',
    [db.profiles, db.profileSummaries, db.awards, db.overrides],
    () =>
      Promise.all([
        db.profiles.toArray(),
        db.profileSummaries.toArray(),
        db.awards.toArray(),
        db.overrides.toArray(),
      ]),
  );
  return { profiles, summaries, awards, overrides };
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
  const [profile, calls] = await Promise.all([
    db.profiles.get(profileId),
    attemptsPage(profileId, page * size, size),
  ]);
  return { profile, ...calls };
}

export function awardsOf(profileId: string): Promise<AwardRecord[]> {
  return database().awards.where('profileId').equals(profileId).toArray();
}
