import {
  markDelivered,
  markFailed,
  oldestQueued,
  undeliverableStatements,
} from '../../storage/outbox';

export { onStatementsQueued, outboxState, type OutboxState } from '../../storage/outbox';

export type DeliveryResult = { ok: true } | { ok: false; error: string };

/** Hands one statement to whatever receives it (an LRS, or the cmi5 LMS). */
export type Deliver = (id: string, statement: unknown) => Promise<DeliveryResult>;

/**
 * Offers the oldest statement the current receiver may send, which must be delivered before any
 * later one. It leaves the outbox only once the receiver confirmed it; a refusal is noted on it
 * and it stays first. Statements of an ended cmi5 launch are never offered.
 */
export async function deliverOldest(deliver: Deliver): Promise<'empty' | 'delivered' | 'failed'> {
  const next = await oldestQueued();
  if (!next) return 'empty';
  const result = await deliver(next.id, next.statement);
  if (result.ok) {
    await markDelivered(next.id);
    return 'delivered';
  }
  await markFailed(next.id, result.error);
  return 'failed';
}

/**
 * The statements of cmi5 launches that have ended, as one JSON file: they stay in the outbox
 * (nothing is lost), and HR can hand them to the LMS's administrator.
 */
export async function undeliverableFile(): Promise<Blob> {
  const records = await undeliverableStatements();
  return new Blob(
    [
      JSON.stringify(
        records.map(({ launch, queuedAt, statement }) => ({ launch, queuedAt, statement })),
        null,
        2,
      ),
    ],
    { type: 'application/json' },
  );
}
