import { describe, expect, it } from 'vitest';
import { analysePaths, followRecommended } from '../../src/engine/analyse-paths';
import { fakeScenario } from '../fakes';

describe('path analysis', () => {
  const analysis = analysePaths(fakeScenario());

  it('plays every complete sequence of replies', () => {
    // opening: calm → facts(2) → fix-it(2) = 4; explain-early → flare-up: recover → 4 more, blame → 1; argue → 1
    expect(analysis.pathCount).toBe(10);
  });

  it('reaches every ending and every node, with no dead ends', () => {
    expect(analysis.endings).toEqual({
      'end-good': true,
      'end-grudging': true,
      'end-escalated': true,
    });
    expect(analysis.unreachable).toEqual([]);
    expect(analysis.deadEnds).toEqual([]);
  });

  it('exercises every declared transition', () => {
    expect(analysis.transitions.missed).toEqual(['opening:explain-early->facts']);
  });

  it('finds the best, worst and recommended paths', () => {
    expect(analysis.recommended).toEqual({
      choices: ['calm', 'ask', 'fix'],
      total: 100,
      outcome: 'resolved-satisfied',
    });
    expect(analysis.best.total).toBe(100);
    expect(analysis.worst.total).toBeLessThanOrEqual(30);
    expect(followRecommended(fakeScenario())).toEqual(analysis.recommended);
  });
});
