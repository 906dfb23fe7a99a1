import { outcomeOf, type CallProgress, type Turn } from './call-progress';
import { answeredCall, hasEnded, type CallSnapshot } from './conversation';
import type { Scenario } from './scenario-schema';
import { scoreAttempt, type AttemptExtras, type AttemptScore } from './scoring/score-attempt';
import { replayReply, type RecordedReply, type ReplayOptions } from './typed-turn';
import type { Outcome } from './vocabulary';

export interface Replay {
  /** Where the call's machine stands after the replies. */
  snapshot: CallSnapshot;
  turns: Turn[];
  progress: CallProgress;
  complete: boolean;
  outcome: Outcome | null;
  score: AttemptScore;
}

/**
 * Plays a recorded list of replies from the start, through the call's machine. The list is the
 * truth of an attempt; everything else about it can be rebuilt from here. Throws
 * UnavailableChoiceError on a reply the call does not offer at that point, and TypedTurnError on a
 * typed reply whose words do not re-derive as recorded (see typed-turn.ts).
 */
export function replayChoices(
  scenario: Scenario,
  replies: readonly (string | RecordedReply)[],
  extras: AttemptExtras = {},
  options: ReplayOptions = { certification: false },
): Replay {
  let snapshot = answeredCall(scenario);
  for (const recorded of replies) snapshot = replayReply(scenario, snapshot, recorded, options);
  return summarizeCall(scenario, snapshot, extras);
}

/** What a call's machine state says about the call: its turns, outcome and score. */
export function summarizeCall(
  scenario: Scenario,
  snapshot: CallSnapshot,
  extras: AttemptExtras = {},
): Replay {
  const { progress, turns } = snapshot.context;
  const outcome = hasEnded(snapshot) ? outcomeOf(scenario, progress) : null;
  return {
    snapshot,
    turns,
    progress,
    complete: outcome !== null,
    outcome,
    score: scoreAttempt(
      turns.map((t) => t.grade),
      outcome,
      extras,
    ),
  };
}
