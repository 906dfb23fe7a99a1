import { useState } from 'react';
import type { CallSnapshot } from '../../engine/conversation';
import { lastTurn, nodeOf } from '../../engine/conversation';
import type { Scenario, Stage } from '../../engine/scenario-schema';
import { stageOpeningAt } from '../../engine/stages';

/** The later contact the call's last reply has just opened, if it stands at its start. */
export function arrivedStage(scenario: Scenario, call: CallSnapshot): Stage | undefined {
  const at = typeof call.value === 'object' ? nodeOf(call) : null;
  const opening = at ? stageOpeningAt(scenario, at) : undefined;
  return opening && lastTurn(call)?.next === at ? opening : undefined;
}

/**
 * The stage whose interlude card shows now, and how to move past it. The card belongs to the
 * moment of arrival: a reply on this screen that opens a later contact shows it once; a call
 * opened (or reloaded) already standing at that contact's start goes straight on, since the
 * trainee saw the card when they arrived.
 */
export function useStageInterlude(scenario: Scenario, call: CallSnapshot) {
  const [passed, setPassed] = useState<string | null>(
    () => arrivedStage(scenario, call)?.id ?? null,
  );
  const arrived = arrivedStage(scenario, call);
  const interlude = arrived && arrived.id !== passed ? arrived : undefined;
  const pass = () => {
    if (interlude) setPassed(interlude.id);
  };
  return { interlude, pass };
}
