import {
  checkOverride,
  type OverrideInput,
  type OverrideProblem,
} from '../../engine/grade-override';
import { storeOverride } from '../../storage/overrides';
import type { OverrideRecord } from '../../storage/records';
import { requireCall } from '../calls/ownership';

export { listOverrides, overridesForProfile } from '../../storage/overrides';

/** An override the engine refused; `problems` lets the UI say each one in the trainer's language. */
export class OverrideRefusedError extends Error {
  constructor(readonly problems: OverrideProblem[]) {
    super(`override refused: ${problems.join(', ')}`);
    this.name = 'OverrideRefusedError';
  }
}

/**
 * A trainer's grade beside a finished call's own, checked against the call's total as stored when
 * it is written: an unfinished or ungraded call, or an override without a reason, is refused.
 */
export async function overrideGrade(
  attemptId: string,
  input: OverrideInput,
): Promise<OverrideRecord> {
  // Only a tab unlocked with the trainer's PIN grades a call, whoever's it is.
  await requireCall(attemptId, 'override');
  return storeOverride(attemptId, (attempt) => {
    const graded = attempt.status === 'finished' && attempt.score ? attempt.score.total : null;
    const check = checkOverride(graded, input);
    if (!check.ok) throw new OverrideRefusedError(check.problems);
    return check.override;
  });
}
