import { possibleTargets } from '../mood';
import type { Scenario } from '../scenario-schema';

export interface PathCount {
  /** Paths from the start, saturated: any figure above `limit` is reported as `limit + 1`. */
  paths: number;
  /**
   * The first node (counting from the endings back) from which more than `limit` paths lead on,
   * though no node after it has that many: where the paths blow up. Null within the limit.
   */
  overflowAt: string | null;
}

/**
 * Counts the calls a scenario allows without playing one, by dynamic programming over the graph
 * from the endings back, so a pack with a million paths is refused in milliseconds instead of
 * enumerated. A reply whose target depends on the mood leads to exactly one of its targets on a
 * real call, so it counts as its busiest target: the figure bounds the real count from above.
 * A reply leading back onto the current route adds nothing (the walk treats it as a dead end).
 * Iterative, with an explicit stack, so a long chain cannot exhaust the call stack.
 */
export function countPaths(scenario: Scenario, limit: number): PathCount {
  if (!scenario.stages) return countFrom(scenario, scenario.start, new Set(), limit);
  // A case spanning several contacts is walked stage by stage (analyse-paths.ts): each stage
  // counts from its start, the opening of a later stage ending it, and the busiest stage bounds.
  const starts = new Set(scenario.stages.map((s) => s.startNode));
  return scenario.stages
    .map((s) => countFrom(scenario, s.startNode, starts, limit))
    .reduce((a, b) => (b.paths > a.paths ? b : a));
}

function countFrom(
  scenario: Scenario,
  from: string,
  stops: ReadonlySet<string>,
  limit: number,
): PathCount {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const count = new Map<string, number>();
  for (const stop of stops) if (stop !== from) count.set(stop, 1);
  const onRoute = new Set<string>();
  let overflowAt: string | null = null;
  const saturate = (n: number) => Math.min(n, limit + 1);

  const stack: Array<{ id: string; expanded: boolean }> = [{ id: from, expanded: false }];
  while (stack.length > 0) {
    const top = stack.at(-1)!;
    const node = byId.get(top.id);
    if (!node || count.has(top.id)) {
      stack.pop();
      continue;
    }
    if (node.kind === 'ending') {
      count.set(node.id, 1);
      stack.pop();
      continue;
    }
    if (!top.expanded) {
      top.expanded = true;
      onRoute.add(node.id);
      for (const choice of node.choices)
        for (const target of possibleTargets(choice.next))
          if (!count.has(target) && !onRoute.has(target))
            stack.push({ id: target, expanded: false });
      continue;
    }
    stack.pop();
    onRoute.delete(node.id);
    let total = 0;
    let busiestNext = 0;
    for (const choice of node.choices) {
      const busiest = Math.max(...possibleTargets(choice.next).map((t) => count.get(t) ?? 0));
      busiestNext = Math.max(busiestNext, busiest);
      total = saturate(total + busiest);
    }
    if (total > limit && busiestNext <= limit && overflowAt === null) overflowAt = node.id;
    count.set(node.id, total);
  }
  return { paths: count.get(from) ?? 0, overflowAt };
}
