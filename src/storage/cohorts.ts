import { database } from './database';
import type { AssignmentRecord, AttemptRecord, CohortRecord, ProfileRecord } from './records';

/** A cohort rule the caller broke; `code` lets the UI say it in the trainer's language. */
export class CohortRuleError extends Error {
  constructor(
    readonly code:
      'invalid-cohort-name' | 'cohort-not-found' | 'profile-not-found' | 'invalid-due-date',
    message: string,
  ) {
    super(message);
    this.name = 'CohortRuleError';
  }
}

const NAME_MAX = 40;

function cleanName(name: string): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (clean.length === 0 || clean.length > NAME_MAX) {
    throw new CohortRuleError('invalid-cohort-name', `name must be 1–${NAME_MAX} characters`);
  }
  return clean;
}

export async function createCohort(
  name: string,
  profileIds: readonly string[] = [],
): Promise<CohortRecord> {
  const db = database();
  const cohort: CohortRecord = {
    id: crypto.randomUUID(),
    name: cleanName(name),
    profileIds: [...new Set(profileIds)],
    createdAt: Date.now(),
  };
  await db.transaction('rw', db.cohorts, db.profiles, async () => {
    await requireProfiles(cohort.profileIds);
    await db.cohorts.add(cohort);
  });
  return cohort;
}

export async function renameCohort(id: string, name: string): Promise<CohortRecord> {
  const clean = cleanName(name);
  return changeCohort(id, (cohort) => ({ ...cohort, name: clean }));
}

/** Newest first. */
export async function listCohorts(): Promise<CohortRecord[]> {
  return (await database().cohorts.toArray()).sort((a, b) => b.createdAt - a.createdAt);
}

export function getCohort(id: string): Promise<CohortRecord | undefined> {
  return database().cohorts.get(id);
}

/** Removes the cohort and its assignments; the trainees and their calls stay. */
export async function deleteCohort(id: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.cohorts, db.assignments, async () => {
    await db.assignments.where('cohortId').equals(id).delete();
    await db.cohorts.delete(id);
  });
}

export async function addMember(cohortId: string, profileId: string): Promise<CohortRecord> {
  return changeCohort(cohortId, async (cohort) => {
    await requireProfiles([profileId]);
    return cohort.profileIds.includes(profileId)
      ? cohort
      : { ...cohort, profileIds: [...cohort.profileIds, profileId] };
  });
}

export async function removeMember(cohortId: string, profileId: string): Promise<CohortRecord> {
  return changeCohort(cohortId, (cohort) => ({
    ...cohort,
    profileIds: cohort.profileIds.filter((id) => id !== profileId),
  }));
}

/** The cohort's members as profiles, in the cohort's order. */
export async function cohortMembers(cohort: CohortRecord): Promise<ProfileRecord[]> {
  const found = await database().profiles.bulkGet(cohort.profileIds);
  return found.filter((p): p is ProfileRecord => p !== undefined);
}

/**
 * Assigns a case to a cohort, due by `dueAt`. Assigning a case the cohort already has moves its
 * due date rather than adding a second assignment, so a trainee never sees the case listed twice.
 */
export async function assignCase(
  cohortId: string,
  scenarioId: string,
  dueAt: number,
): Promise<AssignmentRecord> {
  if (!Number.isFinite(dueAt)) throw new CohortRuleError('invalid-due-date', 'due date missing');
  const db = database();
  return db.transaction('rw', db.cohorts, db.assignments, async () => {
    if (!(await db.cohorts.get(cohortId))) {
      throw new CohortRuleError('cohort-not-found', `no cohort ${cohortId}`);
    }
    const existing = (await db.assignments.where('cohortId').equals(cohortId).toArray()).find(
      (a) => a.scenarioId === scenarioId,
    );
    const assignment: AssignmentRecord = existing
      ? { ...existing, dueAt }
      : { id: crypto.randomUUID(), cohortId, scenarioId, dueAt, createdAt: Date.now() };
    await db.assignments.put(assignment);
    return assignment;
  });
}

export async function removeAssignment(id: string): Promise<void> {
  await database().assignments.delete(id);
}

/** Soonest due first. */
export async function listAssignments(cohortId: string): Promise<AssignmentRecord[]> {
  const found = await database().assignments.where('cohortId').equals(cohortId).toArray();
  return found.sort((a, b) => a.dueAt - b.dueAt);
}

export function getAssignment(id: string): Promise<AssignmentRecord | undefined> {
  return database().assignments.get(id);
}

export interface CohortAssignment {
  assignment: AssignmentRecord;
  cohortName: string;
}

/** The cases assigned to a trainee through any of their cohorts, and the trainee's calls on them. */
export async function traineeAssignments(
  profileId: string,
): Promise<{ assigned: CohortAssignment[]; calls: AttemptRecord[] }> {
  const db = database();
  const cohorts = (await db.cohorts.toArray()).filter((c) => c.profileIds.includes(profileId));
  if (cohorts.length === 0) return { assigned: [], calls: [] };
  const names = new Map(cohorts.map((c) => [c.id, c.name]));
  const assignments = await db.assignments
    .where('cohortId')
    .anyOf([...names.keys()])
    .toArray();
  if (assignments.length === 0) return { assigned: [], calls: [] };
  // Only the trainee's calls on the assigned cases: the library opening never reads a long
  // history whole. Through the case index, so on a shared machine others' calls on those cases
  // are read and left out.
  const calls = await db.attempts
    .where('scenarioId')
    .anyOf([...new Set(assignments.map((a) => a.scenarioId))])
    .filter((call) => call.profileId === profileId)
    .toArray();
  return {
    assigned: assignments.map((assignment) => ({
      assignment,
      cohortName: names.get(assignment.cohortId)!,
    })),
    calls,
  };
}

/** Every call of every trainee on one case, for the cohort's status and item analysis. */
export function callsOnCase(scenarioId: string): Promise<AttemptRecord[]> {
  return database().attempts.where('scenarioId').equals(scenarioId).toArray();
}

async function requireProfiles(ids: readonly string[]): Promise<void> {
  const found = await database().profiles.bulkGet([...ids]);
  const missing = ids.filter((_, i) => !found[i]);
  if (missing.length > 0) {
    throw new CohortRuleError('profile-not-found', `no profile ${missing.join(', ')}`);
  }
}

async function changeCohort(
  id: string,
  change: (cohort: CohortRecord) => CohortRecord | Promise<CohortRecord>,
): Promise<CohortRecord> {
  const db = database();
  return db.transaction('rw', db.cohorts, db.profiles, async () => {
    const cohort = await db.cohorts.get(id);
    if (!cohort) throw new CohortRuleError('cohort-not-found', `no cohort ${id}`);
    const changed = await change(cohort);
    if (changed !== cohort) await db.cohorts.put(changed);
    return changed;
  });
}
