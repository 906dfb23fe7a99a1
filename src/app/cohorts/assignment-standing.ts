import {
  assignmentStatus,
  type AssignedCall,
  type AssignmentStatus,
} from '../../engine/assignment-status';
import { callsOnCase, cohortMembers, getCohort, traineeAssignments } from '../../storage/cohorts';
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
  const calls = await callsOnCase(assignment.scenarioId);
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
  const theirs = calls.map(assignedCall);
  return assigned
    .map(({ assignment, cohortName }) => ({
      assignment,
      cohortName,
      status: assignmentStatus(assignment, theirs, now),
    }))
    .sort((a, b) => a.assignment.dueAt - b.assignment.dueAt);
}
