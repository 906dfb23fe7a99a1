import { z } from 'zod';
import { id } from '../engine/records/fields';
import { isStoredRow, migrateTables } from '../engine/records/migrations';
import { RECORDS_SCHEMA_VERSION } from '../engine/records/schema-version';
import { TABLE_SCHEMAS as rows } from '../engine/records/tables';

export const BACKUP_FORMAT = 'complaint-desk-backup';
/** 2: a backup has a scope (the whole machine or one person) and never holds PINs or LRS keys. */
export const BACKUP_FORMAT_VERSION = 2;

/** Whose records a backup holds: the whole machine's (HR), or one trainee's own. */
const scopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('profile'), profileId: id }),
]);
export type BackupScope = z.infer<typeof scopeSchema>;

/**
 * Brings a backup's rows from the schema version it declares to today's, before they are checked.
 * A backup from a newer version of the app is left as it is, for the check to refuse.
 */
function migrateBackup(file: unknown): unknown {
  if (!isStoredRow(file) || !isStoredRow(file.tables)) return file;
  const from = file.schemaVersion;
  if (typeof from !== 'number' || from > RECORDS_SCHEMA_VERSION) return file;
  return {
    ...file,
    schemaVersion: RECORDS_SCHEMA_VERSION,
    tables: migrateTables(file.tables, from),
  };
}

/**
 * A full backup: every row of every table, as plain JSON (every record is JSON by design). Its
 * rows are migrated from the declared schema version, then each is checked in full against its
 * table's one schema before anything is written.
 */
export const backupSchema = z.preprocess(
  migrateBackup,
  z.looseObject({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.union([z.literal(1), z.literal(BACKUP_FORMAT_VERSION)]),
    databaseName: z.string(),
    schemaVersion: z.number().int().min(1).max(RECORDS_SCHEMA_VERSION),
    exportedAt: z.number(),
    /** Format 1 backups were always of the whole machine. */
    scope: scopeSchema.default({ kind: 'all' }),
    tables: z.strictObject({
      profiles: z.array(rows.profiles),
      attempts: z.array(rows.attempts),
      steps: z.array(rows.steps),
      /** Added with schema v2; a v1 backup has none. */
      scenarios: z.array(rows.scenarios).default([]),
      /** Added with schema v3. */
      recordings: z.array(rows.recordings).default([]),
      /** Added with schema v4. */
      ledger: z.array(rows.ledger).default([]),
      /** Only format 1 backups held PIN hashes; they are read, and never restored. */
      secrets: z.array(rows.secrets).default([]),
      observations: z.array(rows.observations).default([]),
      groupSessions: z.array(rows.groupSessions).default([]),
      drafts: z.array(rows.drafts).default([]),
      cohorts: z.array(rows.cohorts).default([]),
      assignments: z.array(rows.assignments).default([]),
      overrides: z.array(rows.overrides).default([]),
      programs: z.array(rows.programs).default([]),
      awards: z.array(rows.awards).default([]),
      quizAttempts: z.array(rows.quizAttempts).default([]),
      profileSummaries: z.array(rows.profileSummaries).default([]),
      outbox: z.array(rows.outbox).default([]),
      settings: z.array(rows.settings).default([]),
      /** Added with schema v6. */
      machines: z.array(rows.machines).default([]),
      /** Added with schema v7. */
      organisationLists: z.array(rows.organisationLists).default([]),
      /** Added with schema v9; a restore keeps every current case as one of its versions too. */
      caseVersions: z.array(rows.caseVersions).default([]),
    }),
  }),
);
export type Backup = z.infer<typeof backupSchema>;

/** The tables a backup carries and a restore replaces: every table but the PINs' hashes. */
export const BACKUP_TABLES = [
  'profiles',
  'attempts',
  'steps',
  'scenarios',
  'recordings',
  'ledger',
  'observations',
  'groupSessions',
  'drafts',
  'cohorts',
  'assignments',
  'overrides',
  'programs',
  'awards',
  'quizAttempts',
  'profileSummaries',
  'outbox',
  'settings',
  'machines',
  'organisationLists',
  'caseVersions',
] as const satisfies readonly Exclude<keyof Backup['tables'], 'secrets'>[];
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** The tables of one person's own records, which a personal backup holds and nothing else. */
export const PERSONAL_TABLES: readonly BackupTable[] = [
  'profiles',
  'attempts',
  'steps',
  'ledger',
  'observations',
  'overrides',
  'awards',
  'quizAttempts',
  'profileSummaries',
];
