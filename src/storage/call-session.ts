import { expertPath, openingTranscript, turnRecord, turnTranscript } from '../engine/attempt-log';
import { endingOf, takeTurn, type CallProgress } from '../engine/call-progress';
import { contentHash } from '../engine/content-hash';
import { replayChoices } from '../engine/replay';
import type { Scenario } from '../engine/scenario-schema';
import {
  getAttempt,
  getSnapshot,
  recordedChoices,
  recordStep,
  saveSnapshot,
  startAttempt,
} from './attempts';
import { StorageRuleError } from './errors';
import type { AttemptRecord } from './records';

const hashes = new WeakMap<Scenario, string>();

/** The content hash of a scenario, computed once per loaded scenario. */
export function scenarioHash(scenario: Scenario): string {
  let hash = hashes.get(scenario);
  if (!hash) {
    hash = contentHash(scenario);
    hashes.set(scenario, hash);
  }
  return hash;
}

export function beginCall(profileId: string, scenario: Scenario): Promise<AttemptRecord> {
  return startAttempt({
    profileId,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    contentHash: scenarioHash(scenario),
    scenarioTitle: scenario.title,
    opening: openingTranscript(scenario),
  });
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
  const choices = await recordedChoices(attempt.id);
  if (!scenario) return { kind: 'read-only', reason: 'restart-needed' };
  const hash = scenarioHash(scenario);
  if (hash !== attempt.contentHash) {
    try {
      replayChoices(scenario, choices);
    } catch {
      return { kind: 'read-only', reason: 'restart-needed' };
    }
    return { kind: 'replay', choices };
  }
  const snapshot = await getSnapshot(attempt.id);
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

/**
 * Grades and records one reply before the customer's answer is shown. Returns the attempt as
 * stored, which is what the call screen displays.
 */
export async function recordReply(
  attempt: AttemptRecord,
  scenario: Scenario,
  progress: CallProgress,
  choiceId: string,
): Promise<AttemptRecord> {
  const { turn, progress: after } = takeTurn(scenario, progress, choiceId);
  const number = attempt.choices.length + 1;
  const ending = endingOf(scenario, after);
  return recordStep(attempt.id, attempt.choices.length, {
    choiceId,
    turn: turnRecord(scenario, turn, number),
    transcript: turnTranscript(scenario, turn, number),
    ...(ending
      ? {
          ending: {
            endingId: ending.id,
            outcome: ending.outcome,
            summary: ending.summary,
            score: replayChoices(scenario, [...attempt.choices, choiceId]).score,
            expertPath: expertPath(scenario),
          },
        }
      : {}),
  });
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
    contentHash: scenarioHash(scenario),
    choiceCount: attempt.choices.length,
    snapshot,
  });
}

export async function requireAttempt(id: string): Promise<AttemptRecord> {
  const attempt = await getAttempt(id);
  if (!attempt) throw new StorageRuleError('attempt-not-found', `no attempt ${id}`);
  return attempt;
}
