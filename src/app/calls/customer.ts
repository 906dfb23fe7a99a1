import { agitationThreshold } from '../../engine/mood';
import type { Scenario } from '../../engine/scenario-schema';
import type { CustomerSnapshot } from '../../engine/records/attempt';

/** What a call keeps of its customer, so its debrief survives a new version of the case. */
export const customerOf = (scenario: Scenario): CustomerSnapshot => ({
  name: scenario.persona.name,
  surfaceComplaint: scenario.persona.surfaceComplaint,
  realExpectation: scenario.persona.realExpectation,
  startingMood: scenario.persona.startingMood,
  agitatedAt: agitationThreshold(scenario.persona),
});
