import {
  assignmentStatus,
  type AssignedCall,
  type AssignmentStatus,
} from '../../engine/assignment-status';
import { withStandingTotals } from '../../engine/grade-override';
import { callsOnCase, cohortMembers, getCohort, traineeAssignments } from '../../storage/cohorts';
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

/** The calls with a trainer's regrade, where one stands, as their total: as the best counts them. */
async function standing(calls: readonly AttemptRecord[]): Promise<AttemptRecord[]> {
  return withStandingTotals(calls, await overridesOfCalls(calls.map((c) => c.id)));
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
