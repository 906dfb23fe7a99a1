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
 * real call, so it counts as its busiest target: the figure bounds the real count from above. In a
 * case spanning several contacts, calls reach a stage in several carried states (facts, moods), so
 * there a branching reply counts every one of its targets.
 * A reply leading back onto the current route adds nothing (the walk treats it as a dead end).
 * Iterative, with an explicit stack, so a long chain cannot exhaust the call stack.
 */
export function countPaths(scenario: Scenario, limit: number): PathCount {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n]));
  const count = new Map<string, number>();
  const onRoute = new Set<string>();
  let overflowAt: string | null = null;
  const saturate = (n: number) => Math.min(n, limit + 1);

  const stack: Array<{ id: string; expanded: boolean }> = [{ id: scenario.start, expanded: false }];
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
      const targets = possibleTargets(choice.next).map((t) => count.get(t) ?? 0);
      const busiest = scenario.stages
        ? saturate(targets.reduce((a, b) => a + b, 0))
        : Math.max(...targets);
      busiestNext = Math.max(busiestNext, busiest);
      total = saturate(total + busiest);
    }
    if (total > limit && busiestNext <= limit && overflowAt === null) overflowAt = node.id;
    count.set(node.id, total);
  }
  return { paths: count.get(scenario.start) ?? 0, overflowAt };
}
