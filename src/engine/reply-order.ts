import { mixSeed, seededShuffle } from './seeded-shuffle';

/**
 * The order replies are offered in. Every call shows its own order, so no position gives the
 * answer away and authors never rotate their lists by hand; the order is drawn from something the
 * call already stores, so it stays the same for the whole call and after a reload.
 */

/**
 * The seed of a call's order: a certification run keeps the seed stored when it began (so runs in
 * progress keep their order); any other call hashes its own id, so nothing new has to be stored.
 */
export function replyOrderSeed(call: {
  id: string;
  certification?: { seed: number } | null;
}): number {
  return call.certification?.seed ?? mixSeed(0, call.id);
}

/** The node's replies in the order this call shows them (mixed with the node id: each point differs). */
export function shownReplies<T>(
  node: { id: string; choices: readonly T[] },
  seed: number,
): readonly T[] {
  return seededShuffle(node.choices, mixSeed(seed, node.id));
}
