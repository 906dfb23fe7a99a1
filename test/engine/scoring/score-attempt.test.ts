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
      dimensions: {
        listen: 100,
        apologize: 100,
        resolve: 100,
        diagnose: 100,
        expectations: null,
        followUp: null,
        composure: 100,
      },
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

  it('charges a rushed close and leaves the fix unearned', () => {
    const { score } = replayChoices(scenario, ['calm', 'ask', 'close-early']);
    expect(score.dimensions).toMatchObject({
      listen: 100,
      apologize: 100,
      resolve: 0,
      followUp: null,
    });
    // weights: listen 20, apologize 20, resolve 20, diagnose 10, composure 10 → (20+20+0+10+10)·100/80
    expect(score.total).toBe(75);
  });

  it('weighs the dimensions as the rubric says', () => {
    const { turns } = replayChoices(scenario, ['calm', 'ask', 'fix']);
    const withoutFix = scoreAttempt(
      turns.slice(0, 2).map((t) => t.grade),
      null,
    );
    expect(withoutFix.dimensions.resolve).toBeNull();
    expect(withoutFix.total).toBe(100);
  });

  it('adds spotting the key cue to the diagnose dimension', () => {
    const grades = replayChoices(scenario, ['calm', 'ask', 'fix']).turns.map((t) => t.grade);
    expect(
      scoreAttempt(grades, 'resolved-satisfied', { cueSpotted: true }).dimensions.diagnose,
    ).toBe(100);
    // diagnose: ask-facts + acted-on-key-cue = 2 points, of 3 once a missed spot is counted
    expect(
      scoreAttempt(grades, 'resolved-satisfied', { cueSpotted: false }).dimensions.diagnose,
    ).toBe(67);
  });

  it('leaves out a dimension the call gave no chance to show', () => {
    const { score } = replayChoices(scenario, ['calm']);
    expect(score.dimensions).toEqual({
      listen: null,
      apologize: 100,
      resolve: null,
      diagnose: null,
      expectations: null,
      followUp: null,
      composure: 100,
    });
    expect(score.total).toBe(100);
  });

  it('scores an empty call zero', () => {
    expect(scoreAttempt([], null).total).toBe(0);
  });
});
