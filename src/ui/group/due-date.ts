/**
 * A due date is a whole day: the trainer picks a date, and the case is due by the end of that
 * day where the trainer is, so "due Friday" still means Friday evening.
 */
export function dueAtFromDateInput(value: string): number {
  return value ? new Date(`${value}T23:59:59.999`).getTime() : Number.NaN;
}

/** A date a week from `now`, as an `<input type="date">` value. */
export function defaultDueDate(now = Date.now()): string {
  const date = new Date(now + 7 * 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const formatDueDate = (dueAt: number, locale: string) =>
  new Date(dueAt).toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
