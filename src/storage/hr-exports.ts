import { database } from './database';
import type { AttemptRecord, OverrideRecord, ProfileRecord } from './records';

/** The small tables a calls export looks people and trainers' grades up in. */
export async function readExportLookups(): Promise<{
  profiles: ProfileRecord[];
  overrides: OverrideRecord[];
}> {
  const db = database();
  const [profiles, overrides] = await db.transaction('r', [db.profiles, db.overrides], () =>
    Promise.all([db.profiles.toArray(), db.overrides.toArray()]),
  );
  return { profiles, overrides };
}

/** People whose calls are read together: about 2,000 calls at the demo's hundred a person. */
const PEOPLE_PER_READ = 20;

/**
 * Every call, by the id of the person who made it and then its own id, read a range of people
 * at a time, so an export of 200,000 calls never holds more than one range as records.
 */
export async function* attemptsByPerson(
  peoplePerRead = PEOPLE_PER_READ,
): AsyncGenerator<AttemptRecord[]> {
  const db = database();
  const people = (await db.attempts.orderBy('profileId').uniqueKeys()) as string[];
  const read = (i: number) =>
    db.attempts
      .where('profileId')
      .between(people[i]!, people[Math.min(i + peoplePerRead, people.length) - 1]!, true, true)
      .toArray();
  // The next range is read while the caller writes this one out: two ranges at most are held.
  let next = people.length > 0 ? read(0) : null;
  for (let i = 0; next; i += peoplePerRead) {
    const calls = await next;
    next = i + peoplePerRead < people.length ? read(i + peoplePerRead) : null;
    yield calls;
  }
}
