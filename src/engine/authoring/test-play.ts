import { endingOf, startCall, type CallProgress, type Turn } from '../call-progress';
import { callAt, reply } from '../conversation';
import type { EndingNode, Scenario } from '../scenario-schema';
import { settlePromises, stageOpeningAt } from '../stages';
import { errorMessage } from '../error-message';

/** An author's trial call through a draft, from any node. */
export interface TestPlay {
  from: string;
  /** What the call is taken to have established at `from`, so both sides of a fact can be tried. */
  startFacts: string[];
  /** The facts held as the trial began: `startFacts`, with a stage opening there settling its promises. */
  heldAtStart: string[];
  progress: CallProgress;
  turns: Turn[];
  ending: EndingNode | null;
  /** Why the last reply could not be played (e.g. it leads nowhere yet). */
  stuck: string | null;
  /**
   * The stage whose card stands between the last reply and its first line (the time that passed,
   * the next contact), until the author continues; null within a contact.
   */
  interlude: string | null;
}

/**
 * Starts a trial call at `nodeId`, with the customer in their starting mood and `facts` held. At
 * the opening of a later stage the promises it checks are settled from those facts, as a call
 * reaching it would settle them, so the author can try a kept and a broken promise.
 */
export function startTestPlay(
  draft: Scenario,
  nodeId: string,
  facts: readonly string[] = [],
): TestPlay {
  const opening = stageOpeningAt(draft, nodeId);
  const held = opening ? settlePromises(opening, facts) : [...facts];
  const progress = { ...startCall(draft), nodeId, facts: held };
  return {
    from: nodeId,
    startFacts: [...facts],
    heldAtStart: held,
    progress,
    turns: [],
    ending: endingOf(draft, progress),
    stuck: null,
    interlude: null,
  };
}

/** The author has read the stage card: the next contact begins. */
export const continueStage = (play: TestPlay): TestPlay => ({ ...play, interlude: null });

/**
 * Plays one reply through the draft's compiled machine: the same routing, grading, mood and
 * promises settled at a new stage as a trainee's call.
 */
export function playReply(draft: Scenario, play: TestPlay, choiceId: string): TestPlay {
  try {
    const call = reply(draft, callAt(draft, play.progress.nodeId, play.progress), choiceId);
    const { progress } = call.context;
    const exists = draft.nodes.some((n) => n.id === progress.nodeId);
    if (!exists) return { ...play, stuck: `no node has the id "${progress.nodeId}"` };
    return {
      ...play,
      progress,
      turns: [...play.turns, call.context.turns.at(-1)!],
      ending: endingOf(draft, progress),
      stuck: null,
      interlude: stageOpeningAt(draft, progress.nodeId)?.id ?? null,
    };
  } catch (error) {
    return { ...play, stuck: errorMessage(error) };
  }
}
