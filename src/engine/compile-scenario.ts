import { and, assign, setup, type TransitionConfig } from 'xstate';
import {
  gradeReply,
  startCall,
  TIMEOUT,
  typedMoodEffect,
  type CallProgress,
  type Turn,
} from './call-progress';
import type { TypedReply } from './detect/typed-reply';
import { applyMoodEffect, branchMood, moodMatches, possibleTargets } from './mood';
import type { Choice, EndingNode, MoodCondition, MoodEffect, Scenario } from './scenario-schema';
import { settlePromises, stageOpeningAt } from './stages';
import { indexScenario } from './scenario-index';
import type { Outcome } from './vocabulary';

/**
 * The one router of a call. Every reply on every screen and in every tool — the call screen,
 * resume, replay, path analysis, group sessions, test-play, the demo organization, the CLI — moves
 * through the machine compiled here: where a reply leads (mood-dependent branches, the customer
 * giving up on dead air) is decided only by this machine's guarded transitions, and the reply is
 * graded once, by the machine's `arrive` action, when the call reaches the state the transition
 * chose. Nothing else routes or grades a reply.
 */

/** Dead air this many times in a row and the customer gives up on the call. */
export const SILENCES_BEFORE_HANG_UP = 3;

/** Outcomes a customer who gives up on the silence ends in, best fit first. */
const GIVING_UP: readonly Outcome[] = ['customer-hung-up', 'escalated', 'public-complaint'];

/** The ending a customer who gives up on the silence reaches, if the case has one. */
function givingUpEnding(scenario: Scenario): EndingNode | undefined {
  const endings = scenario.nodes.filter((n): n is EndingNode => n.kind === 'ending');
  for (const outcome of GIVING_UP) {
    const ending = endings.find((e) => e.outcome === outcome);
    if (ending) return ending;
  }
  return undefined;
}

export interface CallContext {
  progress: CallProgress;
  turns: Turn[];
  /** The reply the customer has just heard, graded when the call arrives where it leads. */
  heard: string | null;
  /** The trainee's own words when the reply just heard was typed; `heard` is then its matched reply. */
  heardTyped: TypedReply | null;
}

/**
 * The trainee picks a reply, or types one: then `choiceId` is the scripted reply it was matched to
 * (routing) and `typed` carries the trainee's words and their behaviours (grading).
 */
export type LearnerChooseEvent = { type: 'learner.choose'; choiceId: string; typed?: TypedReply };
/** The reply timer ran out: dead air. */
export type TimerExpiredEvent = { type: 'timer.expired' };
export type CallEvent =
  { type: 'call.answer' } | LearnerChooseEvent | TimerExpiredEvent | { type: 'call.openDebrief' };

/** The state holding the conversation, one child state per node of the case. */
export const IN_CALL = 'inCall';

/**
 * Compiles a case into the machine of one call: the phone rings, the trainee answers, the
 * conversation runs with one state per node, the customer hangs up, the debrief opens. Guards and
 * actions are registered once by name and referenced from data, so no case needs code of its own.
 */
