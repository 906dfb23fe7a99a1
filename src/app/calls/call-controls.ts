import { pickUp, type CallSnapshot } from '../../engine/conversation';
import type { Scenario } from '../../engine/scenario-schema';
import { abandonAttempt, markAnswered, setTimed } from '../../storage/attempts';
import { holdCallLock } from '../../storage/call-lock';
import { isQuotaError } from '../../storage/errors';
import { recordingsFor } from '../../storage/recordings';
import type { AttemptRecord } from '../../engine/records/attempt';
import { rememberRecordCounts } from '../../storage/wipe-marker';
import { requireCall } from './ownership';

export { holdCallLock, isQuotaError, recordingsFor };

/** The trainee picks up: noted on the call's record first, then the call moves on. */
export async function answerCall(
  attempt: AttemptRecord,
  scenario: Scenario,
  ringing: CallSnapshot,
): Promise<CallSnapshot> {
  await requireCall(attempt.id, 'continue');
  const answered = pickUp(scenario, ringing);
  await markAnswered(attempt.id);
  return answered;
}

/** Switches the reply timer of the trainee's own call, before the first reply. */
export async function setCallTimed(
  attemptId: string,
  timed: boolean,
): Promise<AttemptRecord | undefined> {
  await requireCall(attemptId, 'continue');
  return setTimed(attemptId, timed);
}

/** Leaves the trainee's own unfinished call; it stays in the history, read-only. */
export async function abandonCall(attemptId: string): Promise<void> {
  await requireCall(attemptId, 'continue');
  await abandonAttempt(attemptId);
}

/** A call just finished: the wiped-database marker learns the new record count. */
export const noteFinishedCall = (): Promise<void> => rememberRecordCounts();
