import { followRecommended } from './analyse-paths';
import type { CallProgress, Turn } from './call-progress';
import { answeredCall, reply, type CallSnapshot } from './conversation';
import { linesSaid, type Facts } from './facts';
import { isAgitated } from './mood';
import { indexScenario } from './scenario-index';
import type { CustomerLine, DecisionNode, LocalizedText, Mood, Scenario } from './scenario-schema';
import type { TurnGrade } from './scoring/grade-turn';
import { scoreAttempt, type AttemptScore } from './scoring/score-attempt';
import type { Cue, Outcome } from './vocabulary';

/**
 * A trainer-led group session (F000 §1.2: 引导而不是教导): the room discusses each decision point,
 * votes, and the trainer decides which branch the group follows. Everything here is plain data so
 * each change can be saved the moment it happens.
 */

/** What the room has said at the decision point the session stands on. */
export interface OpenDecision {
  /** Votes per reply id, as the trainer counted them. */
  votes: Record<string, number>;
  /** Hot seat: who answered, in order, and with which reply. */
  hotSeat: Array<{ participant: string; choiceId: string }>;
  /** Replies whose consequence the room previewed without following them. */
  previewed: string[];
}

/** A decision point the group has passed: what the room said and the reply the trainer followed. */
export interface DecidedTurn extends OpenDecision {
  nodeId: string;
  followed: string;
}

export const openDecision = (): OpenDecision => ({ votes: {}, hotSeat: [], previewed: [] });

/** Where the group stands after following the replies decided so far. */
export interface GroupPosition {
  /** The call's machine state after the followed replies. */
  call: CallSnapshot;
  progress: CallProgress;
  turns: Turn[];
  node: DecisionNode | null;
  /** What the customer says where the group stands: the lines true on the path followed. */
  lines: CustomerLine[];
  endingId: string | null;
  outcome: Outcome | null;
}

/** Replays the followed replies through the call's machine. */
export function groupPosition(scenario: Scenario, decided: readonly DecidedTurn[]): GroupPosition {
  const index = indexScenario(scenario);
  let call = answeredCall(scenario);
  for (const d of decided) call = reply(scenario, call, d.followed);
  const { progress, turns } = call.context;
  const node = index.node(progress.nodeId);
  return {
    call,
    progress,
    turns,
    node: node?.kind === 'decision' ? node : null,
    lines: node ? saidLines(node, progress.facts) : [],
    endingId: node?.kind === 'ending' ? node.id : null,
    outcome: node?.kind === 'ending' ? node.outcome : null,
  };
}

/** Adds (or with a negative delta removes) votes for a reply; a count never goes below zero. */
export function addVotes(decision: OpenDecision, choiceId: string, delta: number): OpenDecision {
  const count = Math.max(0, (decision.votes[choiceId] ?? 0) + delta);
  return { ...decision, votes: { ...decision.votes, [choiceId]: count } };
}

/** Who answers next in the hot seat: participants take turns across the whole session. */
export function hotSeatParticipant(
  participants: readonly string[],
  decided: readonly OpenDecision[],
  open: OpenDecision,
): string | null {
  if (participants.length === 0) return null;
  const answered = decided.reduce((n, d) => n + d.hotSeat.length, 0) + open.hotSeat.length;
  return participants[answered % participants.length]!;
}

export function recordHotSeatAnswer(
  decision: OpenDecision,
  participant: string,
  choiceId: string,
): OpenDecision {
  return { ...decision, hotSeat: [...decision.hotSeat, { participant, choiceId }] };
}

/** Undoes the most recent hot-seat answer, if any. */
export function undoHotSeatAnswer(decision: OpenDecision): OpenDecision {
  return { ...decision, hotSeat: decision.hotSeat.slice(0, -1) };
}

export function markPreviewed(decision: OpenDecision, choiceId: string): OpenDecision {
  return decision.previewed.includes(choiceId)
    ? decision
    : { ...decision, previewed: [...decision.previewed, choiceId] };
}

export interface VoteShare {
  choiceId: string;
  count: number;
  /** 0–100, rounded; 0 when nobody voted. */
  percent: number;
}

