/** Where one trainee stands on a case assigned to their cohort. */
export type AssignmentStatus =
  | { kind: 'done'; attemptId: string; total: number; finishedAt: number; late: boolean }
  | { kind: 'overdue' }
  | { kind: 'not-started' };

/** What the status reads of a call. */
export interface AssignedCall {
  id: string;
  scenarioId: string;
  status: 'active' | 'finished' | 'abandoned';
  practice: boolean;
  finishedAt: number | null;
  total: number | null;
}

/**
 * A case is done once the trainee finishes a whole (non-practice) call on it after it was
 * assigned: a call from before the assignment is what the trainer assigned it to improve on.
 * The latest such call is the one shown; finishing after the due date still counts, marked late.
 */
export function assignmentStatus(
  assignment: { scenarioId: string; dueAt: number; createdAt: number },
  calls: readonly AssignedCall[],
  now: number,
): AssignmentStatus {
  const done = calls
    .filter(
      (c) =>
        c.scenarioId === assignment.scenarioId &&
        c.status === 'finished' &&
        !c.practice &&
        c.total !== null &&
        c.finishedAt !== null &&
        c.finishedAt >= assignment.createdAt,
    )
    .sort((a, b) => b.finishedAt! - a.finishedAt!)[0];
  if (done) {
    return {
      kind: 'done',
      attemptId: done.id,
      total: done.total!,
      finishedAt: done.finishedAt!,
      late: done.finishedAt! > assignment.dueAt,
    };
  }
  return now > assignment.dueAt ? { kind: 'overdue' } : { kind: 'not-started' };
}
