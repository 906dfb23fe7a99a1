import { sealRecord } from './ledger';
import { uncountedIds } from '../engine/provenance';
import {
  DEFAULT_PROGRAM,
  parseProgram,
  PROGRAM_MESSAGES,
  programSchema,
  type CertificationProgram,
} from '../engine/certification/program';
import { schemaProblems, type Problem } from '../engine/validation/problem';
import { database } from './database';
import { expectQuizProgress, quizProgressKey, type QuizProgressBase } from './quiz-progress';
import { StorageRuleError } from './errors';
import type {
  AttemptRecord,
  AwardRecord,
  ObservationRecord,
  OverrideRecord,
  ProgramRecord,
  QuizAttemptRecord,
} from './records';

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

/** A trainee's certification evidence as stored, read in one transaction. */
export interface CertificationRecords {
  program: CertificationProgram;
  attempts: AttemptRecord[];
  quizzes: QuizAttemptRecord[];
  observations: ObservationRecord[];
  awards: AwardRecord[];
  /** Trainers' overrides of the trainee's calls: the latest one's total stands for certification. */
  overrides: OverrideRecord[];
}

/** An award the caller decided on; storage adds its id, the trainee and the program version. */
export type AwardGrant = Pick<AwardRecord, 'level' | 'evidence' | 'expiresAt'>;

/**
 * Reads a trainee's evidence against the current program and writes the awards `decide` (pure)
 * grants from it, sealed with the criteria version, in ONE transaction, so an award is never
 * written on evidence that changed underneath it.
 */
export async function grantAwards(
  profileId: string,
  decide: (records: CertificationRecords) => AwardGrant[],
  now: number,
): Promise<{ records: CertificationRecords; granted: AwardRecord[] }> {
  const db = database();
  return db.transaction(
    'rw',
    [
      db.profiles,
      db.attempts,
      db.quizAttempts,
      db.observations,
      db.awards,
      db.overrides,
      db.programs,
      db.ledger,
    ],
    async () => {
      // The reads are independent: asked together, they cost one wait instead of eight (a merge
      // refreshes every person it touched, one after another).
      const [profile, links, current, attempts, quizzes, observations, awards, overrides] =
        await Promise.all([
          db.profiles.get(profileId),
          db.ledger.where('profileId').equals(profileId).toArray(),
          currentProgram(),
          db.attempts.where('profileId').equals(profileId).toArray(),
          db.quizAttempts.where('profileId').equals(profileId).toArray(),
          db.observations.where('profileId').equals(profileId).toArray(),
          db.awards.where('profileId').equals(profileId).toArray(),
          db.overrides.where('profileId').equals(profileId).toArray(),
        ]);
      if (!profile) throw new StorageRuleError('invalid-profile', `no profile ${profileId}`);
      // Records merged from a bundle that did not verify count toward nothing until HR accepts them.
      const uncounted = uncountedIds(links);
      const counted = <T extends { id: string }>(rows: T[]) =>
        rows.filter((r) => !uncounted.has(r.id));
      const records: CertificationRecords = {
        program: current,
        attempts: counted(attempts),
        quizzes: counted(quizzes),
        observations: counted(observations),
        awards,
        overrides: counted(overrides),
      };
      const { program } = records;
      const granted: AwardRecord[] = [];
      for (const grant of decide(records)) {
        if (!(await db.programs.get(program.version))) {
          await db.programs.add({ version: program.version, program, createdAt: now });
        }
        const award: AwardRecord = {
          id: crypto.randomUUID(),
          profileId,
          employeeId: profile.employeeId,
          level: grant.level,
          programVersion: program.version,
          evidence: grant.evidence,
          awardedAt: now,
          expiresAt: grant.expiresAt,
        };
        await db.awards.add(award);
        await sealRecord('award', profileId, { ...award });
        granted.push(award);
      }
      return { records, granted };
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

/**
 * Stores a handed-in sitting. With `base` (the sitting in progress as the handing-in tab last
 * saved it) it is refused, writing nothing, if another tab answered or handed it in since.
 */
export async function recordQuizSitting(
  sitting: Omit<QuizAttemptRecord, 'id' | 'at'>,
  base?: QuizProgressBase,
): Promise<QuizAttemptRecord> {
  const record: QuizAttemptRecord = { ...sitting, id: crypto.randomUUID(), at: Date.now() };
  const db = database();
  await db.transaction('rw', db.quizAttempts, db.ledger, db.settings, async () => {
    if (base !== undefined) await expectQuizProgress(record.profileId, base);
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