/** The room's split over a node's replies: counted votes plus hot-seat answers. */
export function voteSplit(node: DecisionNode, decision: OpenDecision): VoteShare[] {
  const counts = node.choices.map(
    (c) => (decision.votes[c.id] ?? 0) + decision.hotSeat.filter((a) => a.choiceId === c.id).length,
  );
  const total = counts.reduce((a, b) => a + b, 0);
  return node.choices.map((c, i) => ({
    choiceId: c.id,
    count: counts[i]!,
    percent: total === 0 ? 0 : Math.round((100 * counts[i]!) / total),
  }));
}

/** The reply most of the room chose; null with no votes or a tie at the top (the trainer decides). */
export function majority(split: readonly VoteShare[]): string | null {
  const top = Math.max(0, ...split.map((s) => s.count));
  const leaders = split.filter((s) => s.count === top);
  return top > 0 && leaders.length === 1 ? leaders[0]!.choiceId : null;
}

/** The group follows a reply: the open decision becomes a decided turn. */
export function follow(
  scenario: Scenario,
  decided: readonly DecidedTurn[],
  open: OpenDecision,
  choiceId: string,
): DecidedTurn[] {
  const { call } = groupPosition(scenario, decided);
  const turn = reply(scenario, call, choiceId).context.turns.at(-1)!;
  return [...decided, { nodeId: turn.node, followed: choiceId, ...open }];
}

/** "What would have happened": a reply's consequence, without moving the group on. */
export interface Preview {
  choiceId: string;
  /** What the customer would say next. */
  lines: CustomerLine[];
  moodBefore: Mood;
  moodAfter: Mood;
  grade: TurnGrade;
  /** Set when this reply would end the call. */
  outcome: Outcome | null;
}

export function previewReply(
  scenario: Scenario,
  decided: readonly DecidedTurn[],
  choiceId: string,
): Preview {
  const { call } = groupPosition(scenario, decided);
  const turn = reply(scenario, call, choiceId).context.turns.at(-1)!;
  const next = indexScenario(scenario).node(turn.next)!;
  return {
    choiceId,
    lines: saidLines(next, turn.facts),
    moodBefore: turn.moodBefore,
    moodAfter: turn.mood,
    grade: turn.grade,
    outcome: next.kind === 'ending' ? next.outcome : null,
  };
}

const CUE_PROMPTS: Record<Cue, LocalizedText> = {
  repetition: {
    'zh-CN': '客户反复强调了什么？为什么偏偏是这一点？',
    en: 'What does the customer keep coming back to, and why that of all things?',
  },
  'rising-tone': {
    'zh-CN': '说到哪一句时客户的语气变了？那句话碰到了什么？',
    en: 'At which sentence did the customer’s tone rise? What did it touch on?',
  },
  softening: {
    'zh-CN': '客户的态度哪里松动了一点？是什么让客户缓和下来的？',
    en: 'Where did the customer soften a little? What made that happen?',
  },
  avoidance: {
    'zh-CN': '客户有没有回避什么？客户不愿意说的是什么？',
    en: 'Is the customer steering around something? What would they rather not say?',
  },
  exaggeration: {
    'zh-CN': '客户是不是说得夸张了？夸张背后的原因是什么？',
    en: 'Is the customer exaggerating? What is behind the exaggeration?',
  },
};

const REAL_NEED_PROMPT: LocalizedText = {
  'zh-CN': '除了嘴上说的这件事，客户真正想要的是什么？',
  en: 'Beyond what they are complaining about, what does the customer really want?',
};
const MOOD_FIRST_PROMPT: LocalizedText = {
  'zh-CN': '客户现在还在气头上。这一句该先处理心情，还是先处理事情？',
  en: 'The customer is still angry. Should this reply handle the mood or the matter first?',
};
const OPENING_PROMPT: LocalizedText = {
  'zh-CN': '如果是您来接这通电话，开口第一句会说什么？',
  en: 'If this call came to you, what would your very first sentence be?',
};
const CONSEQUENCE_PROMPT: LocalizedText = {
  'zh-CN': '每个回答说出去以后，客户会怎么接？我们想把对话带到哪里？',
  en: 'How would the customer take each reply? Where do we want this conversation to go?',
};

