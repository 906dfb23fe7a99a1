import { Background, Controls, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { draftGraph } from '../../engine/authoring/draft-graph';
import type { Scenario } from '../../engine/scenario-schema';
import { useMapAriaLabels } from '../components/map-aria-labels';
import { MapLabel } from '../components/map-label';
import { MeasureMapNodes } from '../components/measure-map-nodes';
import { FIT_ALL, layoutMap, MAP_MIN_ZOOM, MAP_NODE_STYLE } from '../components/map-layout';
import { useLocalized } from '../i18n/use-localized';

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
  const { nodes, edges, layout } = useMemo(() => {
    const graph = draftGraph(draft);
    const unique = [...new Map(graph.nodes.map((n) => [n.id, n])).values()];
    const placed = layoutMap(
      unique.map((n) => n.id),
      graph.edges,
    );
    const nodes: Node[] = unique.map((n) => {
      const words = n.outcome ? t(`outcome.${n.outcome}`) : pick(n.label) || n.id;
      return {
        id: n.id,
        position: placed.get(n.id)!,
        data: { label: <MapLabel text={`${n.id}${n.isStart ? ' ▶' : ''}\n${words}`} /> },
        className: `map-node draft-node map-${n.kind}${n.id === selectedId ? ' is-selected' : ''}${n.outcome ? ` outcome-${n.outcome}` : ''}`,
        draggable: false,
        connectable: false,
        style: MAP_NODE_STYLE,
      };
    });
    const edges: Edge[] = graph.edges.map((e) => ({
      id: e.id,
      source: e.from,
      target: e.to,
      className: `draft-edge${e.conditional ? ' is-conditional' : ''}`,
    }));
    // Where every node stands: it changes with the graph's shape (a node added, a reply pointed
    // elsewhere), never with a keystroke in a line.
    const layout = nodes.map((n) => `${n.id}@${n.position.x},${n.position.y}`).join('|');
    return { nodes, edges, layout };
  }, [draft, pick, selectedId, t]);
  return (
    <div className="path-map draft-graph" role="group" aria-label={t('author.graphLabel')}>
      <ReactFlow
        // Fit the view again whenever the graph's layout changes, not on every keystroke.
        key={layout}
        nodes={nodes}
        edges={edges}
        fitView
        fitViewOptions={FIT_ALL}
        nodesDraggable={false}
        nodesConnectable={false}
        onNodeClick={(_, node) => onSelect(node.id)}
        proOptions={{ hideAttribution: true }}
        minZoom={MAP_MIN_ZOOM}
        ariaLabelConfig={ariaLabels}
      >
        <Background />
        <Controls showInteractive={false} />
        <MeasureMapNodes nodes={nodes} />
      </ReactFlow>
    </div>
  );
}
