import { expertPath, turnRecord, turnTranscript } from '../../engine/attempt-log';
import { endingSummary } from '../../engine/call-ending';
import { endingOf } from '../../engine/call-progress';
import { lastTurn, type CallSnapshot } from '../../engine/conversation';
import type { Scenario } from '../../engine/scenario-schema';
import { scoreAttempt } from '../../engine/scoring/score-attempt';
import type { StepWrite } from '../../storage/attempts';
import type { CueSpot } from '../../engine/records/attempt';

/**
 * Everything one reply writes, read off the call's machine state after the reply: the turn the
 * machine graded, the lines said, and — when the customer hung up — the ending and the score of
 * the call's graded turns. Nothing here routes or grades a reply again.
 */
export function stepWrite(
  scenario: Scenario,
  call: CallSnapshot,
  cueSpot: CueSpot | null,
): StepWrite {
  const turn = lastTurn(call)!;
  const number = call.context.turns.length;
  const ending = endingOf(scenario, call.context.progress);
  const extras = cueSpot ? { cueSpotted: cueSpot.correct } : {};
  return {
    choiceId: turn.choice,
    turn: turnRecord(scenario, turn, number),
    transcript: turnTranscript(scenario, turn, number),
    ...(ending
      ? {
          ending: {
            endingId: ending.id,
            outcome: ending.outcome,
            summary: endingSummary(ending, turn.choice),
            score: scoreAttempt(
              call.context.turns.map((t) => t.grade),
              ending.outcome,
              extras,
            ),
            expertPath: expertPath(scenario),
          },
        }
      : {}),
  };
}
