import { describe, expect, it } from 'vitest';
import { bandOf, bandOrder, bandsApart } from '../../../src/engine/calibration/bands';

const SCALE = {
  A: [90, 100],
  B: [75, 89],
  C: [60, 74],
  D: [45, 59],
  E: [30, 44],
  F: [0, 29],
} as Record<string, [number, number]>;

describe('bands of a grading scale', () => {
  it('finds the band a score falls in, bounds included', () => {
    expect(bandOf(SCALE, 100)).toBe('A');
    expect(bandOf(SCALE, 90)).toBe('A');
    expect(bandOf(SCALE, 89)).toBe('B');
    expect(bandOf(SCALE, 0)).toBe('F');
  });

  it('measures how many bands apart a score lands', () => {
    expect(bandsApart(SCALE, 'C', 74)).toBe(0);
    expect(bandsApart(SCALE, 'C', 75)).toBe(1);
    expect(bandsApart(SCALE, 'C', 59)).toBe(1);
    expect(bandsApart(SCALE, 'C', 44)).toBe(2);
    expect(bandsApart(SCALE, 'A', 0)).toBe(5);
  });

  it('orders the bands by their ranges, whatever order the file lists them in', () => {
    const shuffled = {
      E: SCALE.E!,
      A: SCALE.A!,
      C: SCALE.C!,
      F: SCALE.F!,
      B: SCALE.B!,
      D: SCALE.D!,
    };
    expect(bandOrder(shuffled)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(bandsApart(shuffled, 'E', 50)).toBe(1);
  });

  it('places a score between two bands nowhere', () => {
    const gapped = { high: [80, 100], low: [0, 50] } as Record<string, [number, number]>;
    expect(bandOf(gapped, 60)).toBeNull();
    expect(bandsApart(gapped, 'high', 60)).toBeNull();
  });
});
