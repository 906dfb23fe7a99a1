import { describe, expect, it } from 'vitest';
import { replayChoices } from '../../../src/engine/replay';
import { scoreAttempt } from '../../../src/engine/scoring/score-attempt';
import { fakeScenario } from '../../fakes';

describe('attempt scoring', () => {
  const scenario = fakeScenario();

  it('gives the expert path full marks on every dimension', () => {
    const { score, outcome } = replayChoices(scenario, ['calm', 'ask', 'fix']);
    expect(outcome).toBe('resolved-satisfied');
    expect(score).toEqual({
      total: 100,
      dimensions: { listen: 100, apologize: 100, resolve: 100 },
      criticalErrors: [],
      caps: [],
    });
  });

  it('caps a call with a critical mistake at 30 whatever else went well', () => {
    const { score } = replayChoices(scenario, ['explain-early', 'blame']);
    expect(score.criticalErrors).toEqual(['no-blaming']);
    expect(score.total).toBeLessThanOrEqual(30);
  });

  it('caps a call that ends grudging at 75 however well the turns went', () => {
    const { turns } = replayChoices(scenario, ['calm', 'ask', 'fix']);
    const score = scoreAttempt(
      turns.map((t) => t.grade),
      'resolved-grudging',
    );
    expect(score.caps).toEqual(['resolved-grudging']);
    expect(score.total).toBe(75);
  });

  it('charges a rushed close on the resolve dimension', () => {
    const { score } = replayChoices(scenario, ['calm', 'ask', 'close-early']);
    expect(score.dimensions).toEqual({ listen: 100, apologize: 100, resolve: 0 });
    expect(score.total).toBe(67);
  });

  it('leaves out a dimension the call gave no chance to show', () => {
    const { score } = replayChoices(scenario, ['calm']);
    expect(score.dimensions).toEqual({ listen: null, apologize: 100, resolve: null });
    expect(score.total).toBe(100);
  });

  it('scores an empty call zero', () => {
    expect(scoreAttempt([], null).total).toBe(0);
  });
});
