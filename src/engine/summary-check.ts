import type { ProfileSummary } from './profile-summary';

const close = (a: number | undefined, b: number | undefined) =>
  Math.abs((a ?? 0) - (b ?? 0)) < 1e-6;

const sameNumbers = (a: Record<string, number> = {}, b: Record<string, number> = {}) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => close(a[k], b[k]));
};

/**
 * Whether a stored roster summary says what the sealed records say. Means are kept as running
 * figures, so they are compared to a millionth rather than exactly.
 */
export function summaryHolds(stored: ProfileSummary | undefined, counted: ProfileSummary): boolean {
  if (!stored) return counted.finishedAttempts === 0;
  return (
    stored.finishedAttempts === counted.finishedAttempts &&
    sameNumbers(stored.bestByScenario, counted.bestByScenario) &&
    sameNumbers(stored.dimensionMeans, counted.dimensionMeans) &&
    close(stored.totalSum, counted.totalSum)
  );
}
