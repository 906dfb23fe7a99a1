import { describe, expect, it } from 'vitest';
import { replyOrderSeed, shownReplies } from '../../src/engine/reply-order';
import type { DecisionNode } from '../../src/engine/scenario-schema';
import { seededRandom } from '../../src/engine/seeded-random';
import { BUNDLED_SCENARIOS, bundledScenario } from '../../src/scenarios/bundled';

/** Call ids shaped like the app's (random UUIDs), drawn from a seeded generator so runs repeat. */
function callIds(count: number, seed: number): string[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  });
}

/** For each shown position, the share (%) of calls that showed the recommended reply there. */
function recommendedShares(
  node: { id: string; choices: ReadonlyArray<{ recommended?: boolean }> },
  ids: readonly string[],
): number[] {
  const counts: number[] = node.choices.map(() => 0);
  for (const id of ids) {
    const at = shownReplies(node, replyOrderSeed({ id, certification: null })).findIndex(
      (c) => c.recommended,
    );
    counts[at] = counts[at]! + 1;
  }
  return counts.map((n) => (100 * n) / ids.length);
}

const decisionPoints = (nodes: ReadonlyArray<{ kind: string }>) =>
  nodes.filter((n): n is DecisionNode => n.kind === 'decision');

describe('reply order', () => {
  // Authored as the external author first wrote it: the expert reply always first.
  const node = {
    id: 'refund-1',
    choices: [{ recommended: true }, {}, {}, {}] as Array<{ recommended?: boolean }>,
  };

  it('over 100 calls, the recommended one of 4 replies sits in each position 15–35 % of the time', () => {
    const shares = recommendedShares(node, callIds(100, 18));
    expect(shares).toHaveLength(4);
    for (const share of shares) {
      expect(share).toBeGreaterThanOrEqual(15);
      expect(share).toBeLessThanOrEqual(35);
    }
  });

  it('over 100 calls, the same holds at every 4-reply decision point of a bundled case', () => {
    const points = decisionPoints(bundledScenario('air-conditioner-remote').nodes).filter(
      (n) => n.choices.length === 4,
    );
    expect(points.length).toBeGreaterThan(0);
    const ids = callIds(100, 18);
    for (const point of points)
      for (const share of recommendedShares(point, ids)) {
        expect(share, point.id).toBeGreaterThanOrEqual(15);
        expect(share, point.id).toBeLessThanOrEqual(35);
      }
  });

  // Every bundled decision point, with enough calls that chance alone stays within ±6 points.
  it('no position favours the recommended reply at any decision point of the library', () => {
    const ids = callIds(1000, 7);
    for (const scenario of BUNDLED_SCENARIOS)
      for (const point of decisionPoints(scenario.nodes)) {
        const even = 100 / point.choices.length;
        for (const share of recommendedShares(point, ids))
          expect(Math.abs(share - even), `${scenario.id} ${point.id}`).toBeLessThanOrEqual(6);
      }
  });

  it('keeps one call’s order for the whole call and after a reload, and keeps every reply', () => {
    const [id, other] = callIds(2, 3) as [string, string];
    const long = { id: 'n1', choices: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] };
    const first = shownReplies(long, replyOrderSeed({ id }));
    // A reload reads the same call back: the same id gives the same order.
    expect(shownReplies(long, replyOrderSeed({ id: String(id) }))).toEqual(first);
    expect([...first].sort()).toEqual(long.choices);
    expect(shownReplies(long, replyOrderSeed({ id: other }))).not.toEqual(first);
    expect(shownReplies({ ...long, id: 'n2' }, replyOrderSeed({ id }))).not.toEqual(first);
  });

  it('a certification run keeps the seed it stored when it began', () => {
    const run = { id: 'run-1', certification: { seed: 42 } };
    expect(replyOrderSeed(run)).toBe(42);
    expect(replyOrderSeed({ ...run, certification: { seed: 43 } })).not.toBe(42);
    expect(replyOrderSeed({ id: 'run-1', certification: null })).toBe(
      replyOrderSeed({ id: 'run-1' }),
    );
  });
});
