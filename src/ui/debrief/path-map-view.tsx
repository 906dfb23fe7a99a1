import dagre from '@dagrejs/dagre';
import { Background, Controls, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathMap } from '../../engine/path-map';
import { useMapAriaLabels } from '../components/map-aria-labels';
import { useLocalized } from '../i18n/use-localized';

const NODE_W = 170;
const NODE_H = 58;

/** Whose route the map shows, in the legend and the map's name: the trainee's unless given. */
interface RouteLabels {
  route: string;
  expert: string;
  map: string;
}

/** The case as a graph: the route taken in blue, the expert's in green (lazy-loaded). */
export default function PathMapView({ map, labels }: { map: PathMap; labels?: RouteLabels }) {
  const { t } = useTranslation();
  const ariaLabels = useMapAriaLabels();
  const { pick } = useLocalized();
  const { nodes, edges, route } = useMemo(() => {
    const graph = new dagre.graphlib.Graph();
    graph.setGraph({ rankdir: 'TB', nodesep: 16, ranksep: 40 });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const n of map.nodes) graph.setNode(n.id, { width: NODE_W, height: NODE_H });
    for (const e of map.edges) graph.setEdge(e.from, e.to);
    dagre.layout(graph);
    const nodes: Node[] = map.nodes.map((n) => {
      const { x, y } = graph.node(n.id);
      const route =
        n.onTrainee && n.onExpert
          ? 'both'
          : n.onTrainee
            ? 'trainee'
            : n.onExpert
              ? 'expert'
              : 'off';
      const text = pick(n.label);
      return {
        id: n.id,
        position: { x: x - NODE_W / 2, y: y - NODE_H / 2 },
        data: {
          label: n.outcome
            ? `${t(`outcome.${n.outcome}`)}`
            : text.length > 34
              ? `${text.slice(0, 33)}…`
              : text,
        },
        className: `map-node map-${route} map-${n.kind}`,
        draggable: false,
        connectable: false,
        style: { width: NODE_W },
      };
    });
    const edges: Edge[] = map.edges.map((e) => ({
      id: e.id,
      source: e.from,
      target: e.to,
      className: `map-edge ${e.onTrainee && e.onExpert ? 'map-both' : e.onTrainee ? 'map-trainee' : e.onExpert ? 'map-expert' : 'map-off'}`,
      animated: e.onTrainee && !e.onExpert,
    }));
    const route = map.nodes.filter((n) => n.onTrainee || n.onExpert).map((n) => ({ id: n.id }));
    return { nodes, edges, route };
  }, [map, pick, t]);
  return (
    <>
      <div className="path-map" role="group" aria-label={labels?.map ?? t('debrief.pathMapLabel')}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          fitView
          fitViewOptions={{ nodes: route, padding: 0.1, minZoom: 0.7, maxZoom: 1 }}
          nodesDraggable={false}
          nodesConnectable={false}
          proOptions={{ hideAttribution: true }}
          minZoom={0.2}
          ariaLabelConfig={ariaLabels}
        >
          <Background />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
      <p className="legend">
        <span className="key trainee">{labels?.route ?? t('debrief.yourPath')}</span>
        <span className="key expert">{labels?.expert ?? t('debrief.expertPath')}</span>
        <span className="key both">{t('debrief.bothPaths')}</span>
      </p>
    </>
  );
}
