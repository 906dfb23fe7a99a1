import dagre from '@dagrejs/dagre';
import { Background, Controls, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { draftGraph } from '../../engine/authoring/draft-graph';
import type { Scenario } from '../../engine/scenario-schema';
import { useMapAriaLabels } from '../components/map-aria-labels';
import { useLocalized } from '../i18n/use-localized';

const NODE_W = 160;
const NODE_H = 56;

/** The draft as a graph, redrawn as it is edited; clicking a node opens it (lazy-loaded). */
export default function DraftGraphView({
  draft,
  selectedId,
  onSelect,
}: {
  draft: Scenario;
  selectedId: string | null;
  onSelect: (nodeId: string) => void;
}) {
  const { t } = useTranslation();
  const ariaLabels = useMapAriaLabels();
  const { pick } = useLocalized();
  const { nodes, edges } = useMemo(() => {
    const graph = draftGraph(draft);
    const layout = new dagre.graphlib.Graph();
    layout.setGraph({ rankdir: 'TB', nodesep: 14, ranksep: 36 });
    layout.setDefaultEdgeLabel(() => ({}));
    const unique = [...new Map(graph.nodes.map((n) => [n.id, n])).values()];
    for (const n of unique) layout.setNode(n.id, { width: NODE_W, height: NODE_H });
    for (const e of graph.edges) layout.setEdge(e.from, e.to);
    dagre.layout(layout);
    const nodes: Node[] = unique.map((n) => {
      const { x, y } = layout.node(n.id);
      const words = n.outcome ? t(`outcome.${n.outcome}`) : pick(n.label) || n.id;
      return {
        id: n.id,
        position: { x: x - NODE_W / 2, y: y - NODE_H / 2 },
        data: {
          label: `${n.id}${n.isStart ? ' ▶' : ''}\n${words.length > 26 ? `${words.slice(0, 25)}…` : words}`,
        },
        className: `map-node draft-node map-${n.kind}${n.id === selectedId ? ' is-selected' : ''}${n.outcome ? ` outcome-${n.outcome}` : ''}`,
        draggable: false,
        connectable: false,
        style: { width: NODE_W },
      };
    });
    const edges: Edge[] = graph.edges.map((e) => ({
      id: e.id,
      source: e.from,
      target: e.to,
      className: `draft-edge${e.conditional ? ' is-conditional' : ''}`,
    }));
    return { nodes, edges };
  }, [draft, pick, selectedId, t]);
  return (
    <div className="path-map draft-graph" role="group" aria-label={t('author.graphLabel')}>
      <ReactFlow
        // Fit the view again whenever the graph's shape changes, not on every keystroke.
        key={`${nodes.length}/${edges.length}`}
        nodes={nodes}
        edges={edges}
        fitView
        fitViewOptions={{ minZoom: 0.55, maxZoom: 1 }}
        nodesDraggable={false}
        nodesConnectable={false}
        onNodeClick={(_, node) => onSelect(node.id)}
        proOptions={{ hideAttribution: true }}
        minZoom={0.2}
        ariaLabelConfig={ariaLabels}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
