import type { Behaviour } from './behaviours';
import { behaviourOverlap } from './detect/match-reply';
import type { TypedReply } from './detect/typed-reply';
import { establish, linesSaid } from './facts';
import { applyMoodEffect, isAgitated, moodReactions } from './mood';
import { react } from './reactions';
import { channelAt, stageOpeningAt } from './stages';
import { indexScenario } from './scenario-index';
import type {
  Choice,
  DecisionNode,
  EndingNode,
  LocalizedText,
  Mood,
  MoodEffect,
  Scenario,
} from './scenario-schema';
import { gradeTurn, type TurnGrade } from './scoring/grade-turn';
import type { TurnFacts } from './scoring/rule';
import { ORDERING_RULES } from './scoring/rules';
import { ignoredKeyCue } from './scoring/rules/situational-penalties';
import type { Outcome } from './vocabulary';

/** The pseudo-reply recorded when the reply timer runs out. */
export const TIMEOUT = '@timeout';

/** What the customer says into the silence, whatever the case. */
export const DEAD_AIR_LINE: LocalizedText = {
  'zh-CN': '喂？喂？你还在听吗？',
  en: 'Hello? Hello? Are you still there?',
};
export const SILENCE: LocalizedText = { 'zh-CN': '（沉默）', en: '(silence)' };

/** What the customer says as they hang up on the silence. */
export const HANG_UP_LINE: LocalizedText = {
  'zh-CN': '一句话都没有是吧？行，我直接找你们领导去！（电话挂断）',
  en: "Not a word? Fine, I'm going straight to your manager! (hangs up)",
};

const TIMEOUT_NOTE: LocalizedText = {
  'zh-CN': '这一轮您没有回答，时间到了。',
  en: 'You did not answer before the time ran out.',
};

/** Opens a typed turn's comment: the author's note speaks of the scripted reply, not these words. */
const TYPED_NOTE: LocalizedText = {
  'zh-CN': '这一轮按您自己说的话评分。',
  en: 'This turn is graded on your own words.',
};

/** A rule a typed reply earned or broke, and the behaviours of it without which it would not have. */
export interface RuleCause {
  rule: string;
  behaviours: Behaviour[];
}

/** A typed reply as its turn graded it: the reply, and which of its behaviours each rule rests on. */
export interface TypedTurn extends TypedReply {
  causes: RuleCause[];
}

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
  /** Timeouts in a row just now. */
  silences: number;
  /** Ordering rules broken so far: each costs its dimension once a call. */
  orderingBroken: string[];
  /** A key cue was let pass and the real expectation has not been probed since. */
  keyCueOutstanding: boolean;
  /** What the replies so far have established (see facts.ts), in first-set order. */
  facts: string[];
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
  /** What the call had established once the customer heard the reply: their next lines follow it. */
  facts: string[];
  /** Present when the trainee said the reply in their own words; `choice` is then the matched reply. */
  typed?: TypedTurn;
}

