import { followRecommended } from './analyse-paths';
import type { Turn } from './call-progress';
import { indexScenario } from './scenario-index';
import type { CustomerLine, LocalizedText, Mood, Scenario } from './scenario-schema';
import type { Cue, Outcome } from './vocabulary';

/**
 * What an attempt keeps of a call so that its debrief survives any later change to the scenario:
 * every text the trainee saw, every grade, and the expert path, copied rather than referenced.
 */
export interface TranscriptEntry {
  speaker: 'customer' | 'trainee';
  text: LocalizedText;
  /** The turn that produced the entry; 0 for the customer's opening lines. */
  turn: number;
  cue?: Cue;
  keyCue?: boolean;
}

export interface TurnRecord {
  /** 1-based. */
  turn: number;
  node: string;
  choice: string;
  reply: LocalizedText;
  expertChoice: string;
  expertReply: LocalizedText;
  grade: number;
  rules: string[];
  critical: string[];
  feedback: LocalizedText;
  moodBefore: Mood;
  mood: Mood;
}

export interface ExpertStep {
  node: string;
  choice: string;
  reply: LocalizedText;
}

export interface ExpertPath {
  steps: ExpertStep[];
  total: number;
  outcome: Outcome;
}

function customerEntries(lines: readonly CustomerLine[], turn: number): TranscriptEntry[] {
  return lines.map((line) => ({
    speaker: 'customer',
    text: line.text,
    turn,
    ...(line.cue ? { cue: line.cue } : {}),
    ...(line.keyCue ? { keyCue: true } : {}),
  }));
}

/** The customer's first words, before any reply. */
export function openingTranscript(scenario: Scenario): TranscriptEntry[] {
  const start = indexScenario(scenario).node(scenario.start);
  return start ? customerEntries(start.lines, 0) : [];
}

/** The trainee's reply and what the customer said back. */
export function turnTranscript(
  scenario: Scenario,
  turn: Turn,
  turnNumber: number,
): TranscriptEntry[] {
  const index = indexScenario(scenario);
  const reply = index.choice(turn.choice)!.choice;
  const next = index.node(turn.next);
  return [
    { speaker: 'trainee', text: reply.text, turn: turnNumber },
    ...(next ? customerEntries(next.lines, turnNumber) : []),
  ];
}

export function turnRecord(scenario: Scenario, turn: Turn, turnNumber: number): TurnRecord {
  const index = indexScenario(scenario);
  const { node, choice } = index.choice(turn.choice)!;
  const expert = index.recommended(node);
  return {
    turn: turnNumber,
    node: node.id,
    choice: choice.id,
    reply: choice.text,
    expertChoice: expert.id,
    expertReply: expert.text,
    grade: turn.grade.grade,
    rules: turn.grade.rules,
    critical: turn.grade.critical,
    feedback: turn.grade.feedback,
    moodBefore: turn.moodBefore,
    mood: turn.mood,
  };
}

/** The expert's call through this scenario, with the words of every reply. */
export function expertPath(scenario: Scenario): ExpertPath {
  const index = indexScenario(scenario);
  const path = followRecommended(scenario);
  return {
    steps: path.choices.map((id) => {
      const { node, choice } = index.choice(id)!;
      return { node: node.id, choice: id, reply: choice.text };
    }),
    total: path.total,
    outcome: path.outcome,
  };
}
