import { describe, expect, it } from 'vitest';
import { replayChoices } from '../../../src/engine/replay';
import { zeroPoints, type DimensionPoints } from '../../../src/engine/scoring/dimensions';
import { OUTCOME_CAPS } from '../../../src/engine/scoring/outcome-caps';
import { scoreAttempt } from '../../../src/engine/scoring/score-attempt';
import { fakeScenario } from '../../fakes';

/**
 * Scores worked out by hand from scoring model v2: a dimension is half its points ratio (earned,
 * penalties included, over the expert replies' credit, clamped to 0–1) and half the grades of the
 * replies with something at stake on it (the expert's credit there plus any points the reply went
 * below zero), weighted by that stake; a dimension no reply touched takes the mean reply grade.
 * Weights: listen, apologize, resolve 20; diagnose, expectations, followUp, composure 10.
 */

const points = (p: Partial<DimensionPoints>): DimensionPoints => ({ ...zeroPoints(), ...p });
const turn = (
  grade: number,
  expert: Partial<DimensionPoints>,
  earned: Partial<DimensionPoints> = expert,
  critical: string[] = [],
) => ({ grade, expert: points(expert), earned: points(earned), critical });

/** A perfect reply touching five dimensions. */
const perfect = turn(100, { listen: 1, apologize: 1, resolve: 1, diagnose: 1, composure: 1 });

