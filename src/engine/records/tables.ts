import type { z } from 'zod';
import { attemptSchema, stepSchema } from './attempt';
import { awardSchema, programRecordSchema, quizAttemptSchema } from './certification';
import { assignmentSchema, cohortSchema } from './cohort';
import { customScenarioSchema, recordingSchema } from './content';
import { draftSchema } from './draft';
import { groupSessionSchema } from './group-session';
import { outboxSchema, settingSchema } from './installation';
import { ledgerEntrySchema } from './ledger';
import { enrolledMachineSchema } from './machine';
import { observationSchema } from './observation';
import { organisationListsRecordSchema } from './organisation-lists';
import { overrideSchema } from './override';
import { profileSchema } from './profile';
import { profileSummarySchema } from './profile-summary';
import { secretSchema } from './secret';

/**
 * Every table of the database with the one schema of its rows: the database's types, backups and
 * records bundles all read rows through these.
 */
export const TABLE_SCHEMAS = {
  profiles: profileSchema,
  attempts: attemptSchema,
  steps: stepSchema,
  scenarios: customScenarioSchema,
  caseVersions: customScenarioSchema,
  recordings: recordingSchema,
  ledger: ledgerEntrySchema,
  secrets: secretSchema,
  observations: observationSchema,
  groupSessions: groupSessionSchema,
  drafts: draftSchema,
  cohorts: cohortSchema,
  assignments: assignmentSchema,
  overrides: overrideSchema,
  programs: programRecordSchema,
  awards: awardSchema,
  quizAttempts: quizAttemptSchema,
  profileSummaries: profileSummarySchema,
  outbox: outboxSchema,
  settings: settingSchema,
  machines: enrolledMachineSchema,
  organisationLists: organisationListsRecordSchema,
} as const;

export type TableName = keyof typeof TABLE_SCHEMAS;
export const TABLE_NAMES = Object.keys(TABLE_SCHEMAS) as TableName[];
export type RowOf<T extends TableName> = z.infer<(typeof TABLE_SCHEMAS)[T]>;
