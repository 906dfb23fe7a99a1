import { isEmpathyMove, isListeningMove } from './behaviours';
import { applyMoodEffect, isAgitated, resolveNext } from './mood';
import { indexScenario } from './scenario-index';
import type { EndingNode, Mood, Scenario } from './scenario-schema';
import { gradeTurn, type TurnGrade } from './scoring/grade-turn';
import type { Outcome } from './vocabulary';

/** Where a call stands: the node the customer is on, their mood, and what the trainee has shown. */
export interface CallProgress {
  nodeId: string;
  mood: Mood;
  earlierEmpathy: boolean;
  earlierListening: boolean;
}

/** One reply and what it did. */
export interface Turn {
  node: string;
  choice: string;
  moodBefore: Mood;
  /** The mood after the customer heard the reply. */
  mood: Mood;
  /** The node the reply led to. */
  next: string;
  grade: TurnGrade;
}

export function startCall(scenario: Scenario): CallProgress {
  return {
    nodeId: scenario.start,
    mood: { ...scenario.persona.startingMood },
    earlierEmpathy: false,
    earlierListening: false,
  };
}

export class UnavailableChoiceError extends Error {
  constructor(
    readonly choiceId: string,
    readonly nodeId: string,
    readonly available: string[],
  ) {
    super(
      `reply "${choiceId}" is not available at node "${nodeId}"` +
        (available.length ? `; available: ${available.join(', ')}` : '; the call has ended'),
    );
  }
}

/** Plays one reply: grades it against the expert reply, moves the mood and the call on. */
export function takeTurn(
  scenario: Scenario,
  progress: CallProgress,
  choiceId: string,
): { progress: CallProgress; turn: Turn } {
  const index = indexScenario(scenario);
  const node = index.node(progress.nodeId);
  const available = node?.kind === 'decision' ? node.choices.map((c) => c.id) : [];
  const found = index.choice(choiceId);
  if (!node || node.kind !== 'decision' || !found || found.node !== node) {
    throw new UnavailableChoiceError(choiceId, progress.nodeId, available);
  }
  const { choice } = found;
  const grade = gradeTurn(
    {
      choice,
      moodBefore: progress.mood,
      agitated: isAgitated(progress.mood, scenario.persona),
      earlierEmpathy: progress.earlierEmpathy,
      earlierListening: progress.earlierListening,
    },
    index.recommended(node),
  );
  const next = resolveNext(choice.next, progress.mood, scenario.persona);
  const mood = applyMoodEffect(progress.mood, choice);
  return {
    progress: {
      nodeId: next,
      mood,
      earlierEmpathy: progress.earlierEmpathy || choice.behaviours.some(isEmpathyMove),
      earlierListening: progress.earlierListening || choice.behaviours.some(isListeningMove),
    },
    turn: { node: node.id, choice: choice.id, moodBefore: progress.mood, mood, next, grade },
  };
}

/** The ending the call has reached, if it has. */
export function endingOf(scenario: Scenario, progress: CallProgress): EndingNode | null {
  const node = indexScenario(scenario).node(progress.nodeId);
  return node?.kind === 'ending' ? node : null;
}

export function outcomeOf(scenario: Scenario, progress: CallProgress): Outcome | null {
  return endingOf(scenario, progress)?.outcome ?? null;
}
