import type { ReplyMode } from '../engine/detect/typed-reply';
import type { ExpertPath, TranscriptEntry, TurnRecord } from '../engine/attempt-log';
import type { LocalizedText } from '../engine/scenario-schema';
import type { AttemptScore } from '../engine/scoring/score-attempt';
import type { Outcome } from '../engine/vocabulary';
import { contentHash } from '../engine/content-hash';
import { recordHash, type SealableRecord } from '../engine/ledger';
import { database, type ComplaintDeskDatabase } from './database';
import { StorageRuleError } from './errors';
import { sealRecord } from './ledger';
import { overridesOfCalls } from './overrides';
import { recountProfile } from './profile-summaries';
import type { AttemptRecord, CueSpot, CustomerSnapshot, OverrideRecord } from './records';

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

export function applyStep(attempt: AttemptRecord, write: StepWrite, now: number): AttemptRecord {
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

/** Every table a recorded reply writes (its step, the attempt, a finished call's seal and roster row). */
export const stepTables = (db: ComplaintDeskDatabase) => [
  db.attempts,
  db.steps,
  db.ledger,
  db.profileSummaries,
];

/**
 * One reply worked out before its transaction opens: the attempt as it was read for the reply,
 * the attempt after it, and — when the reply ends the call — the hash its seal covers, through
 * WebCrypto (awaiting it inside the transaction would commit the transaction early).
 */
export interface PreparedStep {
  /** The attempt as stored when the reply was made. */
  basis: AttemptRecord;
  /** Which step this is: the number of replies the trainee saw recorded (a double click repeats it). */
  index: number;
  write: StepWrite;
  at: number;
  updated: AttemptRecord;
  /** SHA-256 of the finished attempt's canonical JSON (seal 2); null while the call goes on. */
  sealedHash: string | null;
}

export async function prepareStep(
  basis: AttemptRecord,
  index: number,
  write: StepWrite,
): Promise<PreparedStep> {
  checkOpen(basis, index);
  const at = Date.now();
  const updated = applyStep(basis, write, at);
  const sealedHash = updated.status === 'active' ? null : await contentHash(updated);
  return { basis, index, write, at, updated, sealedHash };
}

function checkOpen(attempt: AttemptRecord | undefined, index: number, id = attempt?.id) {
  if (!attempt) throw new StorageRuleError('attempt-not-found', `no attempt ${id}`);
  if (attempt.status !== 'active') {
    throw new StorageRuleError(
      'attempt-closed',
      `attempt ${attempt.id} is ${attempt.status} and read-only`,
    );
  }
  if (index !== attempt.choices.length) {
    throw new StorageRuleError(
      'step-out-of-order',
      `step ${index} given, ${attempt.choices.length} expected`,
    );
  }
}

/**
 * Inside the reply's transaction, given the attempt as stored now: the step may be recorded only
 * while the attempt is open and the step is the next one (a double click cannot record twice).
 * Usually nothing changed since the reply was prepared and its work is used as it is; if the
 * attempt did change meanwhile (the pick-up noted, the timer switched), the step is applied to
 * the attempt as it now stands and its seal hashed here, synchronously.
 */
export function checkedStep(
  current: AttemptRecord | undefined,
  step: PreparedStep,
): { updated: AttemptRecord; sealedHash: string | null } {
  checkOpen(current, step.index, step.basis.id);
  // The reply's seal and statements were read for the trainee the screen named: a call stored
  // under someone else (a record handed in, never a real call — its owner never changes) is not it.
  if (current!.profileId !== step.basis.profileId)
    throw new StorageRuleError(
      'attempt-not-found',
      `attempt ${step.basis.id} is not this trainee's`,
    );
  if (sameValue(current, step.basis)) return step;
  const updated = applyStep(current!, step.write, step.at);
  return {
    updated,
    sealedHash:
      updated.status === 'active'
        ? null
        : recordHash('attempt', updated as unknown as SealableRecord),
  };
}

/** Structural equality of two records as IndexedDB returns them (plain data, no cycles). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * Marked when a reply's transaction has committed, so the benchmark can time saves; only the
 * latest stays on the timeline, so a PerformanceObserver of marks is what sees them all.
 */
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

/** A trainee's calls, oldest first, through the [profileId+startedAt] index. */
const callsOf = (profileId: string) =>
  database()
    .attempts.where('[profileId+startedAt]')
    .between([profileId, -Infinity], [profileId, Infinity]);

/** Newest first. */
export function listAttempts(profileId: string): Promise<AttemptRecord[]> {
  return callsOf(profileId).reverse().toArray();
}

/** A trainee's calls still in progress, through the [profileId+status] index. */
export function activeAttempts(profileId: string): Promise<AttemptRecord[]> {
  return database().attempts.where('[profileId+status]').equals([profileId, 'active']).toArray();
}

/**
 * One page of a trainee's calls, newest first — `limit` calls after the newest `offset` — with
 * trainers' overrides of them, and how many calls there are in all, counted from the index: a long
 * history is never read whole for a screen.
 */
export async function attemptsPage(
  profileId: string,
  offset: number,
  limit: number,
): Promise<{ attempts: AttemptRecord[]; overrides: OverrideRecord[]; total: number }> {
  const [total, attempts] = await Promise.all([
    callsOf(profileId).count(),
    callsOf(profileId).reverse().offset(offset).limit(limit).toArray(),
  ]);
  const overrides = await overridesOfCalls(attempts.map((a) => a.id));
  return { attempts, overrides, total };
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
