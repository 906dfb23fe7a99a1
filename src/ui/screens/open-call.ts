import type { CallSnapshot } from '../../engine/conversation';
import type { Scenario } from '../../engine/scenario-schema';
import { findScenario } from '../scenario-source';
import {
  accessCall,
  getAttempt,
  mayDo,
  resumeCall,
  type ReadOnlyReason,
} from '../../app/calls/resume-call';
import { scenarioHash } from '../../app/calls/scenario-hash';
import type { AttemptRecord } from '../../engine/records/attempt';

export type OpenedCall =
  | { kind: 'live'; attempt: AttemptRecord; scenario: Scenario; call: CallSnapshot }
  | { kind: 'finished'; attempt: AttemptRecord }
  | {
      kind: 'read-only';
      attempt: AttemptRecord;
      reason: Exclude<ReadOnlyReason, 'finished'>;
      scenario: Scenario | undefined;
      /** Only the call's own trainee may start it afresh. */
      mayRestart: boolean;
    }
  | { kind: 'refused' }
  | { kind: 'not-found' };

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

/** Loads a saved call and brings it back to the recorded turn. */
export async function openCall(attemptId: string): Promise<OpenedCall> {
  const loaded = await loadCall(attemptId);
  // Read once: the next opening (another visit, a restarted call) reads the stored state afresh.
  early.delete(attemptId);
  if (!loaded) return { kind: 'not-found' };
  // Asked now, not when prefetched: the tab may have been unlocked since.
  const access = await accessCall(
    attemptId,
    loaded.attempt.status === 'active' ? 'continue' : 'view',
  );
  if (access.kind !== 'allowed') return { kind: access.kind };
  const { attempt, scenario } = loaded;
  const resumed = await resumeCall(attempt, scenario);
  if (resumed.kind === 'live')
    return { kind: 'live', attempt, scenario: scenario!, call: resumed.call };
  return resumed.reason === 'finished'
    ? { kind: 'finished', attempt }
    : {
        kind: 'read-only',
        attempt,
        reason: resumed.reason,
        scenario,
        mayRestart: mayDo(access.standings, 'continue'),
      };
}
