import type { ExpertPath, TranscriptEntry, TurnRecord } from '../engine/attempt-log';
import type { LocalizedText } from '../engine/scenario-schema';
import type { AttemptScore } from '../engine/scoring/score-attempt';
import type { Outcome } from '../engine/vocabulary';
import { database } from './database';
import { StorageRuleError } from './errors';
import type { AttemptRecord, SnapshotRecord } from './records';

export interface NewAttempt {
  profileId: string;
  scenarioId: string;
  scenarioVersion: number;
  contentHash: string;
  scenarioTitle: LocalizedText;
  opening: TranscriptEntry[];
}

/** One reply, with everything it changed about the attempt. */
export interface StepWrite {
  choiceId: string;
  turn: TurnRecord;
  transcript: TranscriptEntry[];
  /** Present when the reply ended the call. */
  ending?: {
    endingId: string;
    outcome: Outcome;
    summary: LocalizedText;
    score: AttemptScore;
    expertPath: ExpertPath;
  };
}

export async function startAttempt(input: NewAttempt): Promise<AttemptRecord> {
  const now = Date.now();
  const attempt: AttemptRecord = {
    id: crypto.randomUUID(),
    profileId: input.profileId,
    scenarioId: input.scenarioId,
    scenarioVersion: input.scenarioVersion,
    contentHash: input.contentHash,
    scenarioTitle: input.scenarioTitle,
    status: 'active',
    startedAt: now,
    updatedAt: now,
    finishedAt: null,
    choices: [],
    transcript: input.opening,
    turns: [],
    endingId: null,
    outcome: null,
    endingSummary: null,
    score: null,
    expertPath: null,
  };
  await database().attempts.add(attempt);
  return attempt;
}

/**
 * Records one reply. The step row and the attempt's new state commit together or not at all, and
 * only while the attempt is open and the step is the next one (a double click cannot record twice).
 */
export async function recordStep(
  attemptId: string,
  index: number,
  write: StepWrite,
): Promise<AttemptRecord> {
  const db = database();
  return db.transaction('rw', db.attempts, db.steps, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) throw new StorageRuleError('attempt-not-found', `no attempt ${attemptId}`);
    if (attempt.status !== 'active') {
      throw new StorageRuleError(
        'attempt-closed',
        `attempt ${attemptId} is ${attempt.status} and read-only`,
      );
    }
    if (index !== attempt.choices.length) {
      throw new StorageRuleError(
        'step-out-of-order',
        `step ${index} given, ${attempt.choices.length} expected`,
      );
    }
    const now = Date.now();
    const updated: AttemptRecord = {
      ...attempt,
      updatedAt: now,
      choices: [...attempt.choices, write.choiceId],
      transcript: [...attempt.transcript, ...write.transcript],
      turns: [...attempt.turns, write.turn],
      ...(write.ending
        ? {
            status: 'finished' as const,
            finishedAt: now,
            endingId: write.ending.endingId,
            outcome: write.ending.outcome,
            endingSummary: write.ending.summary,
            score: write.ending.score,
            expertPath: write.ending.expertPath,
          }
        : {}),
    };
    await db.steps.add({ attemptId, index, choiceId: write.choiceId, at: now });
    await db.attempts.put(updated);
    return updated;
  });
}

/** Leaves an unfinished call; it stays in the history, read-only. */
export async function abandonAttempt(attemptId: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.attempts, db.snapshots, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt || attempt.status !== 'active') return;
    await db.attempts.put({ ...attempt, status: 'abandoned', updatedAt: Date.now() });
    await db.snapshots.delete(attemptId);
  });
}

export function getAttempt(id: string): Promise<AttemptRecord | undefined> {
  return database().attempts.get(id);
}

/** Newest first. */
export function listAttempts(profileId: string): Promise<AttemptRecord[]> {
  return database()
    .attempts.where('[profileId+startedAt]')
    .between([profileId, -Infinity], [profileId, Infinity])
    .reverse()
    .toArray();
}

export function activeAttempts(profileId: string): Promise<AttemptRecord[]> {
  return database().attempts.where('[profileId+status]').equals([profileId, 'active']).toArray();
}

export function recordedChoices(attemptId: string): Promise<string[]> {
  return database()
    .steps.where('attemptId')
    .equals(attemptId)
    .sortBy('index')
    .then((steps) => steps.map((s) => s.choiceId));
}

export async function saveSnapshot(record: Omit<SnapshotRecord, 'savedAt'>): Promise<void> {
  await database().snapshots.put({ ...record, savedAt: Date.now() });
}

export function getSnapshot(attemptId: string): Promise<SnapshotRecord | undefined> {
  return database().snapshots.get(attemptId);
}
