import { mixSeed, seededShuffle } from './seeded-shuffle';

/**
 * The order the replies are offered in. Practice keeps the case's order; a certification run
 * shuffles them with its stored seed (mixed with the node id), so a reload shows the same order
 * and nobody can pass by remembering "the second button".
 */
export function shownReplies<T>(
  node: { id: string; choices: readonly T[] },
  certification: { seed: number } | null | undefined,
): readonly T[] {
  return certification
    ? seededShuffle(node.choices, mixSeed(certification.seed, node.id))
    : node.choices;
}
