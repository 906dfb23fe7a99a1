import { SCORING_MODEL_VERSION } from './model-version';

/** What telling a call's grading model apart needs of a call (a subset of the stored attempt). */
export interface GradedCall {
  /** The version of the scoring model that graded the call. */
  scoringModel: number;
}

/**
 * Whether a call was graded by an earlier scoring model than the one grading calls now. Such a call
 * keeps the grades it was given (nothing re-grades a stored call: its turns were judged by rules
 * that no longer run), so every place that shows its grade says which model gave it.
 */
export function gradedByEarlierModel(
  call: GradedCall,
  current: number = SCORING_MODEL_VERSION,
): boolean {
  return call.scoringModel < current;
}
