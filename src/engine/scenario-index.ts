import type { Choice, DecisionNode, Scenario, ScenarioNode } from './scenario-schema';

/** Lookups over a scenario's graph, built once per scenario object. */
export interface ScenarioIndex {
  node(id: string): ScenarioNode | undefined;
  /** The decision node a reply belongs to, with the reply. */
  choice(id: string): { node: DecisionNode; choice: Choice } | undefined;
  recommended(node: DecisionNode): Choice;
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

export function indexScenario(scenario: Scenario): ScenarioIndex {
  const cached = cache.get(scenario);
  if (cached) return cached;
  const nodes = new Map(scenario.nodes.map((n) => [n.id, n]));
  const choices = new Map<string, { node: DecisionNode; choice: Choice }>();
  for (const node of scenario.nodes) {
    if (node.kind !== 'decision') continue;
    for (const choice of node.choices) choices.set(choice.id, { node, choice });
  }
  const index: ScenarioIndex = {
    node: (id) => nodes.get(id),
    choice: (id) => choices.get(id),
    recommended: (node) => node.choices.find((c) => c.recommended) ?? node.choices[0]!,
  };
  cache.set(scenario, index);
  return index;
}
