import type { AttemptRecord } from '../../engine/records/attempt';
import type { LetterParagraph } from './letter-view';

/** The letter being answered: what the family wrote, before any paragraph of the reply. */
export const familyLetter = (attempt: AttemptRecord) =>
  attempt.transcript.filter((e) => e.speaker === 'customer' && e.turn === 0);

/** How the family reads the paragraph just added (nothing before the first). */
export const latestReaction = (attempt: AttemptRecord) => {
  const turn = attempt.turns.length;
  return turn === 0
    ? []
    : attempt.transcript.filter((e) => e.speaker === 'customer' && e.turn === turn);
};

/**
 * The trainee's letter so far, in order; once it is sent, the last choice is the closing line it
 * went out with.
 */
export const writtenSoFar = (attempt: AttemptRecord): LetterParagraph[] =>
  attempt.turns.map((turn, i) => ({
    key: `${turn.turn}`,
    text: turn.reply,
    closing: Boolean(attempt.outcome) && i === attempt.turns.length - 1,
  }));
