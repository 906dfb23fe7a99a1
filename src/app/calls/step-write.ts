import { answeredCall } from '../../engine/conversation';
import type { Scenario } from '../../engine/scenario-schema';
import type { StepWrite } from '../../storage/attempts';
import { replayReply, type RecordedReply, type ReplayOptions } from '../../engine/typed-turn';
// A reply's own write lives apart (reply-step-write.ts), so recording a reply does not download
// the typed-turn re-deriver that replaying needs.
import { stepWrite } from './reply-step-write';

/**
 * The writes of replaying recorded replies from the start (the turns before a retry's branch
 * point, a merged call): typed ones re-derived from their words, as the call's certification flag
 * allows (see typed-turn.ts).
 */
export function replayedWrites(
  scenario: Scenario,
  replies: readonly (string | RecordedReply)[],
  options: ReplayOptions = { certification: false },
): StepWrite[] {
  let call = answeredCall(scenario);
  return replies.map((recorded) => {
    call = replayReply(scenario, call, recorded, options);
    return stepWrite(scenario, call, null);
  });
}