export function compileScenario(scenario: Scenario) {
  const index = indexScenario(scenario);
  const effectOf = (event: CallEvent, authored: MoodEffect): MoodEffect => {
    if (event.type !== 'learner.choose' || !event.typed) return authored;
    const choice = index.choice(event.choiceId)?.choice;
    return choice ? typedMoodEffect(choice, event.typed) : authored;
  };
  const call = setup({
    types: { context: {} as CallContext, events: {} as CallEvent },
    guards: {
      isReply: ({ event }, params: { choiceId: string }) =>
        event.type === 'learner.choose' && event.choiceId === params.choiceId,
      // The mood a branch tests: as the reply is given, or with the reply's own effect when the
      // case tests branches after the reply (then the transition carries that effect).
      // A typed reply's effect is the share of the matched reply's that its own words earn.
      moodMatches: ({ context, event }, params: { when: MoodCondition; effect?: MoodEffect }) =>
        moodMatches(
          params.when,
          params.effect
            ? applyMoodEffect(context.progress.mood, { mood: effectOf(event, params.effect) })
            : context.progress.mood,
          scenario.persona,
        ),
      // A branch's fact, like its mood, is read before the reply is heard.
      factHolds: ({ context }, params: { fact: string }) =>
        context.progress.facts.includes(params.fact),
      givesUpOnSilence: ({ context }) => context.progress.silences + 1 >= SILENCES_BEFORE_HANG_UP,
    },
    actions: {
      hear: assign(({ event }, params: { choiceId: string }) => ({
        heard: params.choiceId,
        heardTyped: event.type === 'learner.choose' ? (event.typed ?? null) : null,
      })),
      // Entry into a node: the reply that led here is graded, knowing where it led.
      arrive: assign(({ context }, params: { node: string }) => {
        if (context.heard === null) return {};
        const step = gradeReply(
          scenario,
          context.progress,
          context.heard,
          params.node,
          context.heardTyped ?? undefined,
        );
        // A new contact opens (a callback, a visit): the promises it checks are settled, kept or
        // broken, before the customer says a word, so they remember.
        const opening = stageOpeningAt(scenario, params.node);
        const facts = opening ? settlePromises(opening, step.progress.facts) : step.progress.facts;
        return {
          progress: { ...step.progress, facts },
          turns: [...context.turns, { ...step.turn, facts }],
          heard: null,
          heardTyped: null,
        };
      }),
    },
  });

  type Transition = TransitionConfig<
    CallContext,
    CallEvent,
    CallEvent,
    never,
    never,
    never,
    never,
    never,
    never
  >;

  const afterReply = (choice: Choice) =>
    branchMood(scenario) === 'after-reply' ? { effect: choice.mood } : {};

  const transitionsFor = (choice: Choice): Transition[] => {
    const isReply = { type: 'isReply', params: { choiceId: choice.id } } as const;
    const actions = { type: 'hear', params: { choiceId: choice.id } } as const;
    if (typeof choice.next === 'string') {
      return [{ guard: isReply, target: choice.next, actions }] as unknown as Transition[];
    }
    const branches = choice.next.branches.map((b) => ({
      guard: and([
        isReply,
        { type: 'moodMatches', params: { when: b.when, ...afterReply(choice) } },
        ...(b.when.fact ? [{ type: 'factHolds', params: { fact: b.when.fact } }] : []),
      ]),
      target: b.to,
      actions,
    }));
    return [
      ...branches,
      { guard: isReply, target: choice.next.otherwise, actions },
    ] as unknown as Transition[];
  };

  const silence = { type: 'hear', params: { choiceId: TIMEOUT } } as const;
  const hangUp = givingUpEnding(scenario)?.id;
  // Dead air keeps the customer on the line (the node is entered again) until they give up.
  const onSilence = (nodeId: string) =>
    [
      ...(hangUp ? [{ guard: 'givesUpOnSilence', target: hangUp, actions: silence }] : []),
      { target: nodeId, reenter: true, actions: silence },
    ] as unknown as Transition[];

  const arrive = (node: string) => ({ type: 'arrive', params: { node } }) as const;
  const nodeStates: Record<string, object> = {};
  for (const node of scenario.nodes) {
    nodeStates[node.id] =
      node.kind === 'ending'
        ? { type: 'final', entry: arrive(node.id) }
        : {
            entry: arrive(node.id),
            on: {
              'learner.choose': node.choices.flatMap(transitionsFor),
              'timer.expired': onSilence(node.id),
            },
          };
  }
  // A draft being written may link to a node that does not exist yet: test-play arrives there and
  // reports it instead of the compiler refusing the whole draft. Validated cases have no such links.
  for (const id of referencedIds(scenario)) {
    nodeStates[id] ??= { type: 'final', entry: arrive(id) };
  }

  return call.createMachine({
    id: `scenario:${scenario.id}`,
    context: { progress: startCall(scenario), turns: [], heard: null, heardTyped: null },
    initial: 'ringing',
    states: {
      ringing: { on: { 'call.answer': IN_CALL } },
      [IN_CALL]: { initial: scenario.start, states: nodeStates, onDone: 'ended' },
      ended: { on: { 'call.openDebrief': 'debrief' } },
      debrief: { type: 'final' },
    },
  } as Parameters<typeof call.createMachine>[0]);
}

const referencedIds = (scenario: Scenario): string[] => [
  scenario.start,
  ...scenario.nodes.flatMap((n) =>
    n.kind === 'decision' ? n.choices.flatMap((c) => possibleTargets(c.next)) : [],
  ),
];

export type CallMachine = ReturnType<typeof compileScenario>;
