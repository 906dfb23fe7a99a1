import { database } from './database';
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
 * Adds statements to the outbox. Must run inside a transaction that includes `db.outbox`, so they
 * are queued exactly when the step they describe is recorded. Several statements of one step share
 * a millisecond; the fraction keeps them in the order they happened.
 */
export async function queueStatements(statements: readonly QueuedStatement[]): Promise<void> {
  if (statements.length === 0) return;
  const now = Date.now();
  const records: OutboxRecord[] = statements.map((statement, i) => ({
    id: statement.id,
    statement,
    queuedAt: now + i / 1000,
    tries: 0,
    lastError: null,
  }));
  await database().outbox.bulkAdd(records);
}

/** The oldest waiting statement, which must be delivered before any later one. */
export function oldestQueued(): Promise<OutboxRecord | undefined> {
  return database().outbox.orderBy('queuedAt').first();
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
  waiting: number;
  lastError: string | null;
}

export async function outboxState(): Promise<OutboxState> {
  const db = database();
  const [waiting, oldest] = await Promise.all([db.outbox.count(), oldestQueued()]);
  return { waiting, lastError: oldest?.lastError ?? null };
}
