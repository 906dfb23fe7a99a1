import { followRecommended } from './analyse-paths';
import {
  DEAD_AIR_LINE,
  HANG_UP_LINE,
  SILENCE,
  TIMEOUT,
  type Turn,
  type TypedTurn,
} from './call-progress';
import { linesSaid, type Facts } from './facts';
import { indexScenario } from './scenario-index';
import type { LocalizedText, Mood, ScenarioNode, Scenario } from './scenario-schema';
import type { DimensionPoints } from './scoring/dimensions';
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
  /** Which scenario line this is, for a trainer's recording of it. */
  line?: { node: string; index: number };
}

/** Identifies one customer line across scenarios: `scenario/node/line`. */
export const lineKey = (scenarioId: string, node: string, index: number) =>
  `${scenarioId}/${node}/${index}`;

export interface TurnRecord {
  /** 1-based. */
  turn: number;
  node: string;
  choice: string;
  reply: LocalizedText;
  expertChoice: string;
  expertReply: LocalizedText;
  grade: number;
  /** Points per dimension, kept so the score can be recomputed (e.g. after cue spotting). */
  earned: DimensionPoints;
  expert: DimensionPoints;
  rules: string[];
  credits: string[];
  critical: string[];
  /** How the customer reacted beyond the reply's own effect (see reactions.ts). */
  reactions: string[];
  feedback: LocalizedText;
  moodBefore: Mood;
  mood: Mood;
  /** Only on a typed turn: `reply` is then the trainee's own words, `choice` the matched reply. */
  typed?: TypedTurnRecord;
}

/** A typed turn as kept: the turn's typed reply with the matched scripted reply's words. */
export interface TypedTurnRecord extends TypedTurn {
  matchedReply: LocalizedText;
}

/** The trainee's own words, shown as said whichever language the transcript is read in. */
export const ownWords = (typed: Pick<TypedTurn, 'text'>): LocalizedText => ({
  'zh-CN': typed.text,
  en: typed.text,
});

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

/** What the customer says at a node: only the lines true of what the call has established. */
function customerEntries(node: ScenarioNode, facts: Facts, turn: number): TranscriptEntry[] {
  return linesSaid(node, facts).map(({ line, index }) => ({
    speaker: 'customer',
    text: line.text,
    turn,
    line: { node: node.id, index },
    ...(line.cue ? { cue: line.cue } : {}),
    ...(line.keyCue ? { keyCue: true } : {}),
  }));
}

/** The customer's first words, before any reply: nothing is established yet. */
export function openingTranscript(scenario: Scenario): TranscriptEntry[] {
  const start = indexScenario(scenario).node(scenario.start);
  return start ? customerEntries(start, [], 0) : [];
}

/** The trainee's reply and what the customer said back. */
export function turnTranscript(
  scenario: Scenario,
  turn: Turn,
  turnNumber: number,
): TranscriptEntry[] {
  const index = indexScenario(scenario);
  if (turn.choice === TIMEOUT) {
    const hungUp = turn.next !== turn.node;
    return [
      { speaker: 'trainee', text: SILENCE, turn: turnNumber },
      { speaker: 'customer', text: hungUp ? HANG_UP_LINE : DEAD_AIR_LINE, turn: turnNumber },
    ];
  }
  const reply = index.choice(turn.choice)!.choice;
  const next = index.node(turn.next);
  return [
    { speaker: 'trainee', text: turn.typed ? ownWords(turn.typed) : reply.text, turn: turnNumber },
    ...(next ? customerEntries(next, turn.facts, turnNumber) : []),
  ];
}

export function turnRecord(scenario: Scenario, turn: Turn, turnNumber: number): TurnRecord {
  const index = indexScenario(scenario);
  const node = index.node(turn.node);
  if (node?.kind !== 'decision') throw new Error(`turn ${turnNumber} is not at a decision`);
  const expert = index.recommended(node);
  const scripted = turn.choice === TIMEOUT ? SILENCE : index.choice(turn.choice)!.choice.text;
  const reply = turn.typed ? ownWords(turn.typed) : scripted;
  return {
    turn: turnNumber,
    node: node.id,
    choice: turn.choice,
    reply,
    expertChoice: expert.id,
    expertReply: expert.text,
    grade: turn.grade.grade,
    earned: turn.grade.earned,
    expert: turn.grade.expert,
    rules: turn.grade.rules,
    credits: turn.grade.credits,
    critical: turn.grade.critical,
    reactions: turn.reactions,
    feedback: turn.grade.feedback,
    moodBefore: turn.moodBefore,
    mood: turn.mood,
    ...(turn.typed ? { typed: { ...turn.typed, matchedReply: scripted } } : {}),
  };
}

const expertPaths = new WeakMap<Scenario, ExpertPath>();

/**
 * The expert's call through this scenario, with the words of every reply. Played once per loaded
 * case: every finished call stores it, and it never changes for the same case.
 */
export function expertPath(scenario: Scenario): ExpertPath {
  let path = expertPaths.get(scenario);
  if (!path) expertPaths.set(scenario, (path = playExpertPath(scenario)));
  return path;
}

function playExpertPath(scenario: Scenario): ExpertPath {
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
