/**
 * The stored record types. Each is derived from its table's one schema in the engine
 * (src/engine/records), which backups and records bundles check rows against too.
 */
export type {
  AttemptRecord,
  AttemptStatus,
  CueSpot,
  CustomerSnapshot,
  StepRecord,
} from '../engine/records/attempt';
export type {
  AwardRecord,
  ProgramRecord,
  QuizAttemptRecord,
} from '../engine/records/certification';
export type { AssignmentRecord, CohortRecord } from '../engine/records/cohort';
export type { CustomScenarioRecord, RecordingRecord } from '../engine/records/content';
export type { DraftRecord } from '../engine/records/draft';
export type { GroupSessionRecord, GroupTurn } from '../engine/records/group-session';
export type { OutboxRecord, SettingRecord } from '../engine/records/installation';
export type {
  LedgerEntry,
  LedgerKind,
  Provenance,
  ProvenanceStatus,
} from '../engine/records/ledger';
export type { EnrolledMachineRecord } from '../engine/records/machine';
export type { ChecklistMark, ObservationRecord } from '../engine/records/observation';
export type { OrganisationListsRecord } from '../engine/records/organisation-lists';
export type { OverrideRecord } from '../engine/records/override';
export type { ProfileRecord } from '../engine/records/profile';
export type { ProfileSummaryRecord } from '../engine/records/profile-summary';
export type { SecretRecord } from '../engine/records/secret';
