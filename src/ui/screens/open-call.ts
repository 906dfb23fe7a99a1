import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { createCallMachine, type CallMachine } from '../../engine/call-lifecycle';
import type { Scenario } from '../../engine/scenario-schema';
import { findScenario } from '../scenario-source';
import { getAttempt } from '../../storage/attempts';
import { planRestore } from '../../storage/call-session';
import type { AttemptRecord } from '../../storage/records';

export type CallActor = Actor<CallMachine>;

export type OpenedCall =
  | { kind: 'live'; attempt: AttemptRecord; scenario: Scenario; actor: CallActor }
  | { kind: 'finished'; attempt: AttemptRecord }
  | {
      kind: 'read-only';
      attempt: AttemptRecord;
      reason: 'abandoned' | 'restart-needed';
      scenario: Scenario | undefined;
    }
  | { kind: 'not-found' };

const machines = new WeakMap<Scenario, CallMachine>();
const machineFor = (scenario: Scenario) => {
  let machine = machines.get(scenario);
  if (!machine) machines.set(scenario, (machine = createCallMachine(scenario)));
  return machine;
};

/** Loads a saved call and brings its machine back to the recorded turn. */
export async function openCall(attemptId: string): Promise<OpenedCall> {
  const attempt = await getAttempt(attemptId);
  if (!attempt) return { kind: 'not-found' };
  const scenario = await findScenario(attempt.scenarioId);
  const restore = await planRestore(attempt, scenario);
  if (restore.kind === 'read-only') {
    return restore.reason === 'finished'
      ? { kind: 'finished', attempt }
      : { kind: 'read-only', attempt, reason: restore.reason, scenario };
  }
  const machine = machineFor(scenario!);
  if (restore.kind === 'snapshot') {
    const actor = createActor(machine, {
      snapshot: restore.snapshot as SnapshotFrom<CallMachine>,
    }).start();
    return { kind: 'live', attempt, scenario: scenario!, actor };
  }
  const actor = createActor(machine).start();
  if (restore.choices.length > 0) actor.send({ type: 'call.answer' });
  for (const choiceId of restore.choices) actor.send({ type: 'learner.choose', choiceId });
  return { kind: 'live', attempt, scenario: scenario!, actor };
}
