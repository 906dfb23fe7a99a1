import type { Outcome } from '../vocabulary';
import { DIMENSIONS, DIMENSION_IDS, zeroPoints, type DimensionScores } from './dimensions';
import { SEVERITY_BANDS, type TurnGrade } from './grade-turn';
import { CRITICAL_CAP, OUTCOME_CAPS } from './outcome-caps';
import { spottedKeyCue } from './rules/credits';

/**
 * The lowest total of a call without a critical mistake. As for a reply, only a critical fault fails
 * a call outright: however poor, such a call stays at the floor of the harmful-fault band (the caps
 * of how it ended still apply).
 */
export const NO_CRITICAL_FLOOR = SEVERITY_BANDS.major[0];

export interface AttemptScore {
  /** 0–100, the weighted mean of the seven dimensions, after caps. */
  total: number;
  dimensions: DimensionScores;
  /** Ids of critical rules that fired, first occurrence order. */
  criticalErrors: string[];
  /** Which caps lowered the total: 'critical' and/or the outcome. */
  caps: Array<'critical' | Outcome>;
}

/** What the trainee did outside the turns themselves. */
export interface AttemptExtras {
  /**
   * Whether the trainee marked the key-cue line correctly. A wrong mark counts exactly as no mark
   * (the question skipped): spotting the cue is credit on diagnosis, so skipping never pays better
   * than trying, and a finished call's total does not move when the question is left unanswered.
   */
  cueSpotted?: boolean;
}

type GradedTurn = Pick<TurnGrade, 'grade' | 'earned' | 'expert' | 'critical'>;

/**
 * Scores a whole call (or the part played so far) from its graded turns (scoring model v2). Each
 * dimension is half its points (earned, penalties included, over what the expert's replies put in
 * play) and half the grades of the replies that had something at stake on it (weighted by what was
 * at stake), so a poor call keeps the partial credit a trainer gives and penalties always count. A
 * dimension no reply touched takes the call's mean reply grade: every dimension is in play on every
 * call, as a trainer scores them. A call without a critical mistake totals at least 30.
 */
export function scoreAttempt(
  turns: readonly GradedTurn[],
  outcome: Outcome | null,
  extras: AttemptExtras = {},
): AttemptScore {
  const earned = zeroPoints();
  const available = zeroPoints();
  const stake = zeroPoints();
  const graded = zeroPoints();
  // The same without the weight penalties add: a penalty must never raise its dimension's grades.
  const expertStake = zeroPoints();
  const expertGraded = zeroPoints();
  const weigh = (d: (typeof DIMENSION_IDS)[number], weight: number, grade: number) => {
    stake[d] += weight;
    graded[d] += weight * grade;
  };
  for (const turn of turns) {
    for (const d of DIMENSION_IDS) {
      earned[d] += turn.earned[d];
      available[d] += turn.expert[d];
      weigh(d, turn.expert[d] + Math.max(0, -turn.earned[d]), turn.grade);
      expertStake[d] += turn.expert[d];
      expertGraded[d] += turn.expert[d] * turn.grade;
    }
  }
  if (extras.cueSpotted === true) {
    const d = spottedKeyCue.dimension;
    available[d] += spottedKeyCue.weight;
    earned[d] += spottedKeyCue.weight;
    weigh(d, spottedKeyCue.weight, 100);
    expertStake[d] += spottedKeyCue.weight;
    expertGraded[d] += spottedKeyCue.weight * 100;
  }
  const dimensions = {} as DimensionScores;
  if (turns.length === 0) {
    for (const d of DIMENSION_IDS) dimensions[d] = null;
    return { total: 0, dimensions, criticalErrors: [], caps: [] };
  }
  const meanGrade = turns.reduce((t, turn) => t + turn.grade, 0) / turns.length;
  let weighted = 0;
  let weights = 0;
  for (const { id, weight } of DIMENSIONS) {
    const points =
      available[id] > 0 ? Math.max(0, Math.min(1, earned[id] / available[id])) * 100 : 0;
    // A penalty puts its dimension at stake at the reply's grade; where the dimension's other
    // replies graded lower, that would lift it, so the lower of the two means is taken.
    const grades =
      expertStake[id] > 0
        ? Math.min(graded[id] / stake[id], expertGraded[id] / expertStake[id])
        : graded[id] / stake[id];
    const score = stake[id] > 0 ? Math.round((points + grades) / 2) : Math.round(meanGrade);
    dimensions[id] = score;
    weighted += score * weight;
    weights += weight;
  }
  const criticalErrors = [...new Set(turns.flatMap((t) => t.critical))];
  const floor = criticalErrors.length === 0 ? NO_CRITICAL_FLOOR : 0;
  let total = Math.max(floor, Math.round(weighted / weights));

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
