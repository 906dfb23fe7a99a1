import { describe, expect, it } from 'vitest';
import { caseSkills, recommendNext, type CaseStanding } from '../../src/engine/case-skills';
import type { DimensionScores } from '../../src/engine/scoring/dimensions';
import { fakeScenario } from '../fakes';

const scores = (overrides: Partial<DimensionScores>): DimensionScores => ({
  listen: null,
  apologize: null,
  resolve: null,
  diagnose: null,
  expectations: null,
  followUp: null,
  composure: null,
  ...overrides,
});

describe('case skills', () => {
  it('names the dimensions the expert path trains, strongest first', () => {
    // expert: calm (self-identify, acknowledge, apologize), ask (ask-facts, paraphrase + key cue), fix (2);
    // apologize, resolve and diagnose 2 each; composure 1 (self-identify: keeping composure, earned on
    // every reply, does not count) and listen 1 are incidental
    expect(caseSkills(fakeScenario())).toEqual(['apologize', 'resolve', 'diagnose']);
  });
});

describe('recommended next case', () => {
  const easy = fakeScenario({ id: 'easy', difficulty: 1 });
  const hard = fakeScenario({ id: 'hard', difficulty: 4 });
  const cases: CaseStanding[] = [
    { scenario: hard, skills: ['diagnose'], best: null },
    { scenario: easy, skills: ['apologize'], best: null },
  ];

  it('starts a new trainee on the easiest case', () => {
    expect(recommendNext(cases, scores({}))).toEqual({ scenario: easy, dimension: null });
  });

  it('targets the weakest dimension', () => {
    expect(recommendNext(cases, scores({ apologize: 90, diagnose: 30 }))).toEqual({
      scenario: hard,
      dimension: 'diagnose',
    });
  });

  it('skips mastered cases', () => {
    const mastered = cases.map((c) => ({ ...c, best: c.scenario.id === 'hard' ? 85 : c.best }));
    expect(recommendNext(mastered, scores({ apologize: 90, diagnose: 30 }))?.scenario).toBe(easy);
    expect(
      recommendNext(
        mastered.map((c) => ({ ...c, best: 95 })),
        scores({}),
      ),
    ).toBeNull();
  });
});
