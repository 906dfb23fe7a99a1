import { markDelivered, markFailed, oldestQueued } from '../../storage/outbox';

export { onStatementsQueued, outboxState, type OutboxState } from '../../storage/outbox';

export type DeliveryResult = { ok: true } | { ok: false; error: string };

/** Hands one statement to whatever receives it (an LRS, or the cmi5 LMS). */
export type Deliver = (id: string, statement: unknown) => Promise<DeliveryResult>;

/**
 * Offers the oldest waiting statement, which must be delivered before any later one. It leaves
 * the outbox only once the receiver confirmed it; a refusal is noted on it and it stays first.
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
