import { Background, Controls, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathMap } from '../../engine/path-map';
import { useMapAriaLabels } from '../components/map-aria-labels';
import { MapLabel } from '../components/map-label';
import { MeasureMapNodes } from '../components/measure-map-nodes';
import { FIT_ALL, layoutMap, MAP_MIN_ZOOM, MAP_NODE_STYLE } from '../components/map-layout';
import { useLocalized } from '../i18n/use-localized';

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
  const { nodes, edges } = useMemo(() => {
    const placed = layoutMap(
      map.nodes.map((n) => n.id),
      map.edges,
    );
    const nodes: Node[] = map.nodes.map((n) => {
      const route =
        n.onTrainee && n.onExpert
          ? 'both'
          : n.onTrainee
            ? 'trainee'
            : n.onExpert
              ? 'expert'
              : 'off';
      return {
        id: n.id,
        position: placed.get(n.id)!,
        data: { label: <MapLabel text={n.outcome ? t(`outcome.${n.outcome}`) : pick(n.label)} /> },
        className: `map-node map-${route} map-${n.kind}`,
        draggable: false,
        connectable: false,
        style: MAP_NODE_STYLE,
      };
    });
    const edges: Edge[] = map.edges.map((e) => ({
      id: e.id,
      source: e.from,
      target: e.to,
      className: `map-edge ${e.onTrainee && e.onExpert ? 'map-both' : e.onTrainee ? 'map-trainee' : e.onExpert ? 'map-expert' : 'map-off'}`,
      animated: e.onTrainee && !e.onExpert,
    }));
    return { nodes, edges };
  }, [map, pick, t]);
  return (
    <>
      <div className="path-map" role="group" aria-label={labels?.map ?? t('debrief.pathMapLabel')}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          fitView
          fitViewOptions={FIT_ALL}
          nodesDraggable={false}
          nodesConnectable={false}
          proOptions={{ hideAttribution: true }}
          minZoom={MAP_MIN_ZOOM}
          ariaLabelConfig={ariaLabels}
          // A picture of the road taken: the turn-by-turn replay below says it in words, so its
          // nodes and edges are not tab stops (some sixty on a large case), only the zoom buttons.
          nodesFocusable={false}
          edgesFocusable={false}
        >
          <Background />
          <Controls showInteractive={false} />
          <MeasureMapNodes nodes={nodes} />
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
