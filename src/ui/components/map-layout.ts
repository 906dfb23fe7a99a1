import dagre from '@dagrejs/dagre';
import type { CSSProperties } from 'react';

/**
 * Every box on a case map has this size, and dagre lays the map out for exactly this size: a node
 * whose rendered box grew with its text (padding, a long line wrapping) is how boxes came to overlap.
 * The text is clamped to the box instead (see .map-node in styles.css).
 */
export const MAP_NODE = { width: 176, height: 64 } as const;

/** Gaps between boxes in one row and between rows, in map units. */
const GAP = { nodesep: 24, ranksep: 44 } as const;

/** The fixed box every map node is drawn in. */
export const MAP_NODE_STYLE: CSSProperties = {
  width: MAP_NODE.width,
  height: MAP_NODE.height,
  boxSizing: 'border-box',
  overflow: 'hidden',
};

/**
 * On open, a map shows all of itself: the whole case in view, however wide, so no node starts out
 * of sight (the zoom buttons and the wheel enlarge it). Zoomed no further in than 1:1. The left
 * margin keeps the zoom buttons (bottom left, 44 px wide on a phone) off every node.
 */
export const FIT_ALL = {
  padding: { top: '12px', right: '12px', bottom: '12px', left: '68px' },
  minZoom: 0.02,
  maxZoom: 1,
} as const;
export const MAP_MIN_ZOOM = 0.02;

/**
 * Top-left positions of the case's nodes, top to bottom in the order a call meets them, with no two
 * boxes overlapping. Repeated ids are placed once; edges to unknown nodes are ignored.
 */
export function layoutMap(
  nodeIds: readonly string[],
  edges: ReadonlyArray<{ from: string; to: string }>,
): Map<string, { x: number; y: number }> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', ...GAP });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(nodeIds);
  for (const id of ids) graph.setNode(id, { width: MAP_NODE.width, height: MAP_NODE.height });
  for (const e of edges) if (ids.has(e.from) && ids.has(e.to)) graph.setEdge(e.from, e.to);
  dagre.layout(graph);
  return new Map(
    [...ids].map((id) => {
      const { x, y } = graph.node(id);
      return [id, { x: x - MAP_NODE.width / 2, y: y - MAP_NODE.height / 2 }];
    }),
  );
}
