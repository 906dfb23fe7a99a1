import { possibleTargets } from '../mood';
import type { LocalizedText, Scenario } from '../scenario-schema';
import type { Outcome } from '../vocabulary';

export interface DraftGraphNode {
  id: string;
  kind: 'decision' | 'ending';
  label: LocalizedText;
  outcome: Outcome | null;
  isStart: boolean;
}

export interface DraftGraphEdge {
  id: string;
  from: string;
  to: string;
  /** The reply only leads here in some moods. */
  conditional: boolean;
}

/**
 * The graph of a case still being written: links to nodes that do not exist yet are left out
 * (validation names them), and nothing here needs the case to be valid.
 */
export function draftGraph(draft: Scenario): { nodes: DraftGraphNode[]; edges: DraftGraphEdge[] } {
  const ids = new Set(draft.nodes.map((n) => n.id));
  const edges = new Map<string, DraftGraphEdge>();
  for (const node of draft.nodes) {
    if (node.kind !== 'decision') continue;
    for (const choice of node.choices) {
      const conditional = typeof choice.next !== 'string';
      for (const to of possibleTargets(choice.next)) {
        if (!ids.has(to)) continue;
        const id = `${node.id}->${to}`;
        const known = edges.get(id);
        edges.set(id, {
          id,
          from: node.id,
          to,
          conditional: known ? known.conditional && conditional : conditional,
        });
      }
    }
  }
  return {
    nodes: draft.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.lines[0]?.text ?? { 'zh-CN': '', en: '' },
      outcome: n.kind === 'ending' ? n.outcome : null,
      isStart: n.id === draft.start,
    })),
    edges: [...edges.values()],
  };
}
