import { traineeRole } from '../../engine/pin-policy';
import type { AttemptRecord } from '../../engine/records/attempt';
import { getAttempt } from '../../storage/attempts';
import { StorageRuleError } from '../../storage/errors';
import { lockStatus } from '../pins/role-pins';
import { actingProfileId, isOperator, isUnlocked } from '../session/tab-session';

/** What can be done to a call, each checked before it is read for a screen or written. */
export type CallAction =
  /** Read its debrief or transcript. */
  | 'view'
  /** Resume it, pick up, reply, switch its timer, leave it or start it afresh. */
  | 'continue'
  /** Mark the line that revealed the customer's real expectation (rescores the call). */
  | 'mark-cue'
  /** Start a new call from it: practice from a turn, or the same case again. */
  | 'retry'
  /** Give a trainer's grade beside the call's own. */
  | 'override';

/** Who the tab is, as far as one call goes. */
export type Standing = 'owner' | 'trainer' | 'hr' | 'operator';

/**
 * Only the trainee whose call it is may go on with it, mark its cue or start again from it: a
 * colleague doing so would speak, or be graded, in someone else's name. Trainers and HR may read
 * it; only a trainer may grade it.
 */
const ALLOWED: Record<CallAction, readonly Standing[]> = {
  view: ['owner', 'trainer', 'hr', 'operator'],
  continue: ['owner', 'operator'],
  'mark-cue': ['owner', 'operator'],
  retry: ['owner', 'operator'],
  override: ['trainer', 'operator'],
};

export const mayDo = (standings: readonly Standing[], action: CallAction): boolean =>
  standings.some((s) => ALLOWED[action].includes(s));

/** The call is someone else's, and this tab is not unlocked for a role that may do this to it. */
export class CallRefusedError extends Error {
  constructor(
    /** null: a new call for a trainee this tab is not being used by. */
    readonly attemptId: string | null,
    readonly action: CallAction,
  ) {
    super(`${attemptId ? `call ${attemptId}` : 'new call'}: ${action} refused to this tab`);
    this.name = 'CallRefusedError';
  }
}

/**
 * Whether this tab is being used by `profileId` itself: it is the profile chosen here, and either
 * its PIN was entered in this tab or it has none (then anyone may choose it, and so act as it).
 */
async function isActingTrainee(profileId: string): Promise<boolean> {
  if (actingProfileId() !== profileId) return false;
  const role = traineeRole(profileId);
  return isUnlocked(role) || (await lockStatus(role)).state === 'not-set';
}

/** Everything this tab is with regard to calls of `ownerId`. */
export async function standingsToward(ownerId: string): Promise<Standing[]> {
  const standings: Standing[] = [];
  if (isOperator()) standings.push('operator');
  if (await isActingTrainee(ownerId)) standings.push('owner');
  if (isUnlocked('trainer')) standings.push('trainer');
  if (isUnlocked('hr')) standings.push('hr');
  return standings;
}

export type CallAccess =
  | { kind: 'allowed'; attempt: AttemptRecord; standings: Standing[] }
  | { kind: 'refused'; attemptId: string; action: CallAction }
  | { kind: 'not-found'; attemptId: string };

/**
 * Reads a call for `action` and says whether this tab may do it. The owner is read from the stored
 * call, never from a record handed in, and a call's owner never changes after it starts, so the
 * answer still holds when the write that follows commits.
 */
export async function accessCall(
  attemptId: string,
  action: CallAction,
  expectedOwner?: string,
): Promise<CallAccess> {
  // Given the owner the caller expects (a reply on the call on screen), the call and this tab's
  // standing toward that owner are read together; the stored owner still decides.
  const [attempt, expected] = await Promise.all([
    getAttempt(attemptId),
    expectedOwner === undefined ? undefined : standingsToward(expectedOwner),
  ]);
  if (!attempt) return { kind: 'not-found', attemptId };
  const standings =
    expected && attempt.profileId === expectedOwner
      ? expected
      : await standingsToward(attempt.profileId);
  return mayDo(standings, action)
    ? { kind: 'allowed', attempt, standings }
    : { kind: 'refused', attemptId, action };
}

/** The stored call, if this tab may do `action` to it; otherwise a refusal, and nothing written. */
export async function requireCall(
  attemptId: string,
  action: CallAction,
  expectedOwner?: string,
): Promise<AttemptRecord> {
  const access = await accessCall(attemptId, action, expectedOwner);
  if (access.kind === 'not-found') {
    throw new StorageRuleError('attempt-not-found', `no attempt ${attemptId}`);
  }
  if (access.kind === 'refused') throw new CallRefusedError(attemptId, action);
  return access.attempt;
}

/** A new call is opened only for the trainee using this tab (or by the operator). */
export async function requireActingTrainee(profileId: string): Promise<void> {
  if (isOperator() || (await isActingTrainee(profileId))) return;
  throw new CallRefusedError(null, 'continue');
}

export const isCallRefused = (error: unknown): error is CallRefusedError =>
  error instanceof CallRefusedError;
