import type { AttemptRecord } from './records/attempt';

export interface CaseStatus {
  /** The call on this case the trainee can resume, if any. */
  active: AttemptRecord | null;
  /** Best total over finished calls, or null when none finished. */
  best: number | null;
}

/** A trainee's standing on one case, from their attempts. */
export function caseStatus(attempts: readonly AttemptRecord[], scenarioId: string): CaseStatus {
  const mine = attempts.filter((a) => a.scenarioId === scenarioId);
  const active =
    mine.filter((a) => a.status === 'active').sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
  const totals = mine.flatMap((a) => (a.status === 'finished' && a.score ? [a.score.total] : []));
  return { active, best: totals.length > 0 ? Math.max(...totals) : null };
}
