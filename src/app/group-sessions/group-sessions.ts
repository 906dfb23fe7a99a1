import {
  addVotes,
  hotSeatParticipant,
  markPreviewed,
  recordHotSeatAnswer,
  undoHotSeatAnswer,
} from '../../engine/group-session';
import type { GroupSessionRecord } from '../../engine/records/group-session';
import { changeOpenDecision, GroupSessionConflict } from '../../storage/group-sessions';

export {
  cleanParticipants,
  getGroupSession,
  GroupSessionConflict,
  listGroupSessions,
  saveDecision,
  startGroupSession,
  type NewGroupSession,
} from '../../storage/group-sessions';

/**
 * Counts a vote (or, with -1, takes one back) on the stored count, so votes counted in another
 * tab at the same decision point are kept; answers with the session as stored after it.
 */
export function countVote(
  sessionId: string,
  atTurn: number,
  choiceId: string,
  delta: 1 | -1,
): Promise<GroupSessionRecord> {
  return changeOpenDecision(sessionId, atTurn, (open) => addVotes(open, choiceId, delta));
}

/** Notes that the room looked at what a reply would lead to. */
export function notePreviewed(
  sessionId: string,
  atTurn: number,
  choiceId: string,
): Promise<GroupSessionRecord> {
  return changeOpenDecision(sessionId, atTurn, (open) => markPreviewed(open, choiceId));
}

/**
 * Records the hot-seat answer of the participant the screen called on. If another tab recorded
 * an answer meanwhile, someone else is in the seat now: refused, so no one answers twice.
 */
export function answerInHotSeat(
  sessionId: string,
  atTurn: number,
  participant: string,
  choiceId: string,
): Promise<GroupSessionRecord> {
  return changeOpenDecision(sessionId, atTurn, (open, session) => {
    if (hotSeatParticipant(session.participants, session.turns, open) !== participant)
      throw new GroupSessionConflict(sessionId);
    return recordHotSeatAnswer(open, participant, choiceId);
  });
}

/**
 * Takes back the last hot-seat answer, if it is still the one the screen showed (`answers` is
 * how many it showed): another tab's newer answer is never the one removed.
 */
export function undoHotSeat(
  sessionId: string,
  atTurn: number,
  answers: number,
): Promise<GroupSessionRecord> {
  return changeOpenDecision(sessionId, atTurn, (open) => {
    if (open.hotSeat.length !== answers) throw new GroupSessionConflict(sessionId);
    return undoHotSeatAnswer(open);
  });
}
