import { useMemo, useState } from 'react';
import { groupPosition } from '../../engine/group-session';
import type { GroupSessionRecord } from '../../engine/records/group-session';
import type { Scenario } from '../../engine/scenario-schema';
import { stageArrival, type StageArrival } from '../../engine/stage-arrival';

/** The stage a session's followed replies have just opened, if any. */
function arrivalOf(scenario: Scenario, session: GroupSessionRecord): StageArrival | undefined {
  const { node, progress } = groupPosition(scenario, session.turns);
  return node ? stageArrival(scenario, node.id, progress.facts) : undefined;
}

/**
 * The stage card the projector shows now, and how to move past it. As on the call screen, the
 * card belongs to the moment the room arrives at a later contact: a session opened (or reloaded)
 * already standing at that contact's start goes straight to its first decision point.
 */
export function useGroupStageCard(
  scenario: Scenario,
  initial: GroupSessionRecord,
  session: GroupSessionRecord,
) {
  const [passed, setPassed] = useState<string | null>(
    () => arrivalOf(scenario, initial)?.stage.id ?? null,
  );
  const arrival = useMemo(() => arrivalOf(scenario, session), [scenario, session]);
  const shown = arrival && arrival.stage.id !== passed ? arrival : undefined;
  const pass = () => {
    if (shown) setPassed(shown.stage.id);
  };
  return { arrival: shown, pass };
}
