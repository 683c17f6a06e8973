import { failure, success, type Outcome } from './problems';

/**
 * Date values and date functions of JQL. The simulated site's time zone is UTC: `"2026-01-31"` is midnight UTC,
 * `startOfDay()` is 00:00 UTC, and weeks start on Sunday (the default of an en_US site).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const PERIOD_UNIT_MS: Record<string, number> = { w: WEEK, d: DAY, h: HOUR, m: MINUTE };

const ABSOLUTE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const PERIOD = /^([-+])?\s*((?:\d+\s*[wdhm]\s*)+)$/;

export function invalidDateMessage(value: string, field: string): string {
  return (
    `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', ` +
    "'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'."
  );
}

/** An absolute date (`2026-01-31`, `2026/01/31 10:00`) or a period relative to now (`-30d`, `4w 2d`), in ms. */
export function parseDateValue(value: string, now: Date): number | undefined {
  const trimmed = value.trim();
  const absolute = ABSOLUTE.exec(trimmed);
  if (absolute) {
    const [year, month, day, hour, minute] = absolute.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number];
    const ms = Date.UTC(year, month - 1, day, hour, minute);
    const check = new Date(ms);
    // Date.UTC rolls 2026-02-31 over to March; Jira refuses such dates.
    const valid = check.getUTCMonth() === month - 1 && check.getUTCDate() === day && hour < 24 && minute < 60;
    return valid ? ms : undefined;
  }
  const period = PERIOD.exec(trimmed);
  if (period) {
    const sign = period[1] === '-' ? -1 : 1;
    let total = 0;
    for (const [, amount, unit] of (period[2] ?? '').matchAll(/(\d+)\s*([wdhm])/g)) {
      total += Number(amount) * (PERIOD_UNIT_MS[unit ?? ''] ?? 0);
    }
    return now.getTime() + sign * total;
  }
  return undefined;
}

type CalendarUnit = 'y' | 'M' | 'w' | 'd';

const PERIOD_FUNCTIONS: Record<string, { edge: 'start' | 'end'; unit: CalendarUnit }> = {
  startofday: { edge: 'start', unit: 'd' },
  endofday: { edge: 'end', unit: 'd' },
  startofweek: { edge: 'start', unit: 'w' },
  endofweek: { edge: 'end', unit: 'w' },
  startofmonth: { edge: 'start', unit: 'M' },
  endofmonth: { edge: 'end', unit: 'M' },
  startofyear: { edge: 'start', unit: 'y' },
  endofyear: { edge: 'end', unit: 'y' },
};

export const DATE_FUNCTION_NAMES = ['now', ...Object.keys(PERIOD_FUNCTIONS)];

/**
 * `now()`, `startOfMonth()`, `endOfDay(-1)`, `startOfMonth("+14d")` ... in ms. An offset in the function's own unit
 * moves to another period (`startOfMonth(-1)` is the first of last month); any other unit is added to the edge
 * (`startOfMonth("+14d")` is the 15th of this month), as Jira documents.
 */
export function evaluateDateFunction(name: string, args: string[], now: Date): Outcome<number> {
  const key = name.toLowerCase();
  if (key === 'now') {
    return args.length === 0 ? success(now.getTime()) : failure('validation', `Function 'now' expected '0' arguments but received '${args.length}'.`);
  }
  const period = PERIOD_FUNCTIONS[key];
  if (!period) return failure('validation', `Unable to find JQL function '${name}()'.`);
  if (args.length > 1) {
    return failure('validation', `Function '${name}' expected between '0' and '1' arguments but received '${args.length}'.`);
  }
  const offset = args[0] === undefined ? { amount: 0, unit: period.unit } : parseOffset(args[0], period.unit);
  if (!offset) {
    return failure('validation', `Function '${name}' has an invalid increment '${args[0] ?? ''}': use a signed number with an optional unit y, M, w, d, h or m (e.g. '-1', '+14d').`);
  }
  const start = startOf(period.unit, now.getTime());
  if (offset.unit === period.unit) {
    const shifted = shift(start, offset.unit, offset.amount);
    return success(period.edge === 'start' ? shifted : shift(shifted, period.unit, 1) - 1);
  }
  const edge = period.edge === 'start' ? start : shift(start, period.unit, 1) - 1;
  return success(shift(edge, offset.unit, offset.amount));
}

function parseOffset(arg: string, defaultUnit: CalendarUnit): { amount: number; unit: string } | undefined {
  const match = /^([-+]?\d+)([yMwdhm]?)$/.exec(arg.trim());
  if (!match) return undefined;
  return { amount: Number(match[1]), unit: match[2] || defaultUnit };
}

function startOf(unit: CalendarUnit, ms: number): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  switch (unit) {
    case 'y':
      return Date.UTC(year, 0, 1);
    case 'M':
      return Date.UTC(year, month, 1);
    case 'w':
      return Date.UTC(year, month, day - date.getUTCDay());
    case 'd':
      return Date.UTC(year, month, day);
  }
}

function shift(ms: number, unit: string, amount: number): number {
  const date = new Date(ms);
  if (unit === 'y') date.setUTCFullYear(date.getUTCFullYear() + amount);
  else if (unit === 'M') date.setUTCMonth(date.getUTCMonth() + amount);
  else return ms + amount * (PERIOD_UNIT_MS[unit] ?? 0);
  return date.getTime();
}
