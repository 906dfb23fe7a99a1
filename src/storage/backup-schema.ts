import { z } from 'zod';
import { scenarioSchema } from '../engine/scenario-schema';

const text = z.looseObject({ 'zh-CN': z.string(), en: z.string() });
const id = z.string().min(1);
const time = z.number();

/**
 * The shape a backup's rows must have before anything is written. Objects are loose so a backup
 * from a newer version of the app (with added fields) still restores.
 */
const rowSchemas = {
  profiles: z.looseObject({
    id: z.string().min(1),
    name: z.string().min(1).max(40),
    employeeId: z.string().min(1).max(20),
    createdAt: z.number(),
  }),
  attempts: z.looseObject({
    id: z.string().min(1),
    profileId: z.string().min(1),
    scenarioId: z.string().min(1),
    scenarioVersion: z.number().int(),
    contentHash: z.string(),
    scenarioTitle: text,
    status: z.enum(['active', 'finished', 'abandoned']),
    startedAt: z.number(),
    choices: z.array(z.string()),
    transcript: z.array(
      z.looseObject({ speaker: z.enum(['customer', 'trainee']), text, turn: z.number() }),
    ),
    turns: z.array(
      z.looseObject({ turn: z.number(), node: z.string(), choice: z.string(), grade: z.number() }),
    ),
  }),
  steps: z.looseObject({
    attemptId: z.string().min(1),
    index: z.number().int().min(0),
    choiceId: z.string(),
    at: z.number(),
  }),
  snapshots: z.looseObject({
    attemptId: z.string().min(1),
    scenarioId: z.string(),
    choiceCount: z.number(),
  }),
  recordings: z.looseObject({
    key: z.string().min(1),
    scenarioId: z.string().min(1),
    dataUrl: z.string().startsWith('data:audio/'),
    recordedAt: z.number(),
  }),
  scenarios: z.looseObject({
    id: z.string().min(1),
    scenario: scenarioSchema,
    contentHash: z.string(),
    importedAt: z.number(),
  }),
  ...ownedElsewhere(),
} as const;

/**
 * Tables added with schema v4. Most belong to other features, so a row is checked only for its key
 * fields and their types (see records.ts); the rest of the row travels as it is.
 */
function ownedElsewhere() {
  return {
    ledger: z.looseObject({
      profileId: id,
      seq: z.number().int().min(1),
      kind: z.enum(['attempt', 'observation', 'award', 'override', 'quiz']),
      recordId: id,
      recordHash: z.string(),
      prevHash: z.string(),
      hash: z.string(),
      at: time,
    }),
    secrets: z.looseObject({
      role: id,
      salt: z.string(),
      hash: z.string(),
      iterations: z.number().int().min(1),
      recoverySalt: z.string(),
      recoveryHash: z.string(),
      failures: z.number().int().min(0),
      lockouts: z.number().int().min(0),
      lockedUntil: time,
      setAt: time,
    }),
    observations: z.looseObject({ id, profileId: id, scenarioId: z.string(), at: time }),
    groupSessions: z.looseObject({ id, scenarioId: z.string(), startedAt: time }),
    drafts: z.looseObject({ id, updatedAt: time }),
    cohorts: z.looseObject({ id, name: z.string(), profileIds: z.array(z.string()) }),
    assignments: z.looseObject({ id, cohortId: z.string(), scenarioId: z.string(), dueAt: time }),
    overrides: z.looseObject({ id, attemptId: z.string(), profileId: id, total: z.number() }),
    programs: z.looseObject({ version: z.number(), createdAt: time }),
    awards: z.looseObject({ id, profileId: id, level: z.string(), awardedAt: time }),
    quizAttempts: z.looseObject({ id, profileId: id, at: time }),
    profileSummaries: z.looseObject({ profileId: id, lastActivityAt: time }),
    outbox: z.looseObject({ id, queuedAt: time, tries: z.number().int().min(0) }),
    settings: z.looseObject({ key: id }),
  };
}

export const BACKUP_FORMAT = 'complaint-desk-backup';

/** A full backup: every row of every table, as plain JSON (every record is JSON by design). */
export const backupSchema = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  databaseName: z.string(),
  schemaVersion: z.number().int(),
  exportedAt: z.number(),
  tables: z.strictObject({
    profiles: z.array(rowSchemas.profiles),
    attempts: z.array(rowSchemas.attempts),
    steps: z.array(rowSchemas.steps),
    snapshots: z.array(rowSchemas.snapshots),
    /** Added with schema v2; a v1 backup has none. */
    scenarios: z.array(rowSchemas.scenarios).default([]),
    /** Added with schema v3. */
    recordings: z.array(rowSchemas.recordings).default([]),
    /** Added with schema v4. */
    ledger: z.array(rowSchemas.ledger).default([]),
    secrets: z.array(rowSchemas.secrets).default([]),
    observations: z.array(rowSchemas.observations).default([]),
    groupSessions: z.array(rowSchemas.groupSessions).default([]),
    drafts: z.array(rowSchemas.drafts).default([]),
    cohorts: z.array(rowSchemas.cohorts).default([]),
    assignments: z.array(rowSchemas.assignments).default([]),
    overrides: z.array(rowSchemas.overrides).default([]),
    programs: z.array(rowSchemas.programs).default([]),
    awards: z.array(rowSchemas.awards).default([]),
    quizAttempts: z.array(rowSchemas.quizAttempts).default([]),
    profileSummaries: z.array(rowSchemas.profileSummaries).default([]),
    outbox: z.array(rowSchemas.outbox).default([]),
    settings: z.array(rowSchemas.settings).default([]),
  }),
});
export type Backup = z.infer<typeof backupSchema>;
