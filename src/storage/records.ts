import type { ExpertPath, TranscriptEntry, TurnRecord } from '../engine/attempt-log';
import type { LocalizedText, Scenario } from '../engine/scenario-schema';
import type { AttemptScore } from '../engine/scoring/score-attempt';
import type { Outcome } from '../engine/vocabulary';

/** A trainee. Employee ids (工号) are unique, so records from several machines merge onto one person. */
export interface ProfileRecord {
  id: string;
  name: string;
  employeeId: string;
  createdAt: number;
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
