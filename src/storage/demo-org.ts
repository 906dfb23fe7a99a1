import { DEMO_ID_PREFIX, isDemoId } from '../engine/demo-ids';
import { database } from './database';
import type { AttemptRecord, AwardRecord, ProfileRecord, ProfileSummaryRecord } from './records';

/** One chunk of the demo organization, written together. */
export interface DemoChunk {
  profiles: ProfileRecord[];
  attempts: AttemptRecord[];
  awards: AwardRecord[];
  summaries: ProfileSummaryRecord[];
}

export function hasDemoOrganization(): Promise<boolean> {
  return database()
    .profiles.where('id')
    .startsWith(DEMO_ID_PREFIX)
    .first()
    .then((p) => p !== undefined);
}

/** Real (non-demo) people already holding any of these employee ids. */
export async function realPeopleWith(employeeIds: readonly string[]): Promise<ProfileRecord[]> {
  return database()
    .profiles.where('employeeId')
    .anyOf([...employeeIds])
    .filter((p) => !isDemoId(p.id))
    .toArray();
}

export async function storeDemoChunk(chunk: DemoChunk): Promise<void> {
  const db = database();
  await db.transaction(
    'rw',
    [db.profiles, db.attempts, db.awards, db.profileSummaries],
    async () => {
      await db.profiles.bulkAdd(chunk.profiles);
      await db.attempts.bulkAdd(chunk.attempts);
      await db.awards.bulkAdd(chunk.awards);
      await db.profileSummaries.bulkPut(chunk.summaries);
    },
  );
}

/** Deletes every demo row, found by its id prefix; real people and their records are untouched. */
export async function removeDemoOrganization(): Promise<void> {
  const db = database();
  await db.transaction(
    'rw',
    [db.profiles, db.attempts, db.awards, db.profileSummaries],
    async () => {
      await db.attempts.where('profileId').startsWith(DEMO_ID_PREFIX).delete();
      await db.awards.where('profileId').startsWith(DEMO_ID_PREFIX).delete();
      await db.profileSummaries.where('profileId').startsWith(DEMO_ID_PREFIX).delete();
      await db.profiles.where('id').startsWith(DEMO_ID_PREFIX).delete();
    },
  );
}

/** Writes a demo call's rebuilt transcript and grades, unless it was rebuilt already. */
export async function storeHydratedDemoAttempt(
  attemptId: string,
  hydrate: (stored: AttemptRecord) => AttemptRecord | null,
): Promise<void> {
  if (!isDemoId(attemptId)) return;
  const db = database();
  await db.transaction('rw', db.attempts, async () => {
    const stored = await db.attempts.get(attemptId);
    const hydrated = stored && stored.turns.length === 0 ? hydrate(stored) : null;
    if (hydrated) await db.attempts.put(hydrated);
  });
}
