import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { createCallMachine, type CallMachine } from '../../engine/call-lifecycle';
import type { Scenario } from '../../engine/scenario-schema';
import { findScenario } from '../scenario-source';
import { getAttempt } from '../../storage/attempts';
import { planRestore, scenarioHash } from '../../storage/call-session';
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

const early = new Map<
  string,
  Promise<{ attempt: AttemptRecord; scenario: Scenario | undefined } | null>
>();

/** The saved call and its case, read once: started early by `prefetchCall`, used by `openCall`. */
function loadCall(attemptId: string) {
  let loading = early.get(attemptId);
  if (!loading) {
    loading = getAttempt(attemptId).then(async (attempt) => {
      if (!attempt) return null;
      const scenario = await findScenario(attempt.scenarioId);
      // Warms the hash cache, which resuming checks the saved call against.
      if (scenario) await scenarioHash(scenario);
      return { attempt, scenario };
    });
    early.set(attemptId, loading);
  }
  return loading;
}

/**
 * Starts reading a call and downloading its case while the app is still booting, when the page
 * was opened on that call: the case's download then overlaps the rest of the start-up.
 */
export function prefetchCall(attemptId: string): void {
  loadCall(attemptId).catch(() => early.delete(attemptId));
  // Unused by then (the trainee went elsewhere first), it is dropped rather than served stale.
  setTimeout(() => early.delete(attemptId), PREFETCH_KEPT_MS);
}

const PREFETCH_KEPT_MS = 10_000;

/** Loads a saved call and brings its machine back to the recorded turn. */
export async function openCall(attemptId: string): Promise<OpenedCall> {
  const loaded = await loadCall(attemptId);
  // Read once: the next opening (another visit, a restarted call) reads the stored state afresh.
  early.delete(attemptId);
  if (!loaded) return { kind: 'not-found' };
  const { attempt, scenario } = loaded;
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
