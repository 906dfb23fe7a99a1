/** What a trainer writes to override a call's grade. */
export interface OverrideInput {
  total: number;
  reason: string;
  /** The trainer's name, so HR can see who changed a grade. */
  by: string;
}

export type OverrideProblem =
  | 'total-not-a-whole-number'
  | 'total-out-of-range'
  | 'reason-missing'
  | 'reason-too-long'
  | 'by-missing'
  | 'by-too-long'
  | 'call-not-graded';

export const REASON_MAX = 500;
export const BY_MAX = 40;

/** A trainer's grade beside the call's own, both kept: the override never replaces the original. */
export interface GradeOverride {
  originalTotal: number;
  total: number;
  reason: string;
  by: string;
}

export type OverrideCheck =
  { ok: true; override: GradeOverride } | { ok: false; problems: OverrideProblem[] };

const clean = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * Checks an override against the call's own total. A written reason is required: a grade changed
 * without one cannot be defended to a trainee or an auditor. The original total is copied in as it
 * stands, so the override always shows what it departs from.
 */
export function checkOverride(originalTotal: number | null, input: OverrideInput): OverrideCheck {
  const problems: OverrideProblem[] = [];
  if (originalTotal === null) problems.push('call-not-graded');
  if (!Number.isInteger(input.total)) problems.push('total-not-a-whole-number');
  else if (input.total < 0 || input.total > 100) problems.push('total-out-of-range');
  const reason = input.reason.trim();
  if (reason.length === 0) problems.push('reason-missing');
  else if (reason.length > REASON_MAX) problems.push('reason-too-long');
  const by = clean(input.by);
  if (by.length === 0) problems.push('by-missing');
  else if (by.length > BY_MAX) problems.push('by-too-long');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, override: { originalTotal: originalTotal!, total: input.total, reason, by } };
}

/** The override that stands among a call's: the latest made. */
export function latestOverride<T extends { at: number }>(overrides: readonly T[]): T | undefined {
  return [...overrides].sort((a, b) => b.at - a.at)[0];
}

/** The grade that stands: the latest override's, else the call's own. */
export function standingTotal(
  originalTotal: number,
  overrides: ReadonlyArray<{ total: number; at: number }>,
): number {
  return latestOverride(overrides)?.total ?? originalTotal;
}

/**
 * Calls with their standing totals: a trainer's latest override replaces the call's own total for
 * everything that ranks or counts calls (best, mean, certification). The call's own grade stays
 * on the call and beside the override; only the total moves, its dimensions stay as graded.
 */
export function withStandingTotals<T extends { id: string; score: { total: number } | null }>(
  calls: readonly T[],
  overrides: ReadonlyArray<{ attemptId: string; total: number; at: number }>,
): T[] {
  const byCall = new Map<string, Array<{ total: number; at: number }>>();
  for (const o of overrides) byCall.set(o.attemptId, [...(byCall.get(o.attemptId) ?? []), o]);
  return calls.map((call) => {
    const mine = byCall.get(call.id);
    if (!mine || !call.score) return call;
    return { ...call, score: { ...call.score, total: standingTotal(call.score.total, mine) } };
  });
}
