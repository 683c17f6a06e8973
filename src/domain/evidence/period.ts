import type { ReportPeriod } from '../schemas/evidence';
import { and, compare, jqlDate, type Jql } from '../jql';
import { addDays, addMonths, dayInTimeZone } from './calendarDay';

/** A report period as calendar days, both ends included, in the time zone its JQL dates are read in. */
export interface ResolvedPeriod {
  from: string;
  to: string;
  timeZone: string;
}

/** "Last 90 days" is the 90 days ending today; "last 12 months" starts the day after today's date 12 months ago. */
export function resolvePeriod(period: ReportPeriod, now: Date, timeZone: string): ResolvedPeriod {
  if (period.kind === 'between') return { from: period.from, to: period.to, timeZone };
  const today = dayInTimeZone(now, timeZone);
  const from = period.unit === 'days' ? addDays(today, 1 - period.count) : addDays(addMonths(today, -period.count), 1);
  return { from, to: today, timeZone };
}

/**
 * `field >= "from" AND field < "day after to"`. Not `<= "to"`: a JQL date without a time is that day's midnight,
 * so `<=` would drop everything after 00:00 on the last day.
 */
export const periodJql = (field: string, period: ResolvedPeriod): Jql =>
  and(compare(field, '>=', jqlDate(period.from)), compare(field, '<', jqlDate(addDays(period.to, 1))));
