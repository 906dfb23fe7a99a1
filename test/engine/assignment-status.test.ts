import { describe, expect, it } from 'vitest';
import { assignmentStatus, type AssignedCall } from '../../src/engine/assignment-status';

const assignment = { scenarioId: 'case', createdAt: 1_000, dueAt: 10_000 };
const finished = (id: string, finishedAt: number, total: number): AssignedCall => ({
  id,
  scenarioId: 'case',
  status: 'finished',
  practice: false,
  finishedAt,
  total,
});

describe('assignment status', () => {
  it('is not started before the due date with no call since it was assigned', () => {
    expect(assignmentStatus(assignment, [finished('before', 500, 90)], 5_000)).toEqual({
      kind: 'not-started',
    });
  });

  it('is overdue after the due date with no call', () => {
    expect(assignmentStatus(assignment, [], 10_001)).toEqual({ kind: 'overdue' });
  });

  it('is done with the latest call after assignment, marked late when past due', () => {
    const calls = [finished('a', 2_000, 60), finished('b', 12_000, 80)];
    expect(assignmentStatus(assignment, calls, 20_000)).toEqual({
      kind: 'done',
      attemptId: 'b',
      total: 80,
      finishedAt: 12_000,
      late: true,
    });
    expect(assignmentStatus(assignment, calls.slice(0, 1), 20_000)).toMatchObject({
      kind: 'done',
      late: false,
    });
  });

  it('does not count practice, unfinished or other cases', () => {
    const calls: AssignedCall[] = [
      { ...finished('p', 2_000, 90), practice: true },
      { ...finished('o', 2_000, 90), scenarioId: 'other' },
      { ...finished('u', 2_000, 90), status: 'active', finishedAt: null, total: null },
    ];
    expect(assignmentStatus(assignment, calls, 5_000)).toEqual({ kind: 'not-started' });
  });
});
