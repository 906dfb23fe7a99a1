import type { ReplyMode } from '../engine/detect/typed-reply';
import type { ExpertPath, TranscriptEntry, TurnRecord } from '../engine/attempt-log';
import type { LocalizedText } from '../engine/scenario-schema';
import type { AttemptScore } from '../engine/scoring/score-attempt';
import type { Outcome } from '../engine/vocabulary';
import { database, type ComplaintDeskDatabase } from './database';
import { StorageRuleError } from './errors';
import { sealRecord } from './ledger';
import { countFinishedAttempt, recountProfile } from './profile-summaries';
import type { AttemptRecord, CueSpot, CustomerSnapshot } from './records';

export interface NewAttempt {
  profileId: string;
  scenarioId: string;
  scenarioVersion: number;
  contentHash: string;
  /** The version of the scoring model that grades the call (the engine's SCORING_MODEL_VERSION). */
  scoringModel: number;
  scenarioTitle: LocalizedText;
  opening: TranscriptEntry[];
  practice: boolean;
  timed: boolean;
  parentAttemptId: string | null;
  branchedAtTurn: number | null;
  customer: CustomerSnapshot;
  certification?: { seed: number } | null;
  /** Written only when 'type': an attempt without it was a call of chosen replies. */
  replyMode?: ReplyMode;
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

/**
 * Opens a new attempt. `prefix` replays earlier replies into it (a retry from a turn); the attempt
 * and all its prefix steps are written together or not at all.
 */
export async function startAttempt(
  input: NewAttempt,
  prefix: readonly StepWrite[] = [],
): Promise<AttemptRecord> {
  const now = Date.now();
  let attempt: AttemptRecord = {
    id: crypto.randomUUID(),
    profileId: input.profileId,
    scenarioId: input.scenarioId,
    scenarioVersion: input.scenarioVersion,
    contentHash: input.contentHash,
    scoringModel: input.scoringModel,
    scenarioTitle: input.scenarioTitle,
    practice: input.practice,
    timed: input.timed,
    parentAttemptId: input.parentAttemptId,
    branchedAtTurn: input.branchedAtTurn,
    answeredAt: prefix.length > 0 ? now : null,
    cueSpot: null,
    customer: input.customer,
    certification: input.certification ?? null,
    ...(input.replyMode === 'type' ? { replyMode: 'type' as const } : {}),
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
  for (const write of prefix) attempt = applyStep(attempt, write, now);
  const steps = prefix.map((write, index) => ({
    attemptId: attempt.id,
    index,
    choiceId: write.choiceId,
    at: now,
  }));
  const db = database();
  await db.transaction('rw', db.attempts, db.steps, db.ledger, async () => {
    await db.steps.bulkAdd(steps);
    await db.attempts.add(attempt);
    if (attempt.status !== 'active') await sealRecord('attempt', attempt.profileId, attempt);
  });
  return attempt;
}

function applyStep(attempt: AttemptRecord, write: StepWrite, now: number): AttemptRecord {
  return {
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
}

/** Every table a recorded reply writes; a caller wrapping recordStep in its own transaction needs them all. */
export const stepTables = (db: ComplaintDeskDatabase) => [
  db.attempts,
  db.steps,
  db.ledger,
  db.profileSummaries,
];

/**
 * Records one reply. The step row and the attempt's new state commit together or not at all, and
 * only while the attempt is open and the step is the next one (a double click cannot record twice).
 * The reply that ends the call also seals the finished attempt into its profile's chain, in the
 * same transaction.
 */
export async function recordStep(
  attemptId: string,
  index: number,
  write: StepWrite,
): Promise<AttemptRecord> {
  const db = database();
  // The finished call's seal and the person's roster summary change in the same transaction.
  const committed = await db.transaction('rw', stepTables(db), async () => {
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
    const updated = applyStep(attempt, write, now);
    await db.steps.add({ attemptId, index, choiceId: write.choiceId, at: now });
    await db.attempts.put(updated);
    if (updated.status !== 'active') await sealRecord('attempt', updated.profileId, updated);
    await countFinishedAttempt(updated);
    return updated;
  });
  return committed;
}

/** Marked when a reply's transaction has committed, so the benchmark can time saves. */
export const STEP_COMMITTED_MARK = 'complaint-desk:step-committed';

/** Leaves an unfinished call; it stays in the history, read-only, and sealed. */
export async function abandonAttempt(attemptId: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.attempts, db.ledger, async () => {
    const stored = await db.attempts.get(attemptId);
    if (!stored || stored.status !== 'active') return;
    const abandoned = { ...stored, status: 'abandoned' as const, updatedAt: Date.now() };
    await db.attempts.put(abandoned);
    await sealRecord('attempt', abandoned.profileId, abandoned);
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

/** Notes when the trainee picked up, once. */
export async function markAnswered(attemptId: string): Promise<void> {
  const db = database();
  await db.transaction('rw', db.attempts, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt || attempt.status !== 'active' || attempt.answeredAt) return;
    await db.attempts.put({ ...attempt, answeredAt: Date.now() });
  });
}

/**
 * Records the line the trainee marked as the key cue. Only the first mark counts, during the call
 * or after it; `rescore` recomputes a finished call's score with the mark included, and a call
 * that is already sealed is sealed again (a new link; the old one stays).
 */
export async function recordCueSpot(
  attemptId: string,
  spot: Omit<CueSpot, 'at'>,
  rescore: (attempt: AttemptRecord, spot: CueSpot) => AttemptScore | null,
): Promise<AttemptRecord> {
  const db = database();
  return db.transaction(
    'rw',
    [db.attempts, db.ledger, db.overrides, db.profileSummaries],
    async () => {
      const attempt = await db.attempts.get(attemptId);
      if (!attempt) throw new StorageRuleError('attempt-not-found', `no attempt ${attemptId}`);
      if (attempt.cueSpot) return attempt;
      const cueSpot = { ...spot, at: Date.now() };
      const updated = { ...attempt, cueSpot, score: attempt.score && rescore(attempt, cueSpot) };
      await db.attempts.put(updated);
      if (updated.status !== 'active') await sealRecord('attempt', updated.profileId, updated);
      // The roster's figures follow the new score at once.
      if (updated.status === 'finished') await recountProfile(updated.profileId);
      return updated;
    },
  );
}

export function recordedChoices(attemptId: string): Promise<string[]> {
  return database()
    .steps.where('attemptId')
    .equals(attemptId)
    .sortBy('index')
    .then((steps) => steps.map((s) => s.choiceId));
}

/**
 * Changes a call's setting before its first reply; afterwards (or once the call is over) the call
 * keeps what it had, and is returned as it stands.
 */
function changeBeforeFirstReply(
  attemptId: string,
  change: (attempt: AttemptRecord) => AttemptRecord,
): Promise<AttemptRecord | undefined> {
  const db = database();
  return db.transaction('rw', db.attempts, async () => {
    const attempt = await db.attempts.get(attemptId);
    if (!attempt) return undefined;
    if (attempt.status !== 'active' || attempt.choices.length > 0) return attempt;
    const updated = change(attempt);
    await db.attempts.put(updated);
    return updated;
  });
}

/**
 * Switches between chosen and typed replies before the first reply. 'choose' is written as no
 * field at all, as every call before the mode existed.
 */
export function setReplyMode(
  attemptId: string,
  mode: ReplyMode,
): Promise<AttemptRecord | undefined> {
  return changeBeforeFirstReply(attemptId, ({ replyMode: _was, ...rest }) =>
    mode === 'type' ? { ...rest, replyMode: 'type' } : rest,
  );
}

/** Switches the reply timer before the first reply. */
export function setTimed(attemptId: string, timed: boolean): Promise<AttemptRecord | undefined> {
  return changeBeforeFirstReply(attemptId, (attempt) => ({ ...attempt, timed }));
}
