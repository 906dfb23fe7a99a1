import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { TIMEOUT, UnavailableChoiceError, type CallProgress, type Turn } from './call-progress';
import { compileScenario, IN_CALL, type CallEvent, type CallMachine } from './compile-scenario';
import { indexScenario } from './scenario-index';
import type { TypedReply } from './detect/typed-reply';
import type { Scenario } from './scenario-schema';

/**
 * Stepping a call through its compiled machine without an actor: XState's pure transitions. Every
 * consumer that plays replies (replay, path analysis, group sessions, test-play, the demo
 * organization, the CLI, the call screen's use-cases) steps through here, so they all follow the
 * one router.
 */

export type CallSnapshot = SnapshotFrom<CallMachine>;

const machines = new WeakMap<Scenario, CallMachine>();

/** The machine that plays this case: compiled once per loaded case. */
export function machineFor(scenario: Scenario): CallMachine {
  let machine = machines.get(scenario);
  if (!machine) machines.set(scenario, (machine = compileScenario(scenario)));
  return machine;
}

/**
 * Has every later call on this case object play through `machine` instead of its own compilation.
 * The tests use it to prove that every consumer follows whatever the one machine decides.
 */
export function playThrough(scenario: Scenario, machine: CallMachine): void {
  machines.set(scenario, machine);
}

const step = (scenario: Scenario, snapshot: CallSnapshot, event: CallEvent): CallSnapshot =>
  transition(machineFor(scenario), snapshot, event)[0];

/** The call as the phone rings. */
export const ringingCall = (scenario: Scenario): CallSnapshot =>
  initialTransition(machineFor(scenario))[0];

/** The call picked up: the trainee answered a ringing call. */
export const pickUp = (scenario: Scenario, ringing: CallSnapshot): CallSnapshot =>
  step(scenario, ringing, { type: 'call.answer' });

/** A call just answered, before any reply. */
export const answeredCall = (scenario: Scenario): CallSnapshot =>
  pickUp(scenario, ringingCall(scenario));

/** A call standing on `nodeId` with the customer in their starting mood (an author's test-play). */
export function callAt(scenario: Scenario, nodeId: string, progress: CallProgress): CallSnapshot {
  return machineFor(scenario).resolveState({
    value: { [IN_CALL]: nodeId },
    context: { progress: { ...progress, nodeId }, turns: [], heard: null, heardTyped: null },
  });
}

/** The node the call stands on: the one the machine is in, or the ending it reached. */
export function nodeOf(snapshot: CallSnapshot): string | null {
  const { value } = snapshot;
  if (typeof value === 'object') return (value as Record<string, string>)[IN_CALL] ?? null;
  return value === 'ringing' ? null : snapshot.context.progress.nodeId;
}

/**
 * The trainee's reply (or TIMEOUT), through the machine. Throws UnavailableChoiceError when the
 * call does not offer that reply where it stands, or has ended. A typed reply comes with the
 * scripted reply it was matched to as `choiceId`, which must be the one it names.
 */
export function reply(
  scenario: Scenario,
  snapshot: CallSnapshot,
  choiceId: string,
  typed?: TypedReply,
): CallSnapshot {
  if (typed && typed.matchedChoiceId !== choiceId) {
    throw new Error(`a typed reply matched to "${typed.matchedChoiceId}" sent as "${choiceId}"`);
  }
  const at = nodeOf(snapshot);
  const node = at === null ? undefined : indexScenario(scenario).node(at);
  const available = node?.kind === 'decision' ? node.choices.map((c) => c.id) : [];
  const offered = choiceId === TIMEOUT ? available.length > 0 : available.includes(choiceId);
  const refused = () => new UnavailableChoiceError(choiceId, at ?? scenario.start, available);
  if (!offered || typeof snapshot.value !== 'object') throw refused();
  const next = step(
    scenario,
    snapshot,
    choiceId === TIMEOUT
      ? { type: 'timer.expired' }
      : { type: 'learner.choose', choiceId, ...(typed ? { typed } : {}) },
  );
  // A machine that takes no transition for an offered reply leaves the call where it was.
  if (next.context.turns.length === snapshot.context.turns.length) throw refused();
  return next;
}

/** The turn the last reply played. */
export const lastTurn = (snapshot: CallSnapshot): Turn | undefined => snapshot.context.turns.at(-1);

/** Whether the customer has hung up: the call reached an ending. */
export const hasEnded = (snapshot: CallSnapshot): boolean =>
  snapshot.value === 'ended' || snapshot.value === 'debrief';
