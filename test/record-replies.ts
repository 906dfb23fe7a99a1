import { recordReply } from '../src/app/calls/record-reply';
import { replayChoices } from '../src/engine/replay';
import type { Scenario } from '../src/engine/scenario-schema';
import type { AttemptRecord } from '../src/storage/records';

/** Records replies on a saved call through the record-reply use-case, from where the call stands. */
export async function recordReplies(
  attempt: AttemptRecord,
  scenario: Scenario,
  choices: readonly string[],
): Promise<AttemptRecord> {
  let call = replayChoices(scenario, attempt.choices).snapshot;
  let current = attempt;
  for (const id of choices)
    ({ attempt: current, call } = await recordReply(current, scenario, call, id));
  return current;
}
