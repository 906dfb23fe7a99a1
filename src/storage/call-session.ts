import { expertPath, openingTranscript, turnRecord, turnTranscript } from '../engine/attempt-log';
import {
  endingOf,
  endingSummary,
  startCall,
  takeTurn,
  type CallProgress,
} from '../engine/call-progress';
import { contentHash } from '../engine/content-hash';
import { isKeyCue } from '../engine/cue-moment';
import { agitationThreshold } from '../engine/mood';
import { replayChoices } from '../engine/replay';
import type { Scenario } from '../engine/scenario-schema';
import { scoreAttempt } from '../engine/scoring/score-attempt';
import {
  getSnapshot,
  recordCueSpot,
  recordedChoices,
  saveSnapshot,
  startAttempt,
  type StepWrite,
} from './attempts';
import { StorageRuleError } from './errors';
import { recordStepAndStatements } from './step-statements';
import type { AttemptRecord, CueSpot } from './records';

const hashes = new WeakMap<Scenario, Promise<string>>();

/** The content hash of a scenario, computed once per loaded scenario. */
export function scenarioHash(scenario: Scenario): Promise<string> {
  let hash = hashes.get(scenario);
  if (!hash) {
    hash = contentHash(scenario);
    hashes.set(scenario, hash);
  }
  return hash;
}

/** By default the reply timer is on from difficulty 3: beginners first learn without pressure. */
export const timedByDefault = (scenario: Scenario) => scenario.difficulty >= 3;

export interface CallOptions {
  /** Start a practice attempt from this turn of an earlier attempt, replaying the turns before it. */
  retryFrom?: { attempt: AttemptRecord; turn: number };
  /**
   * A certification run: replies shuffled with this stored seed, no learning aids, and it is never
   * a retry (a run always starts from the first turn).
   */
  certification?: { seed: number };
}

export async function beginCall(
  profileId: string,
  scenario: Scenario,
  options: CallOptions = {},
): Promise<AttemptRecord> {
  const retry = options.retryFrom;
  if (retry && options.certification) {
    throw new StorageRuleError('attempt-closed', 'a certification run cannot start from a turn');
  }
  let prefix: StepWrite[] = [];
  if (retry) {
    if (retry.attempt.contentHash !== (await scenarioHash(scenario))) {
      throw new StorageRuleError(
        'attempt-closed',
        'the case has changed since that call; start it afresh',
      );
    }
    prefix = buildSteps(scenario, retry.attempt.choices.slice(0, Math.max(0, retry.turn - 1)));
  }
  return startAttempt(
    {
      profileId,
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      contentHash: await scenarioHash(scenario),
      scenarioTitle: scenario.title,
      opening: openingTranscript(scenario),
      practice: retry !== undefined,
      timed: retry?.attempt.timed ?? timedByDefault(scenario),
      certification: options.certification ?? null,
      parentAttemptId: retry?.attempt.id ?? null,
      branchedAtTurn: retry?.turn ?? null,
      customer: {
        name: scenario.persona.name,
        surfaceComplaint: scenario.persona.surfaceComplaint,
        realExpectation: scenario.persona.realExpectation,
        startingMood: scenario.persona.startingMood,
        agitatedAt: agitationThreshold(scenario.persona),
      },
    },
    prefix,
  );
}

/** How to bring a saved call back to life. */
export type CallRestore =
  | { kind: 'snapshot'; snapshot: unknown; choices: string[] }
  | { kind: 'replay'; choices: string[] }
  | { kind: 'read-only'; reason: 'finished' | 'abandoned' | 'restart-needed' };

/**
 * Decides how to resume an attempt. The recorded steps are the truth; the snapshot is used only
 * when it was taken on the same scenario content after exactly those steps.
 */
export async function planRestore(
  attempt: AttemptRecord,
  scenario: Scenario | undefined,
): Promise<CallRestore> {
  if (attempt.status !== 'active') return { kind: 'read-only', reason: attempt.status };
  if (!scenario) return { kind: 'read-only', reason: 'restart-needed' };
  // Independent reads, in parallel: resuming a call is on the way to the trainee's first choice.
  const [choices, hash, snapshot] = await Promise.all([
    recordedChoices(attempt.id),
    scenarioHash(scenario),
    getSnapshot(attempt.id),
  ]);
  if (hash !== attempt.contentHash) {
    // The case changed since the call was saved: it can go on only if every recorded reply is
    // still offered and still leaves the call open (an ending reached only in the new version was
    // never graded or recorded).
    try {
      if (replayChoices(scenario, choices).complete) {
        return { kind: 'read-only', reason: 'restart-needed' };
      }
    } catch {
      return { kind: 'read-only', reason: 'restart-needed' };
    }
    return { kind: 'replay', choices };
  }
  const usable =
    snapshot &&
    snapshot.scenarioId === scenario.id &&
    snapshot.scenarioVersion === scenario.version &&
    snapshot.contentHash === hash &&
    snapshot.choiceCount === choices.length;
  return usable
    ? { kind: 'snapshot', snapshot: snapshot.snapshot, choices }
    : { kind: 'replay', choices };
}

/** Everything one reply writes, graded by the engine. */
function stepWrite(
  scenario: Scenario,
  progress: CallProgress,
  before: readonly string[],
  choiceId: string,
  cueSpot: CueSpot | null,
): { write: StepWrite; progress: CallProgress } {
  const { turn, progress: after } = takeTurn(scenario, progress, choiceId);
  const number = before.length + 1;
  const ending = endingOf(scenario, after);
  const extras = cueSpot ? { cueSpotted: cueSpot.correct } : {};
  const write: StepWrite = {
    choiceId,
    turn: turnRecord(scenario, turn, number),
    transcript: turnTranscript(scenario, turn, number),
    ...(ending
      ? {
          ending: {
            endingId: ending.id,
            outcome: ending.outcome,
            summary: endingSummary(ending, choiceId),
            score: replayChoices(scenario, [...before, choiceId], extras).score,
            expertPath: expertPath(scenario),
          },
        }
      : {}),
  };
  return { write, progress: after };
}

function buildSteps(scenario: Scenario, choices: readonly string[]): StepWrite[] {
  let progress = startCall(scenario);
  return choices.map((choiceId, i) => {
    const step = stepWrite(scenario, progress, choices.slice(0, i), choiceId, null);
    progress = step.progress;
    return step.write;
  });
}

/**
 * Grades and records one reply (or "@timeout") before the customer's answer is shown. Returns the
 * attempt as stored, which is what the call screen displays.
 */
export function recordReply(
  attempt: AttemptRecord,
  scenario: Scenario,
  progress: CallProgress,
  choiceId: string,
): Promise<AttemptRecord> {
  const { write } = stepWrite(scenario, progress, attempt.choices, choiceId, attempt.cueSpot);
  return recordStepAndStatements(attempt, scenario, write);
}

/** The trainee marks a transcript line as the one that revealed the real expectation. */
export function spotCue(attempt: AttemptRecord, entry: number): Promise<AttemptRecord> {
  return recordCueSpot(
    attempt.id,
    { entry, correct: isKeyCue(attempt.transcript, entry) },
    (stored, spot) =>
      stored.score
        ? scoreAttempt(stored.turns, stored.outcome, { cueSpotted: spot.correct })
        : null,
  );
}

export async function cacheSnapshot(
  attempt: AttemptRecord,
  scenario: Scenario,
  snapshot: unknown,
): Promise<void> {
  if (attempt.status !== 'active') return;
  await saveSnapshot({
    attemptId: attempt.id,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    contentHash: await scenarioHash(scenario),
    choiceCount: attempt.choices.length,
    snapshot,
  });
}
