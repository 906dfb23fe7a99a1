import { followRecommended } from './analyse-paths';
import { replayChoices } from './replay';
import { keptComposure } from './scoring/rules/credits';
import type { Scenario } from './scenario-schema';
import {
  DIMENSION_IDS,
  DIMENSIONS,
  type DimensionId,
  type DimensionScores,
} from './scoring/dimensions';

/**
 * The skills a case trains: the dimensions on which its expert path earns at least two points,
 * strongest first. (One point is incidental; two mean the case keeps asking for the skill.)
 */
export function caseSkills(scenario: Scenario): DimensionId[] {
  const { turns } = replayChoices(scenario, followRecommended(scenario).choices);
  const points = Object.fromEntries(DIMENSION_IDS.map((d) => [d, 0])) as Record<
    DimensionId,
    number
  >;
  for (const t of turns) for (const d of DIMENSION_IDS) points[d] += t.grade.expert[d];
  // Keeping composure earns a point on every reply, so it says nothing about what a case trains.
  points.composure = Math.max(0, points.composure - turns.length * keptComposure.weight);
  return DIMENSION_IDS.filter((d) => points[d] >= 2).sort((a, b) => points[b] - points[a]);
}

/** Enough of a case to rank it; a full scenario or a catalog summary will do. */
export interface CaseStanding<C extends { id: string; difficulty: number } = Scenario> {
  scenario: C;
  skills: DimensionId[];
  best: number | null;
}

/**
 * The case to take next: one that trains the trainee's weakest dimension and is not yet mastered
 * (best below 80), easiest first. With no history yet, the easiest case.
 */
export function recommendNext<C extends { id: string; difficulty: number }>(
  cases: readonly CaseStanding<C>[],
  averages: DimensionScores,
): { scenario: C; dimension: DimensionId | null } | null {
  const open = cases.filter((c) => c.best === null || c.best < 80);
  if (open.length === 0) return null;
  const byDifficulty = [...open].sort((a, b) => a.scenario.difficulty - b.scenario.difficulty);
  const known = DIMENSIONS.filter((d) => averages[d.id] !== null).sort(
    (a, b) => averages[a.id]! - averages[b.id]! || b.weight - a.weight,
  );
  for (const { id } of known) {
    const match = byDifficulty.find((c) => c.skills.includes(id));
    if (match) return { scenario: match.scenario, dimension: id };
  }
  return { scenario: byDifficulty[0]!.scenario, dimension: null };
}
