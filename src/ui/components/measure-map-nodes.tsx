import {
  useNodesInitialized,
  useReactFlow,
  useUpdateNodeInternals,
  type Node,
} from '@xyflow/react';
import { useEffect } from 'react';
import { FIT_ALL } from './map-layout';

/** How often, and for how long, a map whose nodes are still unmeasured asks for them again. */
const RETRY_MS = 200;
const RETRIES = 50;

/**
 * Placed inside a <ReactFlow>: measures the map's nodes again until every one is measured.
 * React Flow shows a node only once a ResizeObserver has reported its size, and measures it only
 * while the flow's own element is registered; a report that comes before that (a timing a busy
 * machine hits now and then) is dropped, and with the size unchanged none follows, so the map
 * stayed blank. Asking again settles it, and fits the view as the map opens.
 */
export function MeasureMapNodes({ nodes }: { nodes: readonly Node[] }) {
  const measured = useNodesInitialized();
  const measureAgain = useUpdateNodeInternals();
  const { fitView } = useReactFlow();
  // Fitted once every node has its size: a fit made while some were still unmeasured left the
  // nodes added last below the map's edge.
  useEffect(() => {
    if (measured) void fitView(FIT_ALL);
  }, [measured, fitView]);
  useEffect(() => {
    if (measured || nodes.length === 0) return;
    const ids = nodes.map((n) => n.id);
    let tries = 0;
    const timer = setInterval(() => {
      measureAgain(ids);
      if (++tries >= RETRIES) clearInterval(timer);
    }, RETRY_MS);
    return () => clearInterval(timer);
  }, [measured, nodes, measureAgain]);
  return null;
}
