import { describe, expect, it } from 'vitest';
import { kendallTauB } from '../../../src/engine/calibration/kendall';

describe("Kendall's tau-b", () => {
  it('is 1 for the same order and -1 for the reverse', () => {
    expect(kendallTauB([1, 2, 3], [10, 20, 30])).toBe(1);
    expect(kendallTauB([1, 2, 3], [30, 20, 10])).toBe(-1);
  });

  it('corrects for ties on either side', () => {
    // Pairs: 4 concordant, one tied by the expert, one tied by the engine: 4 / √(5·5).
    expect(kendallTauB([1, 2, 2, 3], [1, 2, 3, 3])).toBeCloseTo(0.8, 12);
    // 15 pairs: 12 concordant, 2 discordant, 1 tied by the engine: 10 / √(15·14).
    expect(kendallTauB([1, 2, 3, 4, 5, 6], [2, 1, 3, 3, 6, 5])).toBeCloseTo(
      10 / Math.sqrt(210),
      12,
    );
  });

  it('counts every pair with a call that could not be played as discordant', () => {
    // (3,2) and (2,1) include the unplayed call: discordant; (3,1) concordant: (1 − 2) / 3.
    expect(kendallTauB([3, 2, 1], [3, null, 1])).toBeCloseTo(-1 / 3, 12);
    // A pair the expert tied stays a tie even when one side was not played.
    expect(kendallTauB([3, 3, 1], [3, null, 1])).toBeCloseTo(0, 12);
  });

  it('is undefined when either side ties everything', () => {
    expect(kendallTauB([5], [5])).toBeNull();
    expect(kendallTauB([1, 2, 3], [7, 7, 7])).toBeNull();
    expect(kendallTauB([4, 4], [1, 2])).toBeNull();
  });
});
