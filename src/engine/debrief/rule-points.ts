import type { TurnRecord } from '../attempt-log';
import type { DimensionId } from '../scoring/dimensions';
import type { RuleKind } from '../scoring/rule';
import { ruleById } from '../scoring/rules';

/** One rule's part in a reply's grade: the points it added or took, and on which skill. */
export interface RulePoints {
  id: string;
  kind: RuleKind;
  dimension: DimensionId;
  /** Positive for credit earned, negative for a rule that fired. */
  points: number;
}

/**
 * The rules behind a reply's grade with their points: credit first, then the rules that fired, as
 * the grading counted them (an ordering rule already broken earlier in the call is not in `rules`).
 */
export function rulePoints(turn: Pick<TurnRecord, 'credits' | 'rules'>): RulePoints[] {
  const credits = turn.credits.flatMap((id) => {
    const rule = ruleById(id);
    return rule ? [{ id, kind: rule.kind, dimension: rule.dimension, points: rule.weight }] : [];
  });
  const fired = turn.rules.flatMap((id) => {
    const rule = ruleById(id);
    return rule ? [{ id, kind: rule.kind, dimension: rule.dimension, points: -rule.weight }] : [];
  });
  return [...credits, ...fired];
}
