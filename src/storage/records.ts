import type { ExpertPath, TranscriptEntry, TurnRecord } from '../engine/attempt-log';
import type { LocalizedText, Scenario } from '../engine/scenario-schema';
import type { AttemptScore } from '../engine/scoring/score-attempt';
import type { SealedKind } from '../engine/ledger';
import type { ProfileSummary } from '../engine/profile-summary';
import type { Outcome } from '../engine/vocabulary';

/** A trainee. Employee ids (工号) are unique, so records from several machines merge onto one person. */
export interface ProfileRecord {
  id: string;
  name: string;
  employeeId: string;
  createdAt: number;
  /** Where the person works, for HR's roster filters (optional: a trainee need not say). */
  team?: string;
  site?: string;
}

export type AttemptStatus = 'active' | 'finished' | 'abandoned';

/** One call, with everything its debrief needs copied in. */
export interface AttemptRecord {
  id: string;
  profileId: string;
  scenarioId: string;
  scenarioVersion: number;
  /** SHA-256 of the scenario content the call was played on. */
  contentHash: string;
  scenarioTitle: LocalizedText;
  status: AttemptStatus;
  startedAt: number;
  updatedAt: number;
  finishedAt: number | null;
  /** The replies in order: the truth of the attempt. */
  choices: string[];
  transcript: TranscriptEntry[];
  turns: TurnRecord[];
  endingId: string | null;
  outcome: Outcome | null;
  endingSummary: LocalizedText | null;
  score: AttemptScore | null;
  expertPath: ExpertPath | null;
  /** A practice attempt (e.g. retried from a turn of another) never counts toward certification. */
  practice: boolean;
  /** The attempt this one was branched from, and the turn it restarted at. */
  parentAttemptId: string | null;
  branchedAtTurn: number | null;
  /** Replies were timed; a timer running out is recorded as the reply "@timeout". */
  timed: boolean;
  /** When the trainee answered the call, for the handle time. */
  answeredAt: number | null;
  /** The transcript line the trainee marked as revealing the real expectation (once). */
  cueSpot: CueSpot | null;
  /** The customer as the case described them when the call was played. */
  customer: CustomerSnapshot | null;
  /**
   * Set on a certification run: the seed its reply order is shuffled with, so the order survives a
   * reload. Null (or missing, on older rows) for practice.
   */
  certification?: { seed: number } | null;
}

export interface CustomerSnapshot {
  name: LocalizedText;
  surfaceComplaint: LocalizedText;
  realExpectation: LocalizedText;
  startingMood: { anger: number; trust: number };
  agitatedAt: number;
}

export interface CueSpot {
  entry: number;
  correct: boolean;
  at: number;
}

/** One reply as it was recorded, keyed by attempt and position. */
export interface StepRecord {
  attemptId: string;
  index: number;
  choiceId: string;
  at: number;
}

/** A cache of the call machine's persisted snapshot; always checked against the recorded steps. */
export interface SnapshotRecord {
  attemptId: string;
  scenarioId: string;
  scenarioVersion: number;
  contentHash: string;
  choiceCount: number;
  snapshot: unknown;
  savedAt: number;
}

/** A case imported from a pack file, validated before it was stored. */
export interface CustomScenarioRecord {
  id: string;
  scenario: Scenario;
  contentHash: string;
  importedAt: number;
}

/** A trainer's recording of one customer line; `key` is `scenario/node/line` (see lineKey). */
export interface RecordingRecord {
  key: string;
  scenarioId: string;
  /** The audio as a data: URL, so it travels inside pack files unchanged. */
  dataUrl: string;
  recordedAt: number;
}

/** What a ledger entry seals (see SEALED_FIELDS in the engine's ledger for which fields). */
export type LedgerKind = SealedKind;

/**
 * One link of a profile's append-only hash chain: `hash` = SHA-256 over
 * (prevHash, kind, recordId, recordHash), so altering or removing a sealed record breaks the chain.
 */
export interface LedgerEntry {
  profileId: string;
  seq: number;
  kind: LedgerKind;
  recordId: string;
  /** SHA-256 of the record's canonical content when it was sealed. */
  recordHash: string;
  prevHash: string;
  hash: string;
  at: number;
}