/** The same questions for a written reply, where the room composes a letter paragraph by paragraph. */
const LETTER_PROMPTS: Record<'opening' | 'moodFirst' | 'consequence', LocalizedText> = {
  opening: {
    'zh-CN': '如果这封信交给您来回，第一段要先做到什么？',
    en: 'If this letter were yours to answer, what must the first paragraph do before anything else?',
  },
  moodFirst: {
    'zh-CN': '读信人现在还很难受。这一段该先回应感受，还是先讲事情？',
    en: 'The reader is still hurting. Should this paragraph answer the feeling or the facts first?',
  },
  consequence: {
    'zh-CN': '每一段读信人读到时会怎么想？现在发出去，还是再写一段？',
    en: 'How would the reader take each paragraph? Send the letter now, or write one more?',
  },
};

export interface DiscussionPrompt {
  question: LocalizedText;
  /** The customer line the question points at, when it asks about a cue. */
  line: LocalizedText | null;
}

/**
 * Questions for the trainer to put to the room at a decision point, drawn from the case: one per
 * cue the customer just dropped (the key cue is not singled out: the room should find it), then
 * the real need, mood before matter while the customer is agitated, and the consequence question.
 */
export function discussionPrompts(
  scenario: Scenario,
  node: DecisionNode,
  mood: Mood,
  facts: Facts = [],
): DiscussionPrompt[] {
  const letter = scenario.kind === 'written-reply';
  const prompts: DiscussionPrompt[] = [];
  if (node.id === scenario.start)
    prompts.push({ question: letter ? LETTER_PROMPTS.opening : OPENING_PROMPT, line: null });
  for (const line of saidLines(node, facts)) {
    if (line.cue) prompts.push({ question: CUE_PROMPTS[line.cue], line: line.text });
  }
  prompts.push({ question: REAL_NEED_PROMPT, line: null });
  if (isAgitated(mood, scenario.persona))
    prompts.push({ question: letter ? LETTER_PROMPTS.moodFirst : MOOD_FIRST_PROMPT, line: null });
  prompts.push({ question: letter ? LETTER_PROMPTS.consequence : CONSEQUENCE_PROMPT, line: null });
  return prompts;
}

const saidLines = (node: Pick<DecisionNode, 'lines'>, facts: Facts): CustomerLine[] =>
  linesSaid(node, facts).map((s) => s.line);

/** One decision point in the end summary: the room against the expert. */
export interface SummaryTurn {
  nodeId: string;
  /** The customer's first words at this point. */
  customerLine: LocalizedText;
  split: VoteShare[];
  majority: string | null;
  followed: string;
  expert: string;
  followedGrade: number;
  hotSeat: OpenDecision['hotSeat'];
  previewed: string[];
}

export interface GroupSummary {
  groupChoices: string[];
  groupScore: AttemptScore;
  outcome: Outcome | null;
  expertChoices: string[];
  expertTotal: number;
  turns: SummaryTurn[];
  /** Decision points where the room's majority picked the expert reply, of those with votes. */
  majorityOnExpert: { matched: number; voted: number };
}

export function summarizeSession(
  scenario: Scenario,
  decided: readonly DecidedTurn[],
): GroupSummary {
  const index = indexScenario(scenario);
  const position = groupPosition(scenario, decided);
  const expert = followRecommended(scenario);
  const turns = decided.map((d, i): SummaryTurn => {
    const node = index.node(d.nodeId) as DecisionNode;
    const split = voteSplit(node, d);
    return {
      nodeId: d.nodeId,
      customerLine: (saidLines(node, position.turns[i - 1]?.facts ?? [])[0] ?? node.lines[0]!).text,
      split,
      majority: majority(split),
      followed: d.followed,
      expert: index.recommended(node).id,
      followedGrade: position.turns[i]!.grade.grade,
      hotSeat: d.hotSeat,
      previewed: d.previewed,
    };
  });
  const voted = turns.filter((t) => t.majority !== null);
  return {
    groupChoices: decided.map((d) => d.followed),
    groupScore: scoreAttempt(
      position.turns.map((t) => t.grade),
      position.outcome,
    ),
    outcome: position.outcome,
    expertChoices: expert.choices,
    expertTotal: expert.total,
    turns,
    majorityOnExpert: {
      matched: voted.filter((t) => t.majority === t.expert).length,
      voted: voted.length,
    },
  };
}
