import { pickUp, type CallSnapshot } from '../../engine/conversation';
import type { Scenario } from '../../engine/scenario-schema';
import { abandonAttempt, markAnswered, setTimed } from '../../storage/attempts';
import { holdCallLock } from '../../storage/call-lock';
import { isQuotaError } from '../../storage/errors';
import { recordingsFor } from '../../storage/recordings';
import type { AttemptRecord } from '../../engine/records/attempt';
import { rememberRecordCounts } from '../../storage/wipe-marker';

export {
  holdCallLock,
  isQuotaError,
  recordingsFor,
  setTimed as setCallTimed,
  abandonAttempt as abandonCall,
};

/** The trainee picks up: noted on the call's record first, then the call moves on. */
export async function answerCall(
  attempt: AttemptRecord,
  scenario: Scenario,
  ringing: CallSnapshot,
): Promise<CallSnapshot> {
  const answered = pickUp(scenario, ringing);
  await markAnswered(attempt.id);
  return answered;
}

/** A call just finished: the wiped-database marker learns the new record count. */
export const noteFinishedCall = (): Promise<void> => rememberRecordCounts();
