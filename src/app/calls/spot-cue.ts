import { isKeyCue } from '../../engine/cue-moment';
import { gradedByEarlierModel } from '../../engine/scoring/graded-by';
import { scoreAttempt } from '../../engine/scoring/score-attempt';
import { recordCueSpot } from '../../storage/attempts';
import type { AttemptRecord } from '../../engine/records/attempt';
import { requireCall } from './ownership';

/**
 * The trainee marks a transcript line as the one that revealed the real expectation. A finished
 * call graded by the current scoring model is rescored with the mark. A call graded by an earlier
 * model keeps its score as it was graded and only records the mark: its turn grades were made by
 * rules that no longer run, and scoring them with today's scoreAttempt would give a total neither
 * model produced, under the label of the model that graded the turns. The debrief says so.
 */
export async function spotCue(attempt: AttemptRecord, entry: number): Promise<AttemptRecord> {
  // Only the trainee whose call it is marks its cue: the mark rescores the call.
  await requireCall(attempt.id, 'mark-cue');
  return recordCueSpot(
    attempt.id,
    { entry, correct: isKeyCue(attempt.transcript, entry) },
    (stored, spot) => {
      if (!stored.score || gradedByEarlierModel(stored)) return stored.score;
      return scoreAttempt(stored.turns, stored.outcome, { cueSpotted: spot.correct });
    },
  );
}
