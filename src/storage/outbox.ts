import { database } from './database';
import { currentCmi5Launch } from './lms-settings';
import type { OutboxRecord } from './records';

/** Statements with an `id`: the id is the outbox key and the LRS's duplicate check alike. */
export interface QueuedStatement {
  id: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();

/** Lets the sender wake when something is queued, instead of polling. */
export function onStatementsQueued(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyStatementsQueued(): void {
  for (const listener of listeners) listener();
}

/**
 * Adds statements to the outbox, under this page's cmi5 launch if an LMS launched it. Must run
 * inside a transaction that includes `db.outbox`, so they are queued exactly when the step they
 * describe is recorded. Several statements of one step share a millisecond; the fraction keeps
 * them in the order they happened.
 */
export async function queueStatements(statements: readonly QueuedStatement[]): Promise<void> {
  if (statements.length === 0) return;
  const now = Date.now();
  const launch = currentCmi5Launch();
  const records: OutboxRecord[] = statements.map((statement, i) => ({
    id: statement.id,
    statement,
    queuedAt: now + i / 1000,
    tries: 0,
    lastError: null,
    ...(launch ? { launch } : {}),
  }));
  await database().outbox.bulkAdd(records);
}

/** The launch a statement belongs to: its cmi5 launch, or null for the LRS. */
const launchOf = (record: OutboxRecord) => record.launch ?? null;

/**
 * Statements the current receiver may send: the LRS's, or this launch's. Those of a cmi5 launch
 * that has ended may not go out under another launch (the LMS would file them under the wrong
 * session), nor to the LRS (they were written for the LMS's learner).
 */
const sendableNow = (record: OutboxRecord) => launchOf(record) === currentCmi5Launch();

/** Queued under a cmi5 launch that has ended: nothing may send them any more. */
const undeliverable = (record: OutboxRecord) =>
  record.launch !== undefined && record.launch !== currentCmi5Launch();

/** The oldest statement the current receiver may send, which must go before any later one. */
export function oldestQueued(): Promise<OutboxRecord | undefined> {
  return database().outbox.orderBy('queuedAt').filter(sendableNow).first();
}

/** Removed only once the LRS has confirmed it holds the statement. */
export async function markDelivered(id: string): Promise<void> {
  await database().outbox.delete(id);
}

export async function markFailed(id: string, error: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.outbox, async () => {
    const record = await db.outbox.get(id);
    if (record) await db.outbox.put({ ...record, tries: record.tries + 1, lastError: error });
  });
}

export interface OutboxState {
  /** Statements the current receiver will send. */
  waiting: number;
  /** Statements of a cmi5 launch that has ended: kept, never sent. */
  undeliverable: number;
  lastError: string | null;
}

export async function outboxState(): Promise<OutboxState> {
  const db = database();
  const [waiting, stuck, oldest] = await Promise.all([
    db.outbox.filter(sendableNow).count(),
    db.outbox.filter(undeliverable).count(),
    oldestQueued(),
  ]);
  return { waiting, undeliverable: stuck, lastError: oldest?.lastError ?? null };
}

/** Every undeliverable statement, oldest first, for HR to hand to the LMS's administrator. */
export function undeliverableStatements(): Promise<OutboxRecord[]> {
  return database().outbox.orderBy('queuedAt').filter(undeliverable).toArray();
}
