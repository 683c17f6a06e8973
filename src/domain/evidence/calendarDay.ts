import { addCalendarMonthsUtc, DAY_MS } from '../classification/calendar';

/**
 * Calendar days as `yyyy-MM-dd` text: the form a report period is chosen in and JQL compares dates in. Plain text
 * compares in date order, and a UTC midnight stands in for the day in arithmetic (no daylight saving there).
 */
const dayStartUtc = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const dayOf = (instantMs: number): string => new Date(instantMs).toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string => dayOf(dayStartUtc(day) + days * DAY_MS);

/** Month ends clamp: 31 March minus one month is 28 (or 29) February. */
export const addMonths = (day: string, months: number): string => dayOf(addCalendarMonthsUtc(dayStartUtc(day), months));

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day an instant falls on in a time zone (Jira reads JQL dates in the searching user's zone). */
export function dayInTimeZone(instant: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads Jira's timestamps (`2026-01-05T09:30:00.000+0000`): ISO 8601 with an offset that has no colon, which
 * `Date.parse` reads on V8 but the standard does not promise.
 */
export function instantOf(timestamp: string): Date | undefined {
  const normalized = timestamp.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(normalized);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}
