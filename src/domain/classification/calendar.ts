export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * The same UTC date and time `months` calendar months later. When that day does not exist (31 January + 1 month),
 * the period ends on the last day of the month, as Regulation (EEC, Euratom) No 1182/71 Art. 3(2)(c) rules for
 * periods in months. UTC has no daylight saving, so plain `Date.UTC` arithmetic needs no date library.
 */
export function addCalendarMonthsUtc(instantMs: number, months: number): number {
  const start = new Date(instantMs);
  const targetMonthIndex = start.getUTCMonth() + months;
  const lastDayOfTarget = new Date(Date.UTC(start.getUTCFullYear(), targetMonthIndex + 1, 0)).getUTCDate();
  return Date.UTC(
    start.getUTCFullYear(),
    targetMonthIndex,
    Math.min(start.getUTCDate(), lastDayOfTarget),
    start.getUTCHours(),
    start.getUTCMinutes(),
    start.getUTCSeconds(),
    start.getUTCMilliseconds(),
  );
}
