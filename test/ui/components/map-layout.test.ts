import { describe, expect, it } from 'vitest';
import { draftGraph } from '../../../src/engine/authoring/draft-graph';
import { pathMap } from '../../../src/engine/path-map';
import { BUNDLED_SCENARIOS } from '../../../src/scenarios/bundled';
import { layoutMap, MAP_NODE } from '../../../src/ui/components/map-layout';

type Box = { x: number; y: number };

/** Pairs of node boxes, all MAP_NODE sized, that share some area. */
function overlapping(placed: Map<string, Box>): string[] {
  const boxes = [...placed];
  return boxes.flatMap(([a, p], i) =>
    boxes
      .slice(i + 1)
      .filter(
        ([, q]) => Math.abs(p.x - q.x) < MAP_NODE.width && Math.abs(p.y - q.y) < MAP_NODE.height,
      )
      .map(([b]) => `${a}×${b}`),
  );
}

describe('case map layout', () => {
  it.each(BUNDLED_SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: every node of the case graph and the path map placed, no two boxes overlapping',
    (_, scenario) => {
      const graph = draftGraph(scenario);
      const drafted = layoutMap(
        graph.nodes.map((n) => n.id),
        graph.edges,
      );
      expect(drafted.size).toBe(scenario.nodes.length);
      expect(overlapping(drafted)).toEqual([]);
      const map = pathMap(scenario, []);
      const mapped = layoutMap(
        map.nodes.map((n) => n.id),
        map.edges,
      );
      expect(mapped.size).toBe(scenario.nodes.length);
      expect(overlapping(mapped)).toEqual([]);
    },
  );

  it('places a node once however often it is listed, and ignores links to unknown nodes', () => {
    const placed = layoutMap(
      ['a', 'b', 'a'],
      [
        { from: 'a', to: 'b' },
        { from: 'b', to: 'nowhere' },
      ],
    );
    expect([...placed.keys()]).toEqual(['a', 'b']);
    expect(placed.get('b')!.y).toBeGreaterThanOrEqual(placed.get('a')!.y + MAP_NODE.height);
  });
});
