import type { Outcome } from '../vocabulary';
import { DIMENSIONS, DIMENSION_IDS, zeroPoints, type DimensionScores } from './dimensions';
import type { TurnGrade } from './grade-turn';
import { CRITICAL_CAP, OUTCOME_CAPS } from './outcome-caps';
import { spottedKeyCue } from './rules/credits';

export interface AttemptScore {
  /** 0–100, the weighted mean of the dimensions that the call gave a chance to show, after caps. */
  total: number;
  dimensions: DimensionScores;
  /** Ids of critical rules that fired, first occurrence order. */
  criticalErrors: string[];
  /** Which caps lowered the total: 'critical' and/or the outcome. */
  caps: Array<'critical' | Outcome>;
}

/** What the trainee did outside the turns themselves. */
export interface AttemptExtras {
  /** Whether the trainee marked the key-cue line correctly; undefined when they did not try. */
  cueSpotted?: boolean;
}

/** Scores a whole call (or the part played so far) from its graded turns. */
export function scoreAttempt(
  turns: ReadonlyArray<Pick<TurnGrade, 'earned' | 'expert' | 'critical'>>,
  outcome: Outcome | null,
  extras: AttemptExtras = {},
): AttemptScore {
  const earned = zeroPoints();
  const available = zeroPoints();
  for (const turn of turns) {
    for (const d of DIMENSION_IDS) {
      earned[d] += turn.earned[d];
      available[d] += turn.expert[d];
    }
  }
  if (extras.cueSpotted !== undefined) {
    available[spottedKeyCue.dimension] += spottedKeyCue.weight;
    if (extras.cueSpotted) earned[spottedKeyCue.dimension] += spottedKeyCue.weight;
  }
  const dimensions = {} as DimensionScores;
  let weighted = 0;
  let weights = 0;
  for (const { id, weight } of DIMENSIONS) {
    if (available[id] === 0) {
      dimensions[id] = null;
      continue;
    }
    const score = Math.round(100 * Math.max(0, Math.min(1, earned[id] / available[id])));
    dimensions[id] = score;
    weighted += score * weight;
    weights += weight;
  }
  let total = weights === 0 ? 0 : Math.round(weighted / weights);

  const criticalErrors = [...new Set(turns.flatMap((t) => t.critical))];
  const caps: AttemptScore['caps'] = [];
  if (criticalErrors.length > 0 && total > CRITICAL_CAP) {
    total = CRITICAL_CAP;
    caps.push('critical');
  }
  if (outcome && total > OUTCOME_CAPS[outcome]) {
    total = OUTCOME_CAPS[outcome];
    caps.push(outcome);
  }
  return { total, dimensions, criticalErrors, caps };
}
