import type { ReplyMode } from '../../engine/detect/typed-reply';
import type { AttemptRecord } from '../../engine/records/attempt';
import { setReplyMode } from '../../storage/attempts';
import { requireCall } from './ownership';

/**
 * Turns "say it yourself" on or off for the trainee's own call, before the first reply. A
 * certification run keeps the mode it began with: its program may require typed replies.
 */
export async function setCallReplyMode(
  attemptId: string,
  mode: ReplyMode,
): Promise<AttemptRecord | undefined> {
  const attempt = await requireCall(attemptId, 'continue');
  if (attempt.certification) return attempt;
  return setReplyMode(attemptId, mode);
}
