import { z } from 'zod';
import { programSchema } from '../certification/program';
import { count, employeeId, id, percent, time, version } from './fields';

/** A version of the certification program as HR configured it. */
export const programRecordSchema = z.strictObject({
  version,
  program: programSchema,
  createdAt: time,
});
export type ProgramRecord = z.infer<typeof programRecordSchema>;

/** A certification level awarded, with the evidence it was awarded on. */
export const awardSchema = z.strictObject({
  id,
  profileId: id,
  employeeId,
  level: z.string().min(1),
  programVersion: version,
  evidence: z.strictObject({
    attemptIds: z.array(id),
    scenarioVersions: z.record(z.string(), version),
    quizAttemptIds: z.array(id),
    observationIds: z.array(id),
  }),
  awardedAt: time,
  expiresAt: time,
});
export type AwardRecord = z.infer<typeof awardSchema>;

/** One sitting of the knowledge quiz. */
export const quizAttemptSchema = z.strictObject({
  id,
  profileId: id,
  itemIds: z.array(z.string()),
  answers: z.record(z.string(), z.array(z.string())),
  correct: count,
  total: count,
  /** Percentage correct, 0–100. */
  score: percent,
  at: time,
  /** The seed the sitting's items and options were drawn and ordered with. */
  seed: z.number().optional(),
});
export type QuizAttemptRecord = z.infer<typeof quizAttemptSchema>;
