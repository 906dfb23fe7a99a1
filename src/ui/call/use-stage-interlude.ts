import { useState } from 'react';
import type { CallSnapshot } from '../../engine/conversation';
import { lastTurn, nodeOf } from '../../engine/conversation';
import type { Scenario, Stage } from '../../engine/scenario-schema';
import { stageOpeningAt } from '../../engine/stages';

/**
 * The stage whose interlude card shows now, and how to move past it. The card belongs to the
 * moment of arrival: a reply on this screen that opens a later contact shows it once; a call
 * opened (or reloaded) already standing at that contact's start goes straight on, since the
 * trainee saw the card when they arrived.
 */
export function useStageInterlude(scenario: Scenario, call: CallSnapshot) {
  const at = typeof call.value === 'object' ? nodeOf(call) : null;
  const opening = at ? stageOpeningAt(scenario, at) : undefined;
  const [passed, setPassed] = useState<string | null>(() => opening?.id ?? null);
  const interlude: Stage | undefined =
    opening && passed !== opening.id && lastTurn(call)?.next === at ? opening : undefined;
  const pass = () => {
    if (interlude) setPassed(interlude.id);
  };
  return { interlude, pass };
}
