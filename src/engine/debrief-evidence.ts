import type { TurnRecord } from './attempt-log';
import { DIMENSION_IDS, type DimensionId } from './scoring/dimensions';
import { ruleById } from './scoring/rules';

export interface RuleCount {
  id: string;
  count: number;
}

/** What earned and what cost points on one dimension over a call. */
export interface DimensionEvidence {
  earned: RuleCount[];
  lost: RuleCount[];
}

function tally(ids: readonly string[]): RuleCount[] {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, count]) => ({ id, count }));
}

/** Groups every credit and every fired rule of a call under the dimension it counts on. */
export function dimensionEvidence(
  turns: readonly TurnRecord[],
): Record<DimensionId, DimensionEvidence> {
  const byDimension = (ids: string[], d: DimensionId) =>
    ids.filter((id) => ruleById(id)?.dimension === d);
  const credits = turns.flatMap((t) => t.credits);
  const fired = turns.flatMap((t) => t.rules);
  return Object.fromEntries(
    DIMENSION_IDS.map((d) => [
      d,
      { earned: tally(byDimension(credits, d)), lost: tally(byDimension(fired, d)) },
    ]),
  ) as Record<DimensionId, DimensionEvidence>;
}
