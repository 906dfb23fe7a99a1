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
 * One transaction per chunk, written with IndexedDB's own puts rather than Dexie's bulkPut (no
 * Dexie hooks or middleware are in use here, and its per-row bookkeeping was a fifth of the
 * write's main-thread time), all issued at once so the backend writes them in one go.
 *
 * Durability 'relaxed', said explicitly whatever the database's default is: the transaction
 * completes once the operating system has the rows, without waiting for them to reach the disk.
 * A real call's reply keeps the database's durability, since its line on screen promises it is on
 * record; the demo promises no such thing: it is made-up data, generated again from its seed at
 * any time, so a power cut during a load at worst loses demo rows the next load rewrites.
 * Each chunk is still one transaction: its calls and the links sealing them land together or not
 * at all, so the chains verify whatever happens.
 */
export async function storeDemoChunk(chunk: DemoChunk): Promise<void> {
  const db = database();
  if (!db.isOpen()) await db.open();
  const rows: Array<[string, readonly object[]]> = [
    [db.profiles.name, chunk.profiles],
    [db.attempts.name, chunk.attempts],
    [db.awards.name, chunk.awards],
    [db.profileSummaries.name, chunk.summaries],
    [db.ledger.name, chunk.ledger],
  ];
  const tx = db.backendDB().transaction(
    rows.map(([table]) => table),
    'readwrite',
    { durability: 'relaxed' },
  );
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('writing a demo chunk was aborted'));
  });
  try {
    for (const [table, values] of rows) {
      const store = tx.objectStore(table);
      for (const value of values) store.put(value);
    }
  } catch (error) {
    // A row the store refuses (it cannot be cloned, say) throws here: nothing of the chunk stays.
    tx.abort();
    await done.catch(() => {});
    throw error;
  }
  await done;
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
