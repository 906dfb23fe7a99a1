import Dexie from 'dexie';
import { DEMO_ID_PREFIX, isDemoId } from '../engine/demo-ids';
import { database } from './database';
import { sealRecord } from './ledger';
import type {
  AttemptRecord,
  AwardRecord,
  LedgerEntry,
  ProfileRecord,
  ProfileSummaryRecord,
} from './records';

/** One chunk of the demo organization with the links sealing its calls and awards, written together. */
export interface DemoChunk {
  profiles: ProfileRecord[];
  attempts: AttemptRecord[];
  awards: AwardRecord[];
  summaries: ProfileSummaryRecord[];
  ledger: LedgerEntry[];
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

const demoTables = () => {
  const db = database();
  return [db.profiles, db.attempts, db.awards, db.profileSummaries, db.ledger];
};

/**
 * One transaction per chunk; the bulk puts are all issued at once, so IndexedDB writes them in
 * one go instead of waiting for each table before starting the next.
 */
export async function storeDemoChunk(chunk: DemoChunk): Promise<void> {
  const db = database();
  await db.transaction('rw', demoTables(), () =>
    Promise.all([
      db.profiles.bulkPut(chunk.profiles),
      db.attempts.bulkPut(chunk.attempts),
      db.awards.bulkPut(chunk.awards),
      db.profileSummaries.bulkPut(chunk.summaries),
      db.ledger.bulkPut(chunk.ledger),
    ]),
  );
}

/**
 * Deletes every demo row, found by its id prefix (every demo call's, award's and link's key starts
 * with its person's id), as key ranges; real people and their records are untouched.
 */
export async function removeDemoOrganization(): Promise<void> {
  const db = database();
  const end = `${DEMO_ID_PREFIX}\uffff`;
  await db.transaction('rw', demoTables(), () =>
    Promise.all([
      db.attempts.where('id').between(DEMO_ID_PREFIX, end).delete(),
      db.awards.where('id').between(DEMO_ID_PREFIX, end).delete(),
      db.profileSummaries.where('profileId').between(DEMO_ID_PREFIX, end).delete(),
      db.ledger
        .where('[profileId+seq]')
        .between([DEMO_ID_PREFIX, Dexie.minKey], [end, Dexie.maxKey])
        .delete(),
      db.profiles.where('id').between(DEMO_ID_PREFIX, end).delete(),
    ]),
  );
}

/**
 * Writes a demo call's rebuilt transcript and grades, unless it was rebuilt already, and seals it
 * again in the same transaction: the seal covers the whole record, so the new link is the one
 * that counts and the chain still verifies.
 */
export async function storeHydratedDemoAttempt(
  attemptId: string,
  hydrate: (stored: AttemptRecord) => AttemptRecord | null,
): Promise<void> {
  if (!isDemoId(attemptId)) return;
  const db = database();
  await db.transaction('rw', db.attempts, db.ledger, async () => {
    const stored = await db.attempts.get(attemptId);
    const hydrated = stored && stored.turns.length === 0 ? hydrate(stored) : null;
    if (!hydrated) return;
    await db.attempts.put(hydrated);
    await sealRecord('attempt', hydrated.profileId, hydrated);
  });
}
