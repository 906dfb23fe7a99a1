import { followRecommended } from './analyse-paths';
import { possibleTargets } from './mood';
import { answeredCall, reply } from './conversation';
import type { RecordedReply } from './typed-turn';
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

/**
 * The route of recorded replies. A typed reply is played as recorded, not re-derived: the map only
 * draws the call's route, which its record was already checked for when it was stored or merged.
 */
function route(scenario: Scenario, replies: readonly (string | RecordedReply)[]) {
  let call = answeredCall(scenario);
  for (const r of replies) {
    call =
      typeof r === 'string' ? reply(scenario, call, r) : reply(scenario, call, r.choiceId, r.typed);
  }
  const { turns } = call.context;
  return {
    nodes: new Set([scenario.start, ...turns.map((t) => t.next)]),
    edges: new Set(turns.map((t) => edgeKey(t.node, t.choice, t.next))),
  };
}

/** The scenario's graph with the trainee's route and the expert route marked. */
export function pathMap(
  scenario: Scenario,
  traineeChoices: readonly (string | RecordedReply)[],
): PathMap {
  const trainee = route(
    scenario,
    traineeChoices.filter((c) => !(typeof c === 'string' ? c : c.choiceId).startsWith('@')),
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
