import { isKeyCue } from '../../engine/cue-moment';
import { scoreAttempt } from '../../engine/scoring/score-attempt';
import { recordCueSpot } from '../../storage/attempts';
import type { AttemptRecord } from '../../engine/records/attempt';

/** The trainee marks a transcript line as the one that revealed the real expectation. */
export function spotCue(attempt: AttemptRecord, entry: number): Promise<AttemptRecord> {
  return recordCueSpot(
    attempt.id,
    { entry, correct: isKeyCue(attempt.transcript, entry) },
    (stored, spot) =>
      stored.score
        ? scoreAttempt(stored.turns, stored.outcome, { cueSpotted: spot.correct })
        : null,
  );
}
