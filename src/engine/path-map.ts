import { followRecommended } from './analyse-paths';
import { possibleTargets } from './mood';
import { replayChoices } from './replay';
import type { LocalizedText, Scenario } from './scenario-schema';
import type { Outcome } from './vocabulary';

export interface MapNode {
  id: string;
  kind: 'decision' | 'ending';
  /** The customer's first words at this node. */
  label: LocalizedText;
  outcome: Outcome | null;
  onTrainee: boolean;
  onExpert: boolean;
}

export interface MapEdge {
  id: string;
  from: string;
  to: string;
  choice: string;
  onTrainee: boolean;
  onExpert: boolean;
}

export interface PathMap {
  nodes: MapNode[];
  edges: MapEdge[];
}

const edgeKey = (from: string, choice: string, to: string) => `${from}:${choice}->${to}`;

function route(scenario: Scenario, choices: readonly string[]) {
  const { turns } = replayChoices(scenario, choices);
  return {
    nodes: new Set([scenario.start, ...turns.map((t) => t.next)]),
    edges: new Set(turns.map((t) => edgeKey(t.node, t.choice, t.next))),
  };
}

/** The scenario's graph with the trainee's route and the expert route marked. */
export function pathMap(scenario: Scenario, traineeChoices: readonly string[]): PathMap {
  const trainee = route(
    scenario,
    traineeChoices.filter((c) => !c.startsWith('@')),
  );
  const expert = route(scenario, followRecommended(scenario).choices);
  return {
    nodes: scenario.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.lines[0]!.text,
      outcome: n.kind === 'ending' ? n.outcome : null,
      onTrainee: trainee.nodes.has(n.id),
      onExpert: expert.nodes.has(n.id),
    })),
    edges: scenario.nodes.flatMap((n) =>
      n.kind !== 'decision'
        ? []
        : n.choices.flatMap((c) =>
            [...new Set(possibleTargets(c.next))].map((to) => {
              const id = edgeKey(n.id, c.id, to);
              return {
                id,
                from: n.id,
                to,
                choice: c.id,
                onTrainee: trainee.edges.has(id),
                onExpert: expert.edges.has(id),
              };
            }),
          ),
    ),
  };
}
