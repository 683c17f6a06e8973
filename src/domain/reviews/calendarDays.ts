/**
 * Review dates are calendar days (YYYY-MM-DD, UTC), like the risk register's: a review is due on a day, and
 * days in this form compare and sort as strings.
 */

const DAY_MS = 86_400_000;

function parseDay(day: string): number {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`${JSON.stringify(day)} is not a date (YYYY-MM-DD)`);
  return time;
}

export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(parseDay(day) + days * DAY_MS));
}

/** Calendar months; a day the target month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const start = new Date(parseDay(day));
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return dayOf(target);
}
