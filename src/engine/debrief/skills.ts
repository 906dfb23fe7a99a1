import type { TurnRecord } from '../attempt-log';
import { dimensionEvidence, type RuleCount } from '../debrief-evidence';
import { DIMENSION_IDS, type DimensionId, type DimensionScores } from '../scoring/dimensions';
import { spottedKeyCue } from '../scoring/rules/credits';

/** A skill in the debrief: scored, with what gained and lost points on it, or not covered at all. */
export type SkillLine =
  | {
      id: DimensionId;
      covered: true;
      score: number;
      earned: RuleCount[];
      lost: RuleCount[];
      /**
       * Where the score comes from when no rule gained or lost points on it: the expert's replies
       * had points at stake there that the trainee's did not earn ('missed'), or no reply on the
       * call had anything at stake there, so it is the call's mean reply grade ('call-mean').
       */
      unexplained?: 'missed' | 'call-mean';
    }
  | { id: DimensionId; covered: false };

/**
 * One line per skill. A skill the call left unscored (only a call without a reply leaves any) lists
 * nothing gained or lost: a penalty that did not count is not shown as if it had.
 */
export function skillLines(
  dimensions: DimensionScores,
  turns: readonly TurnRecord[],
  cueSpotted = false,
): SkillLine[] {
  const evidence = dimensionEvidence(turns);
  // The key cue marked right earns on its dimension at the end of the call, not on a reply.
  if (cueSpotted) evidence[spottedKeyCue.dimension].earned.push({ id: spottedKeyCue.id, count: 1 });
  return DIMENSION_IDS.map((id) => {
    const score = dimensions[id];
    if (score === null) return { id, covered: false };
    const { earned, lost } = evidence[id];
    if (earned.length > 0 || lost.length > 0) return { id, covered: true, score, earned, lost };
    const inPlay = turns.some((t) => t.expert[id] > 0);
    return { id, covered: true, score, earned, lost, unexplained: inPlay ? 'missed' : 'call-mean' };
  });
}
