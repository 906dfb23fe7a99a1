import { outcomeOf, startCall, takeTurn, type CallProgress, type Turn } from './call-progress';
import type { Scenario } from './scenario-schema';
import { scoreAttempt, type AttemptExtras, type AttemptScore } from './scoring/score-attempt';
import type { Outcome } from './vocabulary';

export interface Replay {
  turns: Turn[];
  progress: CallProgress;
  complete: boolean;
  outcome: Outcome | null;
  score: AttemptScore;
}

/**
 * Plays a recorded list of replies from the start. The list is the truth of an attempt; everything
 * else about it can be rebuilt from here. Throws UnavailableChoiceError on a reply the call does
 * not offer at that point.
 */
export function replayChoices(
  scenario: Scenario,
  choiceIds: readonly string[],
  extras: AttemptExtras = {},
): Replay {
  let progress = startCall(scenario);
  const turns: Turn[] = [];
  for (const id of choiceIds) {
    const step = takeTurn(scenario, progress, id);
    progress = step.progress;
    turns.push(step.turn);
  }
  const outcome = outcomeOf(scenario, progress);
  return {
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
