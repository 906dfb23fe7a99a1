import { describe, expect, it } from 'vitest';
import {
  addMonths,
  countingRuns,
  evaluateCertification,
  runCounts,
  type AwardFacts,
  type EvaluationInput,
  type RunFacts,
} from '../../../src/engine/certification/evaluate';
import { DEFAULT_PROGRAM } from '../../../src/engine/certification/program';
import { FIVE, SCENARIO_FACTS } from '../../support/certification-cases';

const NOW = Date.UTC(2026, 5, 15);
const DAY = 86_400_000;
const scenarios = SCENARIO_FACTS;

let serial = 0;
function run(scenarioId: string, total: number, extra: Partial<RunFacts> = {}): RunFacts {
  serial += 1;
  const startedAt = NOW - 30 * DAY + serial * 60_000;
  return {
    id: `run-${serial}`,
    scenarioId,
    scenarioVersion: 1,
    status: 'finished',
    startedAt,
    finishedAt: startedAt + 30_000,
    certification: { seed: serial },
    score: { total, criticalErrors: [] },
    ...extra,
  };
}

function input(partial: Partial<EvaluationInput>): EvaluationInput {
  return {
    program: DEFAULT_PROGRAM,
    runs: [],
    quizzes: [],
    observations: [],
    scenarios,
    awards: [],
    now: NOW,
    ...partial,
  };
}

const foundation = (i: EvaluationInput) => evaluateCertification(i)[0]!;
const seat = (i: EvaluationInput) => evaluateCertification(i)[1]!;

describe('the default program', () => {
  it('flags core cases that exist, with at least two of difficulty ≥ 4', () => {
    const known = new Map(scenarios.map((s) => [s.id, s.difficulty]));
    for (const id of DEFAULT_PROGRAM.coreScenarioIds) expect(known.has(id), id).toBe(true);
    const hard = DEFAULT_PROGRAM.coreScenarioIds.filter((id) => known.get(id)! >= 4);
    expect(hard.length).toBeGreaterThanOrEqual(2);
  });
});

describe('Foundation', () => {
  it('is newly met with five cases at ≥ 70 and a quiz at ≥ 80 %, with the exact evidence', () => {
    const runs = FIVE.map((id) => run(id, 75));
    const status = foundation(
      input({ runs, quizzes: [{ id: 'quiz-1', score: 80, at: NOW - DAY }] }),
    );
    expect(status.met).toBe(true);
    expect(status.state).toBe('newly-met');
    expect(new Set(status.evidence.attemptIds)).toEqual(new Set(runs.map((r) => r.id)));
    expect(status.evidence.quizAttemptIds).toEqual(['quiz-1']);
    expect(Object.keys(status.evidence.scenarioVersions).sort()).toEqual([...FIVE].sort());
  });

  it('reports progress when only some cases pass', () => {
    const runs = [run(FIVE[0]!, 90), run(FIVE[1]!, 70), run(FIVE[2]!, 69)];
    const status = foundation(input({ runs, quizzes: [{ id: 'q', score: 79, at: NOW }] }));
    const [scenariosCriterion, quiz] = status.criteria;
    expect(scenariosCriterion).toMatchObject({
      kind: 'any-scenarios',
      have: 2,
      need: 5,
      met: false,
    });
    expect(quiz).toMatchObject({ kind: 'quiz', best: 79, need: 80, met: false });
    expect(status.state).toBe('in-progress');
  });

  it('counts practice calls and unfinished runs for nothing', () => {
    const runs = [
      ...FIVE.slice(0, 4).map((id) => run(id, 95)),
      run(FIVE[4]!, 95, { certification: null }),
      run('tour-multi-day', 95, { status: 'active', finishedAt: null, score: null }),
    ];
    const status = foundation(input({ runs, quizzes: [{ id: 'q', score: 100, at: NOW }] }));
    expect(status.criteria[0]).toMatchObject({ have: 4, met: false });
  });

  it('counts only the first certification run of a case version', () => {
    const first = run('manager-demand', 40);
    const second = run('manager-demand', 100);
    const status = foundation(input({ runs: [second, first] }));
    expect(status.criteria[0]).toMatchObject({ have: 0 });
    expect(runCounts(first, [first, second])).toBe(true);
    expect(runCounts(second, [first, second])).toBe(false);
  });

  it('counts an abandoned first run as spending the version, and a new version counts again', () => {
    const abandoned = run('manager-demand', 0, { status: 'abandoned', score: null });
    const retried = run('manager-demand', 100);
    const newVersion = run('manager-demand', 88, { scenarioVersion: 2 });
    expect(runCounts(retried, [abandoned, retried])).toBe(false);
    const status = foundation(input({ runs: [abandoned, retried, newVersion] }));
    expect(status.criteria[0]).toMatchObject({ have: 1 });
    expect(status.evidence.scenarioVersions).toEqual({ 'manager-demand': 2 });
    expect(countingRuns([abandoned, retried, newVersion]).size).toBe(2);
  });

  it('ignores evidence older than the validity window', () => {
    const old = FIVE.map((id) =>
      run(id, 90, { startedAt: NOW - 400 * DAY, finishedAt: NOW - 400 * DAY }),
    );
    const status = foundation(input({ runs: old, quizzes: [{ id: 'q', score: 90, at: NOW }] }));
    expect(status.met).toBe(false);
  });
});

