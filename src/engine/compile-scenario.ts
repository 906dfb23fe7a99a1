import { and, assign, setup, type TransitionConfig } from 'xstate';
import {
  givingUpEnding,
  hangUpAfterSilence,
  startCall,
  takeTurn,
  TIMEOUT,
  type CallProgress,
  type Turn,
} from './call-progress';
import { moodMatches } from './mood';
import type { Choice, MoodCondition, Scenario } from './scenario-schema';

export interface ConversationContext {
  progress: CallProgress;
  turns: Turn[];
}

/** The trainee picks a reply. */
export type LearnerChooseEvent = { type: 'learner.choose'; choiceId: string };
/** The reply timer ran out: dead air. */
export type TimerExpiredEvent = { type: 'timer.expired' };
export type ConversationEvent = LearnerChooseEvent | TimerExpiredEvent;

export interface ConversationOutput {
  endingId: string;
  turns: Turn[];
}

/**
 * Compiles a scenario into an XState machine with one state per node. Guards and actions are
 * registered once by name and referenced from data, so no case needs code of its own.
 */
export function compileScenario(scenario: Scenario) {
  const conversation = setup({
    types: {
      context: {} as ConversationContext,
      events: {} as ConversationEvent,
      output: {} as ConversationOutput,
    },
    guards: {
      isReply: ({ event }, params: { choiceId: string }) =>
        event.type === 'learner.choose' && event.choiceId === params.choiceId,
      moodMatches: ({ context }, params: { when: MoodCondition }) =>
        moodMatches(params.when, context.progress.mood, scenario.persona),
      givesUpOnSilence: ({ context }) => hangUpAfterSilence(scenario, context.progress) !== null,
    },
    actions: {
      recordTurn: assign(({ context }, params: { choiceId: string }) => {
        const step = takeTurn(scenario, context.progress, params.choiceId);
        return { progress: step.progress, turns: [...context.turns, step.turn] };
      }),
    },
  });

  type Transition = TransitionConfig<
    ConversationContext,
    ConversationEvent,
    ConversationEvent,
    never,
    never,
    never,
    never,
    never,
    never
  >;

  const transitionsFor = (choice: Choice): Transition[] => {
    const isReply = { type: 'isReply', params: { choiceId: choice.id } } as const;
    const actions = { type: 'recordTurn', params: { choiceId: choice.id } } as const;
    if (typeof choice.next === 'string') {
      return [{ guard: isReply, target: choice.next, actions }] as unknown as Transition[];
    }
    const branches = choice.next.branches.map((b) => ({
      guard: and([isReply, { type: 'moodMatches', params: { when: b.when } }]),
      target: b.to,
      actions,
    }));
    return [
      ...branches,
      { guard: isReply, target: choice.next.otherwise, actions },
    ] as unknown as Transition[];
  };

  const silence = { type: 'recordTurn', params: { choiceId: TIMEOUT } } as const;
  const hangUp = givingUpEnding(scenario)?.id;
  // Dead air keeps the customer on the line until they give up (see SILENCES_BEFORE_HANG_UP).
  const onSilence = [
    ...(hangUp ? [{ guard: 'givesUpOnSilence', target: hangUp, actions: silence }] : []),
    { actions: silence },
  ] as unknown as Transition[];

  const states = Object.fromEntries(
    scenario.nodes.map((node) => [
      node.id,
      node.kind === 'ending'
        ? { type: 'final' as const }
        : {
            on: {
              'learner.choose': node.choices.flatMap(transitionsFor),
              'timer.expired': onSilence,
            },
          },
    ]),
  );

  return conversation.createMachine({
    id: `scenario:${scenario.id}`,
    context: { progress: startCall(scenario), turns: [] },
    initial: scenario.start,
    states,
    output: ({ context }) => ({ endingId: context.progress.nodeId, turns: context.turns }),
  } as Parameters<typeof conversation.createMachine>[0]);
}

export type ConversationMachine = ReturnType<typeof compileScenario>;