export function startCall(scenario: Scenario): CallProgress {
  return {
    nodeId: scenario.start,
    mood: { ...scenario.persona.startingMood },
    shown: [],
    turns: 0,
    callbackOwed: false,
    silences: 0,
    orderingBroken: [],
    keyCueOutstanding: false,
    facts: [],
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

/**
 * How a typed reply moves the customer's mood, beyond the engine's reactions to its own behaviours
 * (which every typed turn gets, whatever the case's mood model: no author wrote a reaction to these
 * words). The matched reply's authored effect carries what is particular to the case — this
 * customer's reaction to a refund, to being put on hold — so it applies in proportion to how much
 * of that reply's moves the trainee's words share: all of it when they share every move, none when
 * they share none. Routing on the mood after a reply (`branchMood: 'after-reply'`) reads the same.
 */
export function typedMoodEffect(
  choice: Pick<Choice, 'mood' | 'behaviours'>,
  typed: TypedReply,
): MoodEffect {
  const share = behaviourOverlap(typed.behaviours, choice.behaviours);
  // + 0 turns a scaled -0 into 0: no effect reads the same whichever way it was reached.
  const scaled = (n: number | undefined) =>
    n === undefined ? undefined : Math.round(n * share) + 0;
  return { anger: scaled(choice.mood.anger), trust: scaled(choice.mood.trust) };
}

/**
 * For each rule of a typed turn's grade, the reply's behaviours it rests on: those without which
 * the rule would not have credited or fired. The debrief highlights their words with the rule.
 */
function ruleCauses(
  facts: TurnFacts,
  expertBehaviours: readonly Behaviour[],
  grade: TurnGrade,
  note: LocalizedText,
): RuleCause[] {
  const without = new Map(
    facts.behaviours.map((b) => [
      b,
      gradeTurn(
        { ...facts, behaviours: facts.behaviours.filter((x) => x !== b) },
        expertBehaviours,
        note,
      ),
    ]),
  );
  const causes = (rule: string, kept: (g: TurnGrade) => boolean) => ({
    rule,
    behaviours: facts.behaviours.filter((b) => !kept(without.get(b)!)),
  });
  return [
    ...grade.credits.map((id) => causes(id, (g) => g.credits.includes(id))),
    ...grade.rules.map((id) => causes(id, (g) => g.rules.includes(id))),
  ];
}

/**
 * Grades one reply (or a timeout) the call has routed to `next`, and moves the mood and what the
 * trainee has shown. Called by the compiled machine only (see compile-scenario.ts), once per turn:
 * where a reply leads is the machine's decision, never this function's. A typed reply is graded
 * by the same rubric on the behaviours of the trainee's own words; the matched reply (`choiceId`)
 * gives only where the call goes, what it establishes, and the case-specific part of the mood.
 */
export function gradeReply(
  scenario: Scenario,
  progress: CallProgress,
  choiceId: string,
  next: string,
  typed?: TypedReply,
): { progress: CallProgress; turn: Turn } {
  const index = indexScenario(scenario);
  const node = index.node(progress.nodeId) as DecisionNode;
  const timedOut = choiceId === TIMEOUT;
  const choice = timedOut ? undefined : index.choice(choiceId)?.choice;
  const behaviours = typed ? [...typed.behaviours] : (choice?.behaviours ?? []);
  const facts: TurnFacts = {
    // A case spanning several contacts is graded on the channel of the stage being played.
    channel: channelAt(scenario, node.id),
    bankSevenSteps: scenario.protocol === 'bank-seven-steps',
    companyAtFault: scenario.companyAtFault !== false,
    turn: progress.turns + 1,
    opensContact: progress.turns === 0 || stageOpeningAt(scenario, node.id) !== undefined,
    behaviours,
    timedOut,
    moodBefore: progress.mood,
    agitated: isAgitated(progress.mood, scenario.persona),
    earlier: new Set(progress.shown),
    keyCueHere: hasKeyCue(node),
    callbackOwed: progress.callbackOwed,
    endsCall: index.node(next)?.kind === 'ending',
    orderingBroken: new Set(progress.orderingBroken),
    keyCueOutstanding: progress.keyCueOutstanding,
    resignedHere: linesSaid(node, progress.facts).some(({ line }) => line.cue === 'avoidance'),
  };
  const expertBehaviours = index.recommended(node).behaviours;
  const note = typed ? TYPED_NOTE : (choice?.note ?? TIMEOUT_NOTE);
  const grade = gradeTurn(facts, expertBehaviours, note);
  const effect = choice && typed ? { mood: typedMoodEffect(choice, typed) } : choice;
  const authored = effect ? applyMoodEffect(progress.mood, effect) : progress.mood;
  const { mood, reactions } = react(
    authored,
    facts,
    grade.rules,
    typed ? 'engine' : moodReactions(scenario),
  );
  const keepsCallback = behaviours.some((b) => b === 'follow-up' || b === 'progress-update');
  const established = establish(progress.facts, choice);
  return {
    progress: {
      nodeId: next,
      mood,
      shown: [...progress.shown, ...behaviours.filter((b) => !progress.shown.includes(b))],
      turns: progress.turns + 1,
      callbackOwed:
        behaviours.includes('callback-promise') || (progress.callbackOwed && !keepsCallback),
      silences: timedOut ? progress.silences + 1 : 0,
      orderingBroken: [
        ...progress.orderingBroken,
        ...grade.rules.filter(
          (id) => ORDERING_IDS.has(id) && !progress.orderingBroken.includes(id),
        ),
      ],
      keyCueOutstanding:
        (progress.keyCueOutstanding || grade.rules.includes(ignoredKeyCue.id)) &&
        !behaviours.includes('probe-expectation'),
      facts: established,
    },
    turn: {
      node: node.id,
      choice: choiceId,
      moodBefore: progress.mood,
      mood,
      next,
      grade,
      reactions,
      facts: established,
      ...(typed
        ? { typed: { ...typed, causes: ruleCauses(facts, expertBehaviours, grade, note) } }
        : {}),
    },
  };
}

const hasKeyCue = (node: DecisionNode) => node.lines.some((l) => l.keyCue);
const ORDERING_IDS = new Set(ORDERING_RULES.map((r) => r.id));

/** The ending the call has reached, if it has. */
export function endingOf(scenario: Scenario, progress: CallProgress): EndingNode | null {
  const node = indexScenario(scenario).node(progress.nodeId);
  return node?.kind === 'ending' ? node : null;
}

export function outcomeOf(scenario: Scenario, progress: CallProgress): Outcome | null {
  return endingOf(scenario, progress)?.outcome ?? null;
}
