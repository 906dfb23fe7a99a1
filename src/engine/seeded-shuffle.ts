import { seededRandom } from './seeded-random';

/**
 * A deterministic shuffle: the same seed always gives the same order, so a call shows
 * its replies in the same order after a reload, and a quiz sitting can be reconstructed.
 */

/** FNV-1a: mixes a text (a node id, an item id) into the seed so each list gets its own order. */
export function mixSeed(seed: number, text: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A shuffled copy (Fisher–Yates); the input is left alone. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const next = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A fresh 32-bit seed to store with a run or a sitting. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
