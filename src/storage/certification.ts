import { sealRecord } from './ledger';
import {
  addMonths,
  evaluateCertification,
  type LevelStatus,
  type ScenarioFacts,
} from '../engine/certification/evaluate';
import {
  DEFAULT_PROGRAM,
  parseProgram,
  PROGRAM_MESSAGES,
  programSchema,
  type CertificationProgram,
} from '../engine/certification/program';
import { normalizeAttempt } from './attempt-shape';
import { schemaProblems, type Problem } from '../engine/validation/problem';
import { database } from './database';
import { quizProgressKey } from './quiz-progress';
import { StorageRuleError } from './errors';
import type { AttemptRecord, AwardRecord, ProgramRecord, QuizAttemptRecord } from './records';

/** The newest program version HR saved; the default program v1 until HR saves one. */
export async function currentProgram(): Promise<CertificationProgram> {
  const stored = await database().programs.orderBy('version').reverse().toArray();
  for (const record of stored) {
    const program = parseProgram(record.program);
    if (program) return program;
  }
  return DEFAULT_PROGRAM;
}

/** Every stored version, newest first (the default v1 is listed even before it is stored). */
export async function listPrograms(): Promise<ProgramRecord[]> {
  const stored = await database().programs.orderBy('version').reverse().toArray();
  return stored.some((r) => r.version === DEFAULT_PROGRAM.version)
    ? stored
    : [...stored, { version: DEFAULT_PROGRAM.version, program: DEFAULT_PROGRAM, createdAt: 0 }];
}

export async function getProgram(version: number): Promise<CertificationProgram | null> {
  const stored = await database().programs.get(version);
  if (stored) return parseProgram(stored.program);
  return version === DEFAULT_PROGRAM.version ? DEFAULT_PROGRAM : null;
}

export class InvalidProgramError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`invalid program: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'InvalidProgramError';
  }
}

/**
 * Saves HR's edit as the next version. Earlier versions are never changed: awards keep pointing at
 * the criteria they were earned under.
 */
export async function saveProgramVersion(
  edited: Omit<CertificationProgram, 'version'>,
): Promise<CertificationProgram> {
  const db = database();
  return db.transaction('rw', db.programs, async () => {
    const newest = await db.programs.orderBy('version').last();
    if (!newest) {
      await db.programs.add({
        version: DEFAULT_PROGRAM.version,
        program: DEFAULT_PROGRAM,
        createdAt: Date.now(),
      });
    }
    const version = Math.max(newest?.version ?? 0, DEFAULT_PROGRAM.version) + 1;
    const parsed = programSchema.safeParse({ ...edited, version });
    if (!parsed.success) {
      throw new InvalidProgramError(
        schemaProblems(programSchema, { ...edited, version }, parsed.error, PROGRAM_MESSAGES),
      );
    }
    await db.programs.add({ version, program: parsed.data, createdAt: Date.now() });
    return parsed.data;
  });
}

export interface CertificationStanding {
  program: CertificationProgram;
  levels: LevelStatus[];
  awards: AwardRecord[];
  /** The profile's certification runs, newest first. */
  runs: AttemptRecord[];
}

/**
 * Evaluates a trainee against the current program and awards every level that is newly met. The
 * reads, the evaluation and the award rows (with their evidence and the criteria version) happen
 * in ONE transaction, so an award is never written on evidence that changed underneath it.
 */
export async function refreshCertification(
  profileId: string,
  scenarios: readonly ScenarioFacts[],
  now = Date.now(),
): Promise<CertificationStanding> {
  const db = database();
  return db.transaction(
    'rw',
    [db.profiles, db.attempts, db.quizAttempts, db.observations, db.awards, db.programs, db.ledger],
    async () => {
      const profile = await db.profiles.get(profileId);
      if (!profile) throw new StorageRuleError('invalid-profile', `no profile ${profileId}`);
      const program = await currentProgram();
      const attempts = (await db.attempts.where('profileId').equals(profileId).toArray()).map(
        normalizeAttempt,
      );
      const quizzes = await db.quizAttempts.where('profileId').equals(profileId).toArray();
      const observations = await db.observations.where('profileId').equals(profileId).toArray();
      const awards = await db.awards.where('profileId').equals(profileId).toArray();
      let levels = evaluateCertification({
        program,
        runs: attempts,
        quizzes,
        observations,
        scenarios,
        awards,
        now,
      });
      const granted: AwardRecord[] = [];
      for (const status of levels.filter((l) => l.state === 'newly-met')) {
        if (!(await db.programs.get(program.version))) {
          await db.programs.add({ version: program.version, program, createdAt: now });
        }
        const award: AwardRecord = {
          id: crypto.randomUUID(),
          profileId,
          employeeId: profile.employeeId,
          level: status.level.id,
          programVersion: program.version,
          evidence: status.evidence,
          awardedAt: now,
          expiresAt: addMonths(now, program.validityMonths),
        };
        await db.awards.add(award);
        await sealRecord('award', profileId, { ...award });
        granted.push(award);
      }
      const allAwards = [...awards, ...granted].sort((a, b) => b.awardedAt - a.awardedAt);
      if (granted.length > 0) {
        levels = evaluateCertification({
          program,
          runs: attempts,
          quizzes,
          observations,
          scenarios,
          awards: allAwards,
          now,
        });
      }
      const runs = attempts
        .filter((a) => a.certification)
        .sort((a, b) => b.startedAt - a.startedAt);
      return { program, levels, awards: allAwards, runs };
    },
  );
}

export function getAward(id: string): Promise<AwardRecord | undefined> {
  return database().awards.get(id);
}

export async function listAwards(profileId: string): Promise<AwardRecord[]> {
  const awards = await database().awards.where('profileId').equals(profileId).toArray();
  return awards.sort((a, b) => b.awardedAt - a.awardedAt);
}

export async function recordQuizSitting(
  sitting: Omit<QuizAttemptRecord, 'id' | 'at'>,
): Promise<QuizAttemptRecord> {
  const record: QuizAttemptRecord = { ...sitting, id: crypto.randomUUID(), at: Date.now() };
  const db = database();
  await db.transaction('rw', db.quizAttempts, db.ledger, db.settings, async () => {
    await db.quizAttempts.add(record);
    await sealRecord('quiz', record.profileId, { ...record });
    // Handed in: the sitting is no longer in progress, in the same step that stores it.
    await db.settings.delete(quizProgressKey(record.profileId));
  });
  return record;
}

/** Newest first. */
export async function listQuizSittings(profileId: string): Promise<QuizAttemptRecord[]> {
  const sittings = await database().quizAttempts.where('profileId').equals(profileId).toArray();
  return sittings.sort((a, b) => b.at - a.at);
}