/** A role's PIN, stored only as a PBKDF2 hash. `role` is 'trainer', 'hr' or `trainee:<profileId>`. */
export interface SecretRecord {
  role: string;
  salt: string;
  hash: string;
  iterations: number;
  recoverySalt: string;
  recoveryHash: string;
  failures: number;
  /** How many lockouts so far: each one doubles the next. */
  lockouts: number;
  lockedUntil: number;
  setAt: number;
}

/** One item of an observer's checklist during a role-play. */
export interface ChecklistMark {
  itemId: string;
  met: boolean;
  note: string;
}

/** A role-play observed and scored by a trainer; can count toward certification. */
export interface ObservationRecord {
  id: string;
  profileId: string;
  scenarioId: string;
  scenarioVersion: number;
  observerId: string;
  checklist: ChecklistMark[];
  total: number;
  notes: string;
  at: number;
  /** The case's title when observed, so history can name imported cases that are gone. */
  scenarioTitle?: LocalizedText;
}

/** One decision point of a group session: the room's votes and the branch the trainer followed. */
export interface GroupTurn {
  nodeId: string;
  votes: Record<string, number>;
  /** Hot seat: who answered, and with which reply. */
  hotSeat: Array<{ participant: string; choiceId: string }>;
  previewed: string[];
  followed: string;
}

/** A trainer-led session on the projector, kept in history. */
export interface GroupSessionRecord {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  participants: string[];
  turns: GroupTurn[];
  endingId: string | null;
  startedAt: number;
  finishedAt: number | null;
  /** The case's title, for the history list. */
  scenarioTitle?: LocalizedText;
  /** How the room answers: counted votes, or named participants in the hot seat in turn. */
  mode?: 'votes' | 'hot-seat';
  /** The decision point under discussion: saved with every vote so a crash loses nothing. */
  open?: Omit<GroupTurn, 'nodeId' | 'followed'>;
}

/** A case being written in the app; may be invalid until published. */
export interface DraftRecord {
  id: string;
  /** The scenario as edited so far (not yet validated). */
  scenario: unknown;
  /** The version last published from this draft, 0 if never. */
  publishedVersion: number;
  updatedAt: number;
}

/** A trainer's group of trainee profiles. */
export interface CohortRecord {
  id: string;
  name: string;
  profileIds: string[];
  createdAt: number;
}

/** A case assigned to a cohort, due by a date. */
export interface AssignmentRecord {
  id: string;
  cohortId: string;
  scenarioId: string;
  dueAt: number;
  createdAt: number;
}

/** A trainer's grade override, kept beside (never instead of) the attempt's own score. */
export interface OverrideRecord {
  id: string;
  attemptId: string;
  profileId: string;
  originalTotal: number;
  total: number;
  reason: string;
  by: string;
  at: number;
}

/** A version of the certification program as HR configured it. */
export interface ProgramRecord {
  version: number;
  /** The program's criteria as configured (shape owned by the engine's certification module). */
  program: unknown;
  createdAt: number;
}

/** A certification level awarded, with the evidence it was awarded on. */
export interface AwardRecord {
  id: string;
  profileId: string;
  employeeId: string;
  level: string;
  programVersion: number;
  evidence: {
    attemptIds: string[];
    scenarioVersions: Record<string, number>;
    quizAttemptIds: string[];
    observationIds: string[];
  };
  awardedAt: number;
  expiresAt: number;
}

/** One sitting of the knowledge quiz. */
export interface QuizAttemptRecord {
  id: string;
  profileId: string;
  itemIds: string[];
  answers: Record<string, string[]>;
  correct: number;
  total: number;
  /** Percentage correct, 0–100. */
  score: number;
  at: number;
  /** The seed the sitting's items and options were drawn and ordered with. */
  seed?: number;
}

/** Per-profile figures kept current in the same transaction as each finished attempt (HR roster). */
export type ProfileSummaryRecord = ProfileSummary;

/** An xAPI statement waiting to reach the LRS; its id is generated here so resending never duplicates. */
export interface OutboxRecord {
  id: string;
  statement: unknown;
  queuedAt: number;
  tries: number;
  lastError: string | null;
}

/** A setting of this installation (e.g. the LRS endpoint). */
export interface SettingRecord {
  key: string;
  value: unknown;
}