describe('attempt scoring on the fake call', () => {
  const scenario = fakeScenario();

  it('gives the expert path full marks on every dimension', () => {
    const { score, outcome } = replayChoices(scenario, ['calm', 'ask', 'fix']);
    expect(outcome).toBe('resolved-satisfied');
    expect(score).toEqual({
      total: 100,
      // expectations and followUp: no reply had anything at stake → the mean reply grade, 100
      dimensions: {
        listen: 100,
        apologize: 100,
        resolve: 100,
        diagnose: 100,
        expectations: 100,
        followUp: 100,
        composure: 100,
      },
      criticalErrors: [],
      caps: [],
    });
  });

  it('charges a rushed close on resolve and followUp, though followUp had no credit on offer', () => {
    const { score, turns } = replayChoices(scenario, ['calm', 'ask', 'close-early']);
    // The close, on a customer who sounded settled: kept composure 1 − premature close 1 = 0 of the
    // fix's 3 → the omission floor, 60.
    expect(turns.map((t) => t.grade.grade)).toEqual([100, 100, 60]);
    expect(score.dimensions).toEqual({
      listen: 100,
      apologize: 100,
      // points 0 of 2; stake 2 at 60 → (0 + 60) / 2
      resolve: 30,
      diagnose: 100,
      // untouched → mean grade (100 + 100 + 60) / 3 = 86.7
      expectations: 87,
      // points −1 of 0 → 0; stake 1 (the penalty) at 60 → 30
      followUp: 30,
      // points 4 of 4; stakes 2, 1, 1 at 100, 100, 60 → 90 → (100 + 90) / 2
      composure: 95,
    });
    // (100·20 + 100·20 + 30·20 + 100·10 + 87·10 + 30·10 + 95·10) / 100 = 77.2, capped: it ended grudging
    expect(score.total).toBe(74);
    expect(score.caps).toEqual(['resolved-grudging']);
  });

  it('scores solving first and then blaming low on the dimensions the mistakes hurt', () => {
    const { score, turns } = replayChoices(scenario, ['explain-early', 'blame']);
    // explain-early: resolve 1 + composure 1 − mood-before-matter 3 (apologize) − hear-before-solve
    // 1 (listen) − no self-identification 0.5 → ordering band, share 0 → 30. blame ends the call
    // with no apology made: no-blaming 2 and apology-timing 1 on apologize, critical → 0.
    expect(turns.map((t) => t.grade.grade)).toEqual([30, 0]);
    expect(turns[1]!.grade.rules).toEqual(['apology-timing', 'no-blaming']);
    expect(score.dimensions).toEqual({
      // points 0 (none on offer); stake 1 at 30 → 15
      listen: 15,
      // points −6 of 3 → 0; stakes 2 + 3 at 30 and 1 + 3 at 0 → 150 / 9 = 16.7 → 8.3
      apologize: 8,
      // the explanation earned resolve where the expert put none: nothing at stake → mean 15
      resolve: 15,
      diagnose: 15,
      expectations: 15,
      followUp: 15,
      // points 0.5 of 3 = 16.7; stakes 2 at 30 and 1 at 0 → 20 → 18.3
      composure: 18,
    });
    // (15·20 + 8·20 + 15·20 + 15·10·3 + 18·10) / 100 = 13.9
    expect(score.total).toBe(14);
    expect(score.criticalErrors).toEqual(['no-blaming']);
    expect(score.caps).toEqual([]);
  });

  it('scores a call cut short on every dimension, never leaving one out', () => {
    const { score } = replayChoices(scenario, ['calm']);
    expect(Object.values(score.dimensions)).toEqual([100, 100, 100, 100, 100, 100, 100]);
    expect(score.total).toBe(100);
  });

  it('adds spotting the key cue to the diagnose dimension', () => {
    const grades = replayChoices(scenario, ['calm', 'ask', 'fix']).turns.map((t) => t.grade);
    const spotted = scoreAttempt(grades, 'resolved-satisfied', { cueSpotted: true });
    expect(spotted.dimensions.diagnose).toBe(100);
    expect(spotted.total).toBe(100);
  });

  it('scores skipping the cue question exactly as a wrong answer', () => {
    for (const path of [
      ['calm', 'ask', 'fix'],
      ['calm', 'policy', 'fix'],
      ['calm', 'policy', 'close-early'],
      ['argue'],
    ]) {
      const replayed = replayChoices(scenario, path);
      const grades = replayed.turns.map((t) => t.grade);
      const skipped = scoreAttempt(grades, replayed.outcome);
      const wrong = scoreAttempt(grades, replayed.outcome, { cueSpotted: false });
      expect(wrong).toEqual(skipped);
      const right = scoreAttempt(grades, replayed.outcome, { cueSpotted: true });
      expect(right.total).toBeGreaterThanOrEqual(skipped.total);
    }
    // The key cue let pass (policy): 1 of 2 diagnose points; spotting it afterwards earns one back.
    const letPass = replayChoices(scenario, ['calm', 'policy', 'fix']).turns.map((t) => t.grade);
    const skipped = scoreAttempt(letPass, 'resolved-satisfied');
    const right = scoreAttempt(letPass, 'resolved-satisfied', { cueSpotted: true });
    expect(right.dimensions.diagnose!).toBeGreaterThan(skipped.dimensions.diagnose!);
  });
});

