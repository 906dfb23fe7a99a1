import { withStandingTotals } from './grade-override';
import { DIMENSION_IDS, type DimensionScores } from './scoring/dimensions';

/**
 * What the HR roster needs to know about one person, kept current attempt by attempt so that no
 * screen ever has to read a person's whole history. Means are kept as running sums and counts.
 */
export interface ProfileSummary {
  profileId: string;
  finishedAttempts: number;
  /** Best total per scenario id. */
  bestByScenario: Record<string, number>;
  /** Mean per scoring dimension over the finished attempts that gave a chance to show it. */
  dimensionMeans: Record<string, number>;
  lastActivityAt: number;
  /** How many finished attempts scored each dimension (a dimension can be null on a call). */
  dimensionCounts?: Record<string, number>;
  /** Sum of finished attempts' totals. */
  totalSum?: number;
  /** Per week (Monday 00:00 UTC, as epoch ms): [sum of totals, attempts]. */
  weekly?: Record<string, [number, number]>;
}

/** The part of a finished attempt a summary is built from. */
export interface SummarizedAttempt {
  scenarioId: string;
  finishedAt: number | null;
  score: { total: number; dimensions: DimensionScores } | null;
  /**
   * A practice retry replays the turns before its branch point, so its total is not a whole call
   * of the trainee's: it counts as activity, never toward the counts, best, means or weekly curve.
   */
  practice?: boolean;
}

const DAY = 86_400_000;

/** Monday 00:00 UTC of the week `at` falls in (1970-01-01 was a Thursday). */
export function weekStart(at: number): number {
  const day = Math.floor(at / DAY);
  return (day - ((day + 3) % 7)) * DAY;
}

export function emptySummary(profileId: string): ProfileSummary {
  return {
    profileId,
    finishedAttempts: 0,
    bestByScenario: {},
    dimensionMeans: {},
    lastActivityAt: 0,
    dimensionCounts: {},
    totalSum: 0,
    weekly: {},
  };
}

/** The summary with one more finished attempt counted; unfinished or unscored ones change nothing. */
export function foldAttempt(summary: ProfileSummary, attempt: SummarizedAttempt): ProfileSummary {
  const { score, finishedAt } = attempt;
  if (!score || finishedAt === null) return summary;
  if (attempt.practice) {
    return { ...summary, lastActivityAt: Math.max(summary.lastActivityAt, finishedAt) };
  }
  const counts = { ...(summary.dimensionCounts ?? {}) };
  const means = { ...summary.dimensionMeans };
  for (const id of DIMENSION_IDS) {
    const value = score.dimensions[id];
    if (value === null || value === undefined) continue;
    const n = counts[id] ?? 0;
    means[id] = ((means[id] ?? 0) * n + value) / (n + 1);
    counts[id] = n + 1;
  }
  const week = String(weekStart(finishedAt));
  const [weekSum, weekCount] = summary.weekly?.[week] ?? [0, 0];
  const best = summary.bestByScenario[attempt.scenarioId];
  return {
    ...summary,
    finishedAttempts: summary.finishedAttempts + 1,
    bestByScenario: {
      ...summary.bestByScenario,
      [attempt.scenarioId]: best === undefined ? score.total : Math.max(best, score.total),
    },
    dimensionMeans: means,
    dimensionCounts: counts,
    lastActivityAt: Math.max(summary.lastActivityAt, finishedAt),
    totalSum: (summary.totalSum ?? 0) + score.total,
    weekly: { ...summary.weekly, [week]: [weekSum + score.total, weekCount + 1] },
  };
}

/**
 * Builds a summary from scratch (attempts recorded before summaries existed, or a score changed):
 * each call counted at its standing total, a trainer's latest override replacing its own.
 */
export function summarize(
  profileId: string,
  attempts: ReadonlyArray<SummarizedAttempt & { id: string }>,
  overrides: ReadonlyArray<{ attemptId: string; total: number; at: number }> = [],
): ProfileSummary {
  return withStandingTotals(attempts, overrides).reduce(foldAttempt, emptySummary(profileId));
}

/** The best total over all cases, or null before the first finished call. */
export function bestTotal(summary: ProfileSummary | null | undefined): number | null {
  const values = Object.values(summary?.bestByScenario ?? {});
  return values.length ? Math.max(...values) : null;
}

/** The mean total, or null before the first finished call. */
export function meanTotal(summary: ProfileSummary | null | undefined): number | null {
  if (!summary || summary.finishedAttempts === 0 || summary.totalSum === undefined) return null;
  return summary.totalSum / summary.finishedAttempts;
}
