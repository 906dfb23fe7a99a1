import { describe, expect, it } from 'vitest';
import { awardStands } from '../../../src/engine/certification/award-stands';
import { evaluateCertification, type RunFacts } from '../../../src/engine/certification/evaluate';
import { DEFAULT_PROGRAM } from '../../../src/engine/certification/program';
import { FIVE, SCENARIO_FACTS } from '../../support/certification-cases';

const AWARDED = Date.UTC(2026, 5, 15);
const DAY = 86_400_000;
const scenarios = SCENARIO_FACTS;

const run = (scenarioId: string, total: number, finishedAt: number): RunFacts => ({
  id: `run-${scenarioId}`,
  scenarioId,
  scenarioVersion: 1,
  status: 'finished',
  startedAt: finishedAt - 60_000,
  finishedAt,
  certification: { seed: 1 },
  score: { total, criticalErrors: [] },
});
const runs = FIVE.map((id, i) => run(id, 75, AWARDED - (10 - i) * DAY));
const quizzes = [{ id: 'quiz-1', score: 85, at: AWARDED - DAY }];

/** The Foundation award the app would have made at AWARDED from these records. */
function earned() {
  const status = evaluateCertification({
    program: DEFAULT_PROGRAM,
    runs,
    quizzes,
    observations: [],
    scenarios,
    awards: [],
    now: AWARDED,
  })[0]!;
  expect(status.met).toBe(true);
  return {
    id: 'award-1',
    level: 'foundation',
    programVersion: 1,
    awardedAt: AWARDED,
    expiresAt: AWARDED + 365 * DAY,
    evidence: status.evidence,
  };
}

describe('whether an award from a file stands on the records that count', () => {
  it('stands when its evidence, as it was when awarded, meets its level', () => {
    expect(
      awardStands(earned(), DEFAULT_PROGRAM, { runs, quizzes, observations: [] }, scenarios),
    ).toBe(true);
  });

  it('falls when a call it rests on no longer counts (its raised score was refused)', () => {
    const counted = runs.slice(1);
    expect(
      awardStands(
        earned(),
        DEFAULT_PROGRAM,
        { runs: counted, quizzes, observations: [] },
        scenarios,
      ),
    ).toBe(false);
  });

  it('falls when the evidence came only after it was awarded', () => {
    const later = FIVE.map((id, i) => run(id, 75, AWARDED + (i + 1) * DAY));
    const award = {
      ...earned(),
      evidence: { ...earned().evidence, attemptIds: later.map((r) => r.id) },
    };
    expect(
      awardStands(award, DEFAULT_PROGRAM, { runs: later, quizzes, observations: [] }, scenarios),
    ).toBe(false);
  });

  it('falls when it names a record that is not there, or its program is unknown', () => {
    const award = earned();
    const naming = { ...award, evidence: { ...award.evidence, observationIds: ['made-up'] } };
    expect(
      awardStands(naming, DEFAULT_PROGRAM, { runs, quizzes, observations: [] }, scenarios),
    ).toBe(false);
    expect(awardStands(award, null, { runs, quizzes, observations: [] }, scenarios)).toBe(false);
  });
});