describe('attempt scoring', () => {
  it('counts a penalty on a dimension that offered no credit, and a dimension no reply touched takes the mean grade', () => {
    // An over-promise alongside the expert's fix: graded 49 (harmful major, net 2 of 3).
    const overPromise = turn(
      49,
      { resolve: 2, composure: 1 },
      { resolve: 2, composure: 1, expectations: -1 },
    );
    const score = scoreAttempt([perfect, overPromise], null);
    expect(score.dimensions).toEqual({
      listen: 100,
      apologize: 100,
      // points 3 of 3; stakes 1 at 100 and 2 at 49 → 66 → (100 + 66) / 2
      resolve: 83,
      diagnose: 100,
      // points −1 of 0 → 0; stake 1 at 49 → (0 + 49) / 2 = 24.5
      expectations: 25,
      // untouched → mean grade (100 + 49) / 2 = 74.5
      followUp: 75,
      // points 2 of 2; stakes 1 at 100 and 1 at 49 → 74.5 → (100 + 74.5) / 2 = 87.25
      composure: 87,
    });
    // (100·20 + 100·20 + 83·20 + 100·10 + 25·10 + 75·10 + 87·10) / 100 = 85.3
    expect(score.total).toBe(85);

    // Without the over-promise, expectations is untouched again and takes the mean grade.
    const clean = scoreAttempt([perfect, turn(100, { resolve: 2, composure: 1 })], null);
    expect(clean.dimensions.expectations).toBe(100);
  });

  it('never lets a penalty lift the dimension it costs, where the other replies graded lower', () => {
    // composure: 0 of 2 points; two failed replies (10) had it at stake → (0 + 10) / 2 = 5.
    const failed = turn(10, { composure: 1 }, { composure: 0 });
    const without = scoreAttempt([failed, failed, turn(30, { resolve: 1 })], null);
    // A minor slip on composure in a reply graded 30 would add a stake at 30 and lift the mean to
    // 14: the lower mean, the other replies' 10, is kept.
    const slip = turn(30, { resolve: 1 }, { resolve: 1, composure: -0.5 });
    const withSlip = scoreAttempt([failed, failed, slip], null);
    expect(without.dimensions.composure).toBe(5);
    expect(withSlip.dimensions.composure).toBe(5);
  });

  it('weighs a dimension half by its points and half by the grades that had a stake on it', () => {
    // resolve: 2 of 3 points = 66.7; stakes 2 at 100 and 1 at 40 → 80 → 73.3
    const score = scoreAttempt(
      [turn(100, { resolve: 2 }), turn(40, { resolve: 1 }, { resolve: 0 })],
      null,
    );
    expect(score.dimensions.resolve).toBe(73);
    // every other dimension is untouched → mean grade 70
    expect(score.dimensions.listen).toBe(70);
    // (73·20 + 70·80) / 100 = 70.6
    expect(score.total).toBe(71);
  });

  it('caps a call with a critical mistake at 30 whatever else went well', () => {
    const everything = turn(100, {
      listen: 1,
      apologize: 1,
      resolve: 1,
      diagnose: 1,
      expectations: 1,
      followUp: 1,
      composure: 1,
    });
    const argued = turn(0, { composure: 1 }, { composure: -2 }, ['no-arguing']);
    // composure: points −1 of 2 → 0; stakes 1 at 100 and 1 + 2 at 0 → 25 → 12.5; the rest 100:
    // (100·90 + 13·10) / 100 = 91.3, capped
    const score = scoreAttempt([everything, argued], 'escalated');
    expect(score.dimensions.composure).toBe(13);
    expect(score.total).toBe(30);
    expect(score.criticalErrors).toEqual(['no-arguing']);
    expect(score.caps).toEqual(['critical']);
  });

  it('keeps a call without a critical mistake at 30 at least, the floor of the harmful band', () => {
    // Two harmful replies at the band's floor, each a point below zero on resolve: resolve points 0,
    // stake 4 at 30 → 15; the rest untouched → mean grade 30: (15·20 + 30·80) / 100 = 27 → 30.
    const harmful = turn(30, { resolve: 1 }, { resolve: -1 });
    const score = scoreAttempt([harmful, harmful], null);
    expect(score.dimensions.resolve).toBe(15);
    expect(score.total).toBe(30);
    expect(score.caps).toEqual([]);
    // A critical mistake lifts the floor: the same call with one goes below 30.
    const argued = turn(0, { composure: 1 }, { composure: -2 }, ['no-arguing']);
    expect(scoreAttempt([harmful, argued], null).total).toBeLessThan(30);
  });

  it('caps a call that ends grudging at 74 however well the turns went', () => {
    expect(OUTCOME_CAPS['resolved-grudging']).toBe(74);
    const { turns } = replayChoices(fakeScenario(), ['calm', 'ask', 'fix']);
    const score = scoreAttempt(
      turns.map((t) => t.grade),
      'resolved-grudging',
    );
    expect(score.caps).toEqual(['resolved-grudging']);
    expect(score.total).toBe(74);
  });

  it('scores an empty call zero, with no dimension shown', () => {
    const score = scoreAttempt([], null);
    expect(score.total).toBe(0);
    expect(Object.values(score.dimensions)).toEqual(Array(7).fill(null));
  });
});
