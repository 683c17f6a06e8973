import type { ReviewPeriod } from '../../../src/services/review/reviewTypes';

/** A day (yyyy-MM-dd) as the reader's Jira time zone sees it. */
export function dayIn(date: Date, timeZone: string): string {
  // en-CA formats dates as yyyy-MM-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The last 12 months up to today: the usual span between two management reviews. */
export function lastTwelveMonths(today: string): ReviewPeriod {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(year - 1, month - 1, day + 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

export function periodProblem(period: ReviewPeriod): string | null {
  const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
  if (!isDay(period.from) || !isDay(period.to)) return 'Choose both dates of the period.';
  return period.from > period.to ? 'The period must start before it ends.' : null;
}
