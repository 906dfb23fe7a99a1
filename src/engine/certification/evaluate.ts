import type { CertificationLevel, CertificationProgram } from './program';

/** What evaluation needs of a call (a structural subset of the stored attempt). */
export interface RunFacts {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  status: 'active' | 'finished' | 'abandoned';
  startedAt: number;
  finishedAt: number | null;
  /** Set only on certification runs. */
  certification?: { seed: number } | null;
  score: { total: number; criticalErrors: string[] } | null;
  /** 'type' when the trainee said every reply in their own words; absent or 'choose' otherwise. */
  replyMode?: 'choose' | 'type';
}

export interface QuizFacts {
  id: string;
  score: number;
  at: number;
}

export interface ObservationFacts {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  total: number;
  at: number;
}

export interface ScenarioFacts {
  id: string;
  difficulty: number;
}

export interface AwardFacts {
  id: string;
  level: string;
  programVersion: number;
  awardedAt: number;
  expiresAt: number;
}

export interface Evidence {
  attemptIds: string[];
  scenarioVersions: Record<string, number>;
  quizAttemptIds: string[];
  observationIds: string[];
}

/** One case's counting run that passed a threshold. */
export interface PassedScenario {
  scenarioId: string;
  attemptId: string;
  scenarioVersion: number;
  total: number;
}

export type Criterion =
  | {
      kind: 'any-scenarios';
      met: boolean;
      have: number;
      need: number;
      minScore: number;
      passed: PassedScenario[];
    }
  | {
      kind: 'core-scenarios';
      met: boolean;
      have: number;
      need: number;
      minScore: number;
      passed: PassedScenario[];
      missing: string[];
      hardHave: number;
      hardNeed: number;
      hardDifficulty: number;
    }
  | {
      kind: 'no-critical';
      met: boolean;
      last: number;
      /** The runs looked at, newest first (fewer than `last` when there are not enough yet). */
      runIds: string[];
      withCritical: string[];
    }
  | { kind: 'quiz'; met: boolean; best: number | null; need: number; quizAttemptId: string | null }
  | {
      kind: 'observation';
      met: boolean;
      best: number | null;
      need: number;
      observationId: string | null;
    };

export type LevelState = 'certified' | 'newly-met' | 'in-progress';

export interface LevelStatus {
  level: CertificationLevel;
  criteria: Criterion[];
  met: boolean;
  /** Exactly what the award rests on; meaningful when `met`. */
  evidence: Evidence;
  /** A valid award for this level, from any program version. */
  award: AwardFacts | null;
  /** The most recent expired award, when there is no valid one. */
  expired: AwardFacts | null;
  state: LevelState;
}

export interface EvaluationInput {
  program: CertificationProgram;
  runs: readonly RunFacts[];
  quizzes: readonly QuizFacts[];
  observations: readonly ObservationFacts[];
  scenarios: readonly ScenarioFacts[];
  awards: readonly AwardFacts[];
  now: number;
}

/** The same moment `months` calendar months later (UTC; the 31st rolls to the month's end). */
export function addMonths(at: number, months: number): number {
  const date = new Date(at);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.getTime();
}

const versionKey = (run: Pick<RunFacts, 'scenarioId' | 'scenarioVersion'>) =>
  `${run.scenarioId}@${run.scenarioVersion}`;

const earlier = (a: RunFacts, b: RunFacts) =>
  a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The one certification run that counts for each case version: the first one started. A second
 * run of a version the trainee has already met is practice from memory, so it never counts, and an
 * abandoned first run spends the version just as a finished one does.
 */
export function countingRuns(runs: readonly RunFacts[]): Map<string, RunFacts> {
  const first = new Map<string, RunFacts>();
  for (const run of [...runs].filter((r) => r.certification).sort(earlier)) {
    if (!first.has(versionKey(run))) first.set(versionKey(run), run);
  }
  return first;
}

/** Whether this certification run is (or, once finished, will be) the one that counts. */
export function runCounts(run: RunFacts, runs: readonly RunFacts[]): boolean {
  return Boolean(run.certification) && countingRuns(runs).get(versionKey(run))?.id === run.id;
}

/** Counting runs finished inside the evidence window, newest first. */
function usableRuns(runs: readonly RunFacts[], since: number): RunFacts[] {
  return [...countingRuns(runs).values()]
    .filter((r) => r.status === 'finished' && r.score && (r.finishedAt ?? 0) >= since)
    .sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0));
}

/** Per case, the best counting run at or above `minScore`. */
function passedByScenario(runs: readonly RunFacts[], minScore: number): PassedScenario[] {
  const best = new Map<string, PassedScenario>();
  for (const run of runs) {
    const total = run.score!.total;
    if (total < minScore) continue;
    const held = best.get(run.scenarioId);
    if (!held || total > held.total) {
      best.set(run.scenarioId, {
        scenarioId: run.scenarioId,
        attemptId: run.id,
        scenarioVersion: run.scenarioVersion,
        total,
      });
    }
  }
  return [...best.values()].sort(
    (a, b) => b.total - a.total || a.scenarioId.localeCompare(b.scenarioId),
  );
}

