import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mixSeed, seededShuffle } from '../../src/engine/seeded-shuffle';

describe('seeded shuffle', () => {
  it('gives the same order for the same seed, and keeps every item', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(), (items, seed) => {
        const once = seededShuffle(items, seed);
        expect(seededShuffle(items, seed)).toEqual(once);
        expect([...once].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('different seeds give different orders of a long list', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(seededShuffle(items, 1)).not.toEqual(seededShuffle(items, 2));
  });

  it('leaves the input alone', () => {
    const items = [1, 2, 3, 4];
    seededShuffle(items, 7);
    expect(items).toEqual([1, 2, 3, 4]);
  });

  it('mixes a text into the seed so each node gets its own order', () => {
    expect(mixSeed(5, 'n1')).toBe(mixSeed(5, 'n1'));
    expect(mixSeed(5, 'n1')).not.toBe(mixSeed(5, 'n2'));
  });
});
