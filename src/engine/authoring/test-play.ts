import { endingOf, startCall, type CallProgress, type Turn } from '../call-progress';
import { callAt, reply } from '../conversation';
import type { EndingNode, Scenario } from '../scenario-schema';

/** An author's trial call through a draft, from any node. */
export interface TestPlay {
  from: string;
  /** What the call is taken to have established at `from`, so both sides of a fact can be tried. */
  startFacts: string[];
  progress: CallProgress;
  turns: Turn[];
  ending: EndingNode | null;
  /** Why the last reply could not be played (e.g. it leads nowhere yet). */
  stuck: string | null;
}

/** Starts a trial call at `nodeId`, with the customer in their starting mood and `facts` held. */
export function startTestPlay(
  draft: Scenario,
  nodeId: string,
  facts: readonly string[] = [],
): TestPlay {
  const progress = { ...startCall(draft), nodeId, facts: [...facts] };
  return {
    from: nodeId,
    startFacts: [...facts],
    progress,
    turns: [],
    ending: endingOf(draft, progress),
    stuck: null,
  };
}

/** Plays one reply through the draft's compiled machine: the same routing, grading and mood as a trainee's call. */
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
    };
  } catch (error) {
    return { ...play, stuck: error instanceof Error ? error.message : String(error) };
  }
}
