import type { Choice, Scenario } from '../../../src/engine/scenario-schema';
import { cloneScenario, fakeChoice, fakeScenario } from '../../fakes';

/** The fake call with extra replies offered at some of its decision points. */
export function fakeCallWith(
  extra: Record<string, Array<Parameters<typeof fakeChoice>[0]>>,
): Scenario {
  const scenario = cloneScenario(fakeScenario());
  for (const [nodeId, choices] of Object.entries(extra)) {
    const node = scenario.nodes.find((n) => n.id === nodeId);
    if (node?.kind !== 'decision')
      throw new Error(`the fake call has no decision point "${nodeId}"`);
    node.choices.push(...choices.map((c): Choice => fakeChoice(c)));
  }
  return scenario;
}