function bestOf<T extends { id: string; at: number }>(
  items: readonly T[],
  value: (item: T) => number,
  since: number,
): T | null {
  let best: T | null = null;
  for (const item of items) {
    if (item.at < since) continue;
    if (!best || value(item) > value(best)) best = item;
  }
  return best;
}

function criteriaOf(
  level: CertificationLevel,
  input: EvaluationInput,
  runs: RunFacts[],
  since: number,
): Criterion[] {
  const criteria: Criterion[] = [];
  if (level.anyScenarios) {
    const { count, minScore } = level.anyScenarios;
    const passed = passedByScenario(runs, minScore);
    criteria.push({
      kind: 'any-scenarios',
      met: passed.length >= count,
      have: passed.length,
      need: count,
      minScore,
      passed: passed.slice(0, count),
    });
  }
  if (level.coreScenarios) {
    const { minScore, hardCount, hardDifficulty } = level.coreScenarios;
    const core = input.program.coreScenarioIds;
    const passed = passedByScenario(runs, minScore).filter((p) => core.includes(p.scenarioId));
    const difficulty = new Map(input.scenarios.map((s) => [s.id, s.difficulty]));
    const hardHave = passed.filter(
      (p) => (difficulty.get(p.scenarioId) ?? 0) >= hardDifficulty,
    ).length;
    criteria.push({
      kind: 'core-scenarios',
      met: core.length > 0 && passed.length === core.length && hardHave >= hardCount,
      have: passed.length,
      need: core.length,
      minScore,
      passed,
      missing: core.filter((id) => !passed.some((p) => p.scenarioId === id)),
      hardHave,
      hardNeed: hardCount,
      hardDifficulty,
    });
  }
  if (level.noCriticalInLast !== undefined) {
    const last = runs.slice(0, level.noCriticalInLast);
    const withCritical = last.filter((r) => r.score!.criticalErrors.length > 0).map((r) => r.id);
    criteria.push({
      kind: 'no-critical',
      met: last.length === level.noCriticalInLast && withCritical.length === 0,
      last: level.noCriticalInLast,
      runIds: last.map((r) => r.id),
      withCritical,
    });
  }
  if (level.quizMinPercent !== undefined) {
    const best = bestOf(input.quizzes, (q) => q.score, since);
    criteria.push({
      kind: 'quiz',
      met: best !== null && best.score >= level.quizMinPercent,
      best: best?.score ?? null,
      need: level.quizMinPercent,
      quizAttemptId: best?.id ?? null,
    });
  }
  if (level.observationMinTotal !== undefined) {
    const best = bestOf(input.observations, (o) => o.total, since);
    criteria.push({
      kind: 'observation',
      met: best !== null && best.total >= level.observationMinTotal,
      best: best?.total ?? null,
      need: level.observationMinTotal,
      observationId: best?.id ?? null,
    });
  }
  return criteria;
}

function evidenceOf(criteria: readonly Criterion[], runs: readonly RunFacts[]): Evidence {
  const attemptIds = new Set<string>();
  const scenarioVersions: Record<string, number> = {};
  const quizAttemptIds: string[] = [];
  const observationIds: string[] = [];
  const byId = new Map(runs.map((r) => [r.id, r]));
  const useRun = (id: string) => {
    const run = byId.get(id);
    if (!run) return;
    attemptIds.add(id);
    scenarioVersions[run.scenarioId] = run.scenarioVersion;
  };
  for (const c of criteria) {
    if (c.kind === 'any-scenarios' || c.kind === 'core-scenarios')
      c.passed.forEach((p) => useRun(p.attemptId));
    if (c.kind === 'no-critical') c.runIds.forEach(useRun);
    if (c.kind === 'quiz' && c.quizAttemptId) quizAttemptIds.push(c.quizAttemptId);
    if (c.kind === 'observation' && c.observationId) observationIds.push(c.observationId);
  }
  return { attemptIds: [...attemptIds], scenarioVersions, quizAttemptIds, observationIds };
}

/**
 * Where a trainee stands on every level of a program: each criterion met or not with its progress,
 * the exact evidence, and whether a level is newly met (and so due an award). Only evidence from
 * inside the validity window counts, so a renewal needs fresh evidence.
 */
export function evaluateCertification(input: EvaluationInput): LevelStatus[] {
  const since = addMonths(input.now, -input.program.validityMonths);
  const runs = usableRuns(input.runs, since);
  const typedRuns = runs.filter((r) => r.replyMode === 'type');
  return input.program.levels.map((level) => {
    const levelRuns = level.requireTyped ? typedRuns : runs;
    const criteria = criteriaOf(level, input, levelRuns, since);
    const met = criteria.every((c) => c.met);
    const mine = input.awards
      .filter((a) => a.level === level.id)
      .sort((a, b) => b.awardedAt - a.awardedAt);
    const award = mine.find((a) => a.awardedAt <= input.now && a.expiresAt > input.now) ?? null;
    const expired = award ? null : (mine.find((a) => a.expiresAt <= input.now) ?? null);
    return {
      level,
      criteria,
      met,
      evidence: evidenceOf(criteria, levelRuns),
      award,
      expired,
      state: award ? 'certified' : met ? 'newly-met' : 'in-progress',
    };
  });
}