describe('awards', () => {
  const award = (awardedAt: number): AwardFacts => ({
    id: 'a1',
    level: 'foundation',
    programVersion: 1,
    awardedAt,
    expiresAt: addMonths(awardedAt, 12),
  });

  it('a valid award makes the level certified rather than newly met', () => {
    const runs = FIVE.map((id) => run(id, 75));
    const status = foundation(
      input({ runs, quizzes: [{ id: 'q', score: 90, at: NOW }], awards: [award(NOW - DAY)] }),
    );
    expect(status.state).toBe('certified');
    expect(status.award?.id).toBe('a1');
  });

  it('an award expires after 12 months and is then reported as expired', () => {
    const status = foundation(input({ awards: [award(NOW - 366 * DAY)] }));
    expect(status.award).toBeNull();
    expect(status.expired?.id).toBe('a1');
    expect(status.state).toBe('in-progress');
  });

  it('addMonths keeps the day or rolls to the month end', () => {
    expect(new Date(addMonths(Date.UTC(2025, 0, 31), 1)).toISOString()).toBe(
      '2025-02-28T00:00:00.000Z',
    );
    expect(new Date(addMonths(Date.UTC(2025, 5, 15), 12)).toISOString()).toBe(
      '2026-06-15T00:00:00.000Z',
    );
  });
});

describe('Complaint Seat Certified', () => {
  const core = DEFAULT_PROGRAM.coreScenarioIds;
  const everything = () => ({
    runs: core.map((id) => run(id, 85)),
    quizzes: [{ id: 'q', score: 90, at: NOW }],
    observations: [
      { id: 'obs', scenarioId: 'manager-demand', scenarioVersion: 1, total: 80, at: NOW },
    ],
  });

  it('is met with every core case at ≥ 80, clean last three runs, quiz ≥ 90 % and an observation ≥ 80', () => {
    const status = seat(input(everything()));
    expect(status.criteria.map((c) => [c.kind, c.met])).toEqual([
      ['core-scenarios', true],
      ['no-critical', true],
      ['quiz', true],
      ['observation', true],
    ]);
    expect(status.evidence.observationIds).toEqual(['obs']);
    expect(status.evidence.attemptIds).toHaveLength(core.length);
  });

  it('fails on a missing core case and names it', () => {
    const all = everything();
    const status = seat(input({ ...all, runs: all.runs.slice(1) }));
    expect(status.criteria[0]).toMatchObject({ met: false, missing: [core[0]] });
  });

  it('fails when one of the last three runs had a critical error', () => {
    const all = everything();
    const bad = run('tour-multi-day', 60, { score: { total: 60, criticalErrors: ['blame'] } });
    const status = seat(input({ ...all, runs: [...all.runs, bad] }));
    expect(status.criteria[1]).toMatchObject({ met: false, withCritical: [bad.id] });
    expect(status.met).toBe(false);
  });

  it('needs two hard core cases even when HR flags only easy ones', () => {
    const program = {
      ...DEFAULT_PROGRAM,
      coreScenarioIds: ['classmate-deposit', 'wrong-spare-part'],
    };
    const runs = program.coreScenarioIds.map((id) => run(id, 95));
    const status = seat(input({ ...everything(), program, runs }));
    expect(status.criteria[0]).toMatchObject({ have: 2, need: 2, hardHave: 0, met: false });
  });

  it('an observation below the threshold does not count', () => {
    const all = everything();
    const status = seat(input({ ...all, observations: [{ ...all.observations[0]!, total: 79 }] }));
    expect(status.criteria[3]).toMatchObject({ met: false, best: 79 });
  });
});
