import type { TurnRecord } from '../attempt-log';
import { dimensionEvidence, type RuleCount } from '../debrief-evidence';
import { DIMENSION_IDS, type DimensionId, type DimensionScores } from '../scoring/dimensions';

/** A skill in the debrief: scored, with what gained and lost points on it, or not covered at all. */
export type SkillLine =
  | { id: DimensionId; covered: true; score: number; earned: RuleCount[]; lost: RuleCount[] }
  | { id: DimensionId; covered: false };

/**
 * One line per skill. A skill the call left unscored (only a call without a reply leaves any) lists
 * nothing gained or lost: a penalty that did not count is not shown as if it had.
 */
export function skillLines(dimensions: DimensionScores, turns: readonly TurnRecord[]): SkillLine[] {
  const evidence = dimensionEvidence(turns);
  return DIMENSION_IDS.map((id) => {
    const score = dimensions[id];
    return score === null ? { id, covered: false } : { id, covered: true, score, ...evidence[id] };
  });
}
