import { assign, sendTo, setup } from 'xstate';
import {
  compileScenario,
  type ConversationOutput,
  type LearnerChooseEvent,
  type TimerExpiredEvent,
} from './compile-scenario';
import type { Scenario } from './scenario-schema';

export type CallEvent =
  { type: 'call.answer' } | LearnerChooseEvent | TimerExpiredEvent | { type: 'call.openDebrief' };

export interface CallContext {
  endingId: string | null;
}

/**
 * The life of one call: the phone rings, the trainee answers, the conversation (the compiled
 * scenario) runs as a child actor, the customer hangs up, and the debrief opens.
 */
export function createCallMachine(scenario: Scenario) {
  return setup({
    types: {
      context: {} as CallContext,
      events: {} as CallEvent,
    },
    actors: { conversation: compileScenario(scenario) },
    actions: {
      forwardReply: sendTo('conversation', ({ event }) => event),
      rememberEnding: assign((_, params: { output: ConversationOutput }) => ({
        endingId: params.output.endingId,
      })),
    },
  }).createMachine({
    id: 'call',
    context: { endingId: null },
    initial: 'ringing',
    states: {
      ringing: { on: { 'call.answer': 'inCall' } },
      inCall: {
        invoke: {
          id: 'conversation',
          src: 'conversation',
          onDone: {
            target: 'ended',
            actions: {
              type: 'rememberEnding',
              params: ({ event }) => ({ output: event.output }),
            },
          },
        },
        on: {
          'learner.choose': { actions: 'forwardReply' },
          'timer.expired': { actions: 'forwardReply' },
        },
      },
      ended: { on: { 'call.openDebrief': 'debrief' } },
      debrief: { type: 'final' },
    },
  });
}

export type CallMachine = ReturnType<typeof createCallMachine>;
