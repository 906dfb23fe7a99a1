import type { Behaviour } from './behaviours';
import { applyMoodEffect, isAgitated, resolveNext } from './mood';
import { react } from './reactions';
import { indexScenario } from './scenario-index';
import type { DecisionNode, EndingNode, LocalizedText, Mood, Scenario } from './scenario-schema';
import { gradeTurn, type TurnGrade } from './scoring/grade-turn';
import type { TurnFacts } from './scoring/rule';
import type { Outcome } from './vocabulary';

/** The pseudo-reply recorded when the reply timer runs out. */
export const TIMEOUT = '@timeout';

/** What the customer says into the silence, whatever the case. */
export const DEAD_AIR_LINE: LocalizedText = {
  'zh-CN': '喂？喂？你还在听吗？',
  en: 'Hello? Hello? Are you still there?',
};
export const SILENCE: LocalizedText = { 'zh-CN': '（沉默）', en: '(silence)' };

/** Dead air this many times in a row and the customer gives up on the call. */
export const SILENCES_BEFORE_HANG_UP = 3;

/** What the customer says as they hang up on the silence. */
export const HANG_UP_LINE: LocalizedText = {
  'zh-CN': '一句话都没有是吧？行，我直接找你们领导去！（电话挂断）',
  en: "Not a word? Fine, I'm going straight to your manager! (hangs up)",
};

/** The debrief's account of a call the customer hung up on because nobody answered. */
const SILENCE_ENDING_SUMMARY: LocalizedText = {
  'zh-CN': `客户连续 ${SILENCES_BEFORE_HANG_UP} 次没等到回应，挂断了电话，要找上级投诉。投诉电话里，冷场比说错话更伤人：一时不知道说什么，也要先接住客户的话。`,
  en: `The customer heard nothing ${SILENCES_BEFORE_HANG_UP} times in a row, hung up and is taking it higher. On a complaint line, dead air hurts more than a clumsy sentence: when you are stuck for words, acknowledge the customer first.`,
};

/** Outcomes a customer who gives up on the silence ends in, best fit first. */
const GIVING_UP: readonly Outcome[] = ['customer-hung-up', 'escalated', 'public-complaint'];

/** The ending a customer who gives up on the silence reaches, if the case has one. */
export function givingUpEnding(scenario: Scenario): EndingNode | undefined {
  const endings = scenario.nodes.filter((n): n is EndingNode => n.kind === 'ending');
  for (const outcome of GIVING_UP) {
    const ending = endings.find((e) => e.outcome === outcome);
    if (ending) return ending;
  }
  return undefined;
}

/**
 * What the debrief says happened at an ending. The case's own account names a reply; an ending
 * reached on a silence gets the account of the silence instead.
 */
export function endingSummary(ending: EndingNode, lastChoice: string): LocalizedText {
  return lastChoice === TIMEOUT ? SILENCE_ENDING_SUMMARY : ending.summary;
}

/** The ending one more silence leads to, or null while the customer is still waiting. */
export function hangUpAfterSilence(scenario: Scenario, progress: CallProgress): string | null {
  if ((progress.silences ?? 0) + 1 < SILENCES_BEFORE_HANG_UP) return null;
  return givingUpEnding(scenario)?.id ?? null;
}
const TIMEOUT_NOTE: LocalizedText = {
  'zh-CN': '这一轮您没有回答，时间到了。',
  en: 'You did not answer before the time ran out.',
};

/** Where a call stands: the node the customer is on, their mood, and what the trainee has shown. */
export interface CallProgress {
  nodeId: string;
  mood: Mood;
  /** Every behaviour the trainee has shown so far, in first-shown order. */
  shown: Behaviour[];
  /** Replies given so far, timeouts included. */
  turns: number;
  /** A callback was promised and not yet made. */
  callbackOwed: boolean;
  /** Timeouts in a row just now (absent in calls saved before it was counted: none). */
  silences?: number;
}

/** One reply and what it did. */
export interface Turn {
  node: string;
  /** A reply id, or TIMEOUT. */
  choice: string;
  moodBefore: Mood;
  /** The mood after the customer heard the reply and reacted. */
  mood: Mood;
  /** The node the reply led to. */
  next: string;
  grade: TurnGrade;
  /** Ids of the customer's reactions (see reactions.ts). */
  reactions: string[];
}

export function startCall(scenario: Scenario): CallProgress {
  return {
    nodeId: scenario.start,
    mood: { ...scenario.persona.startingMood },
    shown: [],
    turns: 0,
    callbackOwed: false,
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
        (available.length
          ? `; available: ${available.join(', ')}, ${TIMEOUT}`
          : '; the call has ended'),
    );
  }
}

/** Plays one reply (or a timeout): grades it, moves the mood, and moves the call on. */
export function takeTurn(
  scenario: Scenario,
  progress: CallProgress,
  choiceId: string,
): { progress: CallProgress; turn: Turn } {
  const index = indexScenario(scenario);
  const node = index.node(progress.nodeId);
  const available = node?.kind === 'decision' ? node.choices.map((c) => c.id) : [];
  if (!node || node.kind !== 'decision')
    throw new UnavailableChoiceError(choiceId, progress.nodeId, available);
  const timedOut = choiceId === TIMEOUT;
  const found = timedOut ? undefined : index.choice(choiceId);
  if (!timedOut && (!found || found.node !== node)) {
    throw new UnavailableChoiceError(choiceId, progress.nodeId, available);
  }
  const choice = found?.choice;
  const silences = timedOut ? (progress.silences ?? 0) + 1 : 0;
  const next = choice
    ? resolveNext(choice.next, progress.mood, scenario.persona)
    : (hangUpAfterSilence(scenario, progress) ?? node.id);
  const behaviours = choice?.behaviours ?? [];
  const facts: TurnFacts = {
    channel: scenario.channel,
    bankSevenSteps: scenario.protocol === 'bank-seven-steps',
    companyAtFault: scenario.companyAtFault !== false,
    turn: progress.turns + 1,
    behaviours,
    timedOut,
    moodBefore: progress.mood,
    agitated: isAgitated(progress.mood, scenario.persona),
    earlier: new Set(progress.shown),
    keyCueHere: hasKeyCue(node),
    callbackOwed: progress.callbackOwed,
    endsCall: index.node(next)?.kind === 'ending',
  };
  const grade = gradeTurn(facts, index.recommended(node).behaviours, choice?.note ?? TIMEOUT_NOTE);
  const authored = choice ? applyMoodEffect(progress.mood, choice) : progress.mood;
  const { mood, reactions } = react(authored, facts, grade.rules);
  const keepsCallback = behaviours.some((b) => b === 'follow-up' || b === 'progress-update');
  return {
    progress: {
      nodeId: next,
      mood,
      shown: [...progress.shown, ...behaviours.filter((b) => !progress.shown.includes(b))],
      turns: progress.turns + 1,
      callbackOwed:
        behaviours.includes('callback-promise') || (progress.callbackOwed && !keepsCallback),
      silences,
    },
    turn: {
      node: node.id,
      choice: choiceId,
      moodBefore: progress.mood,
      mood,
      next,
      grade,
      reactions,
    },
  };
}

const hasKeyCue = (node: DecisionNode) => node.lines.some((l) => l.keyCue);

/** The ending the call has reached, if it has. */
export function endingOf(scenario: Scenario, progress: CallProgress): EndingNode | null {
  const node = indexScenario(scenario).node(progress.nodeId);
  return node?.kind === 'ending' ? node : null;
}

export function outcomeOf(scenario: Scenario, progress: CallProgress): Outcome | null {
  return endingOf(scenario, progress)?.outcome ?? null;
}
