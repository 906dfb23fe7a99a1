import { UnavailableChoiceError, type Turn } from '../call-progress';
import { replayChoices, type Replay } from '../replay';
import { indexScenario } from '../scenario-index';
import type { Scenario } from '../scenario-schema';

/**
 * Plays the corpus's items through replayChoices, the path every call of the app and `sim play`
 * takes, so an item is graded exactly as a trainee's reply would be. An item the case cannot play
 * comes back with the reply where it broke and why.
 */

export type Unplayable = { ok: false; atChoice: string | null; reason: string };
export type Played<T> = { ok: true } & T;

function replay(
  scenario: Scenario,
  choices: readonly string[],
): Played<{ replay: Replay }> | Unplayable {
  try {
    return { ok: true, replay: replayChoices(scenario, choices) };
  } catch (error) {
    if (error instanceof UnavailableChoiceError) {
      return { ok: false, atChoice: error.choiceId, reason: error.message };
    }
    throw error;
  }
}

/** Where the prefix leaves the call, checked against the decision point the grade assumes. */
function callAfter(
  scenario: Scenario,
  prefix: readonly string[],
  node: string | null,
  next: string,
): Played<{ node: string }> | Unplayable {
  if (node !== null && indexScenario(scenario).node(node)?.kind !== 'decision') {
    return { ok: false, atChoice: next, reason: `the case has no decision point "${node}"` };
  }
  const before = replay(scenario, prefix);
  if (!before.ok) return before;
  const at = before.replay.progress.nodeId;
  if (node !== null && at !== node) {
    return {
      ok: false,
      atChoice: next,
      reason: `after the prefix the call is at "${at}", not at "${node}"`,
    };
  }
  return { ok: true, node: at };
}

/** The turn a reply plays after `prefix`; `node` (when given) is where the grade says it is. */
export function playReply(
  scenario: Scenario,
  prefix: readonly string[],
  choice: string,
  node: string | null = null,
): Played<{ node: string; turn: Turn }> | Unplayable {
  const before = callAfter(scenario, prefix, node, choice);
  if (!before.ok) return before;
  const after = replay(scenario, [...prefix, choice]);
  if (!after.ok) return after;
  return { ok: true, node: before.node, turn: after.replay.turns.at(-1)! };
}

/** A whole call; one that has not ended after its last reply cannot be scored as a call. */
export function playTranscript(
  scenario: Scenario,
  choices: readonly string[],
): Played<{ replay: Replay }> | Unplayable {
  const played = replay(scenario, choices);
  if (!played.ok || played.replay.complete) return played;
  return {
    ok: false,
    atChoice: null,
    reason: `the call has not ended after its ${choices.length} replies (it is at "${played.replay.progress.nodeId}")`,
  };
}
