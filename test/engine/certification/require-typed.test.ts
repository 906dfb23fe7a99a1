import { describe, expect, it } from 'vitest';
import { evaluateCertification, type RunFacts } from '../../../src/engine/certification/evaluate';
import {
  programSchema,
  requiresTypedRuns,
  type CertificationProgram,
} from '../../../src/engine/certification/program';

const NOW = Date.UTC(2026, 11, 1);
const text = (s: string) => ({ 'zh-CN': s, en: s });

const program: CertificationProgram = {
  version: 2,
  coreScenarioIds: [],
  validityMonths: 12,
  levels: [
    { id: 'chosen', name: text('chosen'), anyScenarios: { count: 2, minScore: 70 } },
    {
      id: 'typed',
      name: text('typed'),
      anyScenarios: { count: 2, minScore: 70 },
      requireTyped: true,
    },
  ],
};

function run(id: string, scenarioId: string, replyMode?: 'type'): RunFacts {
  return {
    id,
    scenarioId,
    scenarioVersion: 1,
    status: 'finished',
    startedAt: NOW - 1000,
    finishedAt: NOW - 500,
    certification: { seed: 1 },
    score: { total: 90, criticalErrors: [] },
    ...(replyMode ? { replyMode } : {}),
  };
}

const evaluate = (runs: RunFacts[]) =>
  evaluateCertification({
    program,
    runs,
    quizzes: [],
    observations: [],
    scenarios: [],
    awards: [],
    now: NOW,
  });

describe('a level that requires typed runs', () => {
  it('is a valid program setting, and makes the program’s runs typed', () => {
    expect(programSchema.safeParse(program).success).toBe(true);
    expect(requiresTypedRuns(program)).toBe(true);
    expect(requiresTypedRuns({ levels: [program.levels[0]!] })).toBe(false);
  });

  it('counts only runs said in the trainee’s own words, and rests its evidence on them', () => {
    const chosenOnly = evaluate([run('a', 'case-a'), run('b', 'case-b')]);
    expect(chosenOnly.map((l) => l.met)).toEqual([true, false]);
    const mixed = evaluate([
      run('a', 'case-a', 'type'),
      run('b', 'case-b'),
      run('c', 'case-c', 'type'),
    ]);
    expect(mixed.map((l) => l.met)).toEqual([true, true]);
    expect(mixed[1]!.evidence.attemptIds.sort()).toEqual(['a', 'c']);
  });
});
