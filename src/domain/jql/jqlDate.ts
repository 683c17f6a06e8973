/** A calendar date (`yyyy-MM-dd`) or date and time (`yyyy-MM-dd HH:mm`), the two forms Jira reads in any locale. */
export interface JqlDate {
  readonly kind: 'date';
  readonly text: string;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True when `text` is `yyyy-MM-dd` and names a day that exists (no 2025-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function jqlDate(day: string, time?: string): JqlDate {
  if (!isCalendarDate(day)) throw new RangeError(`Not a calendar date (yyyy-MM-dd): ${JSON.stringify(day)}`);
  if (time === undefined) return { kind: 'date', text: day };
  if (!TIME_OF_DAY.test(time)) throw new RangeError(`Not a time of day (HH:mm): ${JSON.stringify(time)}`);
  return { kind: 'date', text: `${day} ${time}` };
}
