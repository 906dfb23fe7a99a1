import { pickUp, reply, ringingCall, type CallSnapshot } from '../../engine/conversation';
import type { Scenario } from '../../engine/scenario-schema';
import { getAttempt, recordedChoices } from '../../storage/attempts';
import type { AttemptRecord } from '../../engine/records/attempt';
import { gradedByEarlierModel } from '../../engine/scoring/graded-by';
import type { RecordedReply } from '../../engine/typed-turn';
import { requireCall } from './ownership';
import { scenarioHash } from './scenario-hash';

export { getAttempt };
export { accessCall, isCallRefused, mayDo, type CallAccess, type Standing } from './ownership';

/** How a saved call comes back: live where it stopped, or read-only and why. */
export type CallResume =
  { kind: 'live'; call: CallSnapshot } | { kind: 'read-only'; reason: ReadOnlyReason };

/** Why a saved call cannot go on; `model-changed`: graded so far by an earlier scoring model. */
export type ReadOnlyReason = 'finished' | 'abandoned' | 'restart-needed' | 'model-changed';

/**
 * Brings a saved call back to the recorded turn by replaying its recorded replies through the
 * call's machine (the recorded steps are the truth; replaying them takes well under a millisecond
 * a reply, less than reading a cached machine state would).
 */
export async function resumeCall(
  attempt: AttemptRecord,
  scenario: Scenario | undefined,
): Promise<CallResume> {
  // Anyone allowed to read a call may see it ended; only its trainee may bring it back to life.
  await requireCall(attempt.id, attempt.status === 'active' ? 'continue' : 'view');
  if (attempt.status !== 'active') return { kind: 'read-only', reason: attempt.status };
  if (!scenario) return { kind: 'read-only', reason: 'restart-needed' };
  // Going on would grade the rest of the call by today's model and its start by the earlier one.
  if (gradedByEarlierModel(attempt)) return { kind: 'read-only', reason: 'model-changed' };
  const [choices, hash] = await Promise.all([recordedChoices(attempt.id), scenarioHash(scenario)]);
  // The steps hold the reply ids; a typed turn's words are in the attempt's turn record. Only a
  // call with typed turns downloads what re-derives them (the detector and its phrase lists).
  const typed = attempt.turns.some((turn) => turn.typed)
    ? await import('../../engine/typed-turn')
    : null;
  const replies = typed ? typed.recordedReplies({ choices, turns: attempt.turns }) : choices;
  const replayReply =
    typed?.replayReply ??
    ((s: Scenario, c: CallSnapshot, recorded: string | RecordedReply) =>
      reply(s, c, typeof recorded === 'string' ? recorded : recorded.choiceId));
  // Typed turns re-derive with the lists they name: released, or an organisation's kept here.
  const lists = typed
    ? await (await import('../organisation-lists/organisation-lists')).keptListsResolver()
    : undefined;
  const certification = { certification: attempt.certification !== null, lists };
  if (hash !== attempt.contentHash) {
    // The case changed since the call was saved: it can go on only if every recorded reply is
    // still offered and still leaves the call open (an ending reached only in the new version was
    // never graded or recorded).
    const { replayChoices } = await import('../../engine/replay');
    try {
      if (replayChoices(scenario, replies, {}, certification).complete) {
        return { kind: 'read-only', reason: 'restart-needed' };
      }
    } catch {
      return { kind: 'read-only', reason: 'restart-needed' };
    }
  }
  let call = ringingCall(scenario);
  if (attempt.answeredAt !== null || choices.length > 0) call = pickUp(scenario, call);
  try {
    for (const recorded of replies) call = replayReply(scenario, call, recorded, certification);
  } catch {
    // A typed turn this machine cannot re-derive (its phrase lists unknown here) cannot go on.
    return { kind: 'read-only', reason: 'restart-needed' };
  }
  return { kind: 'live', call };
}
