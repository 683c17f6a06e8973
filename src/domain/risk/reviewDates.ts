import type { Risk } from '../schemas/risk';

/**
 * Review dates are calendar days (YYYY-MM-DD) in UTC: a review is due on a day, not at an instant, and the
 * KVS index compares them as strings, which sort like dates in this form.
 */

const DAY_MS = 86_400_000;

export function isoDateOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** `from` plus the cadence in days. */
export function nextReviewDate(from: string, cadenceDays: number): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  if (Number.isNaN(start)) throw new RangeError(`${JSON.stringify(from)} is not a date (YYYY-MM-DD)`);
  return isoDateOf(new Date(start + cadenceDays * DAY_MS));
}

/** A closed risk needs no review; any other is overdue once its review day has passed. */
export function isReviewOverdue(risk: Pick<Risk, 'status' | 'nextReviewDate'>, now: Date): boolean {
  return risk.status !== 'closed' && risk.nextReviewDate < isoDateOf(now);
}
