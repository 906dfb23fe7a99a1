import { z } from 'zod';
import { scenarioSchema } from '../engine/scenario-schema';

const text = z.looseObject({ 'zh-CN': z.string(), en: z.string() });

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
} as const;

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
  }),
});
export type Backup = z.infer<typeof backupSchema>;
