import { describe, expect, it } from 'vitest';
import { analysePaths, type PathAnalysis } from '../../../src/engine/analyse-paths';
import { adviseTeaching, TEACHING } from '../../../src/engine/validation/teaching-advice';
import { fakeScenario } from '../../fakes';

/** The fake case's own analysis, with the two contrast paths set to the totals a test needs. */
function withContrasts(solvesFirst: number, critical: number): PathAnalysis {
  const analysis = analysePaths(fakeScenario());
  return { ...analysis, contrasts: { solvesFirst, critical } };
}

const rankingAdvice = (analysis: PathAnalysis) =>
  adviseTeaching(fakeScenario(), analysis, '$')
    .filter((a) => a.check === 'ranking')
    .map((a) => a.message);

describe('the ranking teaching check', () => {
  const expert = analysePaths(fakeScenario()).recommended.total;

  it('asks for a gap of 15 points at each step', () => {
    expect(TEACHING.rankingGap).toBe(15);
  });

  it('passes a solve-first call exactly 15 below the expert and a critical one 15 below that', () => {
    expect(rankingAdvice(withContrasts(expert - 15, expert - 30))).toEqual([]);
  });

  it('advises when the best solve-first call is less than 15 below the expert path', () => {
    expect(rankingAdvice(withContrasts(expert - 14, expert - 40))).toEqual([
      `a path that solves before calming totals ${expert - 14}, less than 15 below the expert path (${expert})`,
    ]);
  });

  it('advises when the best call with a critical mistake is less than 15 below the solve-first one', () => {
    expect(rankingAdvice(withContrasts(expert - 20, expert - 21))).toEqual([
      `a path with a critical mistake totals ${expert - 21}, less than 15 below the best solve-first path (${expert - 20})`,
    ]);
  });
});
