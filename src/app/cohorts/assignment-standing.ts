import {
  assignmentStatus,
  type AssignedCall,
  type AssignmentStatus,
} from '../../engine/assignment-status';
import { withStandingTotals } from '../../engine/grade-override';
import { callsOnCase, cohortMembers, getCohort, traineeAssignments } from '../../storage/cohorts';
import { uncountedAmong } from '../../storage/ledger';
import { overridesOfCalls } from '../../storage/overrides';
import type { AssignmentRecord, AttemptRecord, ProfileRecord } from '../../storage/records';

export interface MemberStatus {
  profile: ProfileRecord;
  status: AssignmentStatus;
}

export interface TraineeAssignment {
  assignment: AssignmentRecord;
  cohortName: string;
  status: AssignmentStatus;
}

/**
 * The calls that count, with a trainer's regrade, where one stands, as their total: as the best
 * and the roster count them. A call merged from a bundle that did not verify, or refused, leaves
 * the case not done, and such an override changes no total.
 */
async function standing(calls: readonly AttemptRecord[]): Promise<AttemptRecord[]> {
  const overrides = await overridesOfCalls(calls.map((c) => c.id));
  const uncounted = await uncountedAmong([...calls, ...overrides].map((r) => r.id));
  return withStandingTotals(
    calls.filter((c) => !uncounted.has(c.id)),
    overrides.filter((o) => !uncounted.has(o.id)),
  );
}

/** Every call on one case that counts, for a cohort's item analysis. */
export async function countedCallsOnCase(scenarioId: string): Promise<AttemptRecord[]> {
  const calls = await callsOnCase(scenarioId);
  const uncounted = await uncountedAmong(calls.map((c) => c.id));
  return calls.filter((c) => !uncounted.has(c.id));
}

const assignedCall = (a: AttemptRecord): AssignedCall => ({
  id: a.id,
  scenarioId: a.scenarioId,
  status: a.status,
  practice: a.practice,
  finishedAt: a.finishedAt,
  total: a.score?.total ?? null,
});

/** Every member's standing on one assignment. */
export async function memberStatuses(
  assignment: AssignmentRecord,
  now = Date.now(),
): Promise<MemberStatus[]> {
  const cohort = await getCohort(assignment.cohortId);
  if (!cohort) return [];
  const members = await cohortMembers(cohort);
  const calls = await standing(await callsOnCase(assignment.scenarioId));
  return members.map((profile) => ({
    profile,
    status: assignmentStatus(
      assignment,
      calls.filter((c) => c.profileId === profile.id).map(assignedCall),
      now,
    ),
  }));
}

/** The cases assigned to a trainee through any of their cohorts, soonest due first. */
export async function assignmentsFor(
  profileId: string,
  now = Date.now(),
): Promise<TraineeAssignment[]> {
  const { assigned, calls } = await traineeAssignments(profileId);
  const theirs = (await standing(calls)).map(assignedCall);
  return assigned
    .map(({ assignment, cohortName }) => ({
      assignment,
      cohortName,
      status: assignmentStatus(assignment, theirs, now),
    }))
    .sort((a, b) => a.assignment.dueAt - b.assignment.dueAt);
}
