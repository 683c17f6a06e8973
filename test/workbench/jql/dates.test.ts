import { evaluateDateFunction, parseDateValue } from '../../../workbench/jira/jql/dates';
import { NOW, errorsOf, matchingKeys } from './fixture';

const iso = (ms: number) => new Date(ms).toISOString();
const dateFunction = (name: string, args: string[] = []) => {
  const outcome = evaluateDateFunction(name, args, NOW);
  if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
  return iso(outcome.value);
};

describe('JQL date values (site time zone UTC, now = Wed 2026-02-18 12:00)', () => {
  it('reads absolute dates with dashes or slashes and an optional time', () => {
    expect(iso(parseDateValue('2026-01-31', NOW) ?? 0)).toBe('2026-01-31T00:00:00.000Z');
    expect(iso(parseDateValue('2026/01/31 10:05', NOW) ?? 0)).toBe('2026-01-31T10:05:00.000Z');
    expect(parseDateValue('2026-02-30', NOW)).toBeUndefined();
    expect(parseDateValue('yesterday', NOW)).toBeUndefined();
  });

  it('reads periods relative to now, past and future', () => {
    expect(iso(parseDateValue('-30d', NOW) ?? 0)).toBe('2026-01-19T12:00:00.000Z');
    expect(iso(parseDateValue('-2w', NOW) ?? 0)).toBe('2026-02-04T12:00:00.000Z');
    expect(iso(parseDateValue('-4h', NOW) ?? 0)).toBe('2026-02-18T08:00:00.000Z');
    expect(iso(parseDateValue('1d', NOW) ?? 0)).toBe('2026-02-19T12:00:00.000Z');
    expect(iso(parseDateValue('-1w 2d', NOW) ?? 0)).toBe('2026-02-09T12:00:00.000Z');
  });

  it('filters on relative dates', () => {
    expect(matchingKeys('created >= -2d')).toEqual(['CHG-2', 'SD-2', 'SD-4']);
    expect(matchingKeys('created >= -4h')).toEqual(['CHG-2']);
    expect(matchingKeys('created > "-4w 2d"')).toEqual(['CHG-1', 'CHG-2', 'SD-2', 'SD-4']);
    expect(matchingKeys('created < 1d')).toHaveLength(6);
    expect(matchingKeys('updated >= -2d')).toEqual(['CHG-2', 'SD-1', 'SD-2', 'SD-4']);
  });

  it('filters on absolute dates, = matching to the minute', () => {
    expect(matchingKeys('created < "2026-01-01"')).toEqual(['SD-3']);
    expect(matchingKeys('created >= "2026-02-01" AND created < "2026-02-02"')).toEqual(['CHG-1']);
    expect(matchingKeys('created = "2026-01-05"')).toEqual([]);
    expect(matchingKeys('created = "2026-01-05 09:30"')).toEqual(['SD-1']);
    expect(matchingKeys('createdDate = "2026-02-01"')).toEqual(['CHG-1']);
  });

  it('searches resolution dates under both names, EMPTY when unresolved', () => {
    expect(matchingKeys('resolved >= "2026/02/01"')).toEqual(['CHG-1']);
    expect(matchingKeys('resolutiondate is EMPTY')).toEqual(['CHG-2', 'SD-1', 'SD-2', 'SD-4']);
  });

  it('refuses a date it cannot read, with Jira\'s list of formats', () => {
    expect(errorsOf('created > "31.01.2026"')).toEqual([
      "Date value '31.01.2026' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ]);
  });
});

describe('JQL date functions', () => {
  it('computes the edges of the current day, week (from Sunday), month and year', () => {
    expect(dateFunction('now')).toBe('2026-02-18T12:00:00.000Z');
    expect(dateFunction('startOfDay')).toBe('2026-02-18T00:00:00.000Z');
    expect(dateFunction('endOfDay')).toBe('2026-02-18T23:59:59.999Z');
    expect(dateFunction('startOfWeek')).toBe('2026-02-15T00:00:00.000Z');
    expect(dateFunction('endOfWeek')).toBe('2026-02-21T23:59:59.999Z');
    expect(dateFunction('startOfMonth')).toBe('2026-02-01T00:00:00.000Z');
    expect(dateFunction('endOfMonth')).toBe('2026-02-28T23:59:59.999Z');
    expect(dateFunction('startOfYear')).toBe('2026-01-01T00:00:00.000Z');
    expect(dateFunction('endOfYear')).toBe('2026-12-31T23:59:59.999Z');
  });

  it('moves to another period with an offset in the function\'s own unit', () => {
    expect(dateFunction('startOfMonth', ['-1'])).toBe('2026-01-01T00:00:00.000Z');
    expect(dateFunction('endOfMonth', ['-1'])).toBe('2026-01-31T23:59:59.999Z');
    expect(dateFunction('startOfMonth', ['-1M'])).toBe('2026-01-01T00:00:00.000Z');
    expect(dateFunction('startOfYear', ['+1'])).toBe('2027-01-01T00:00:00.000Z');
    expect(dateFunction('endOfDay', ['-1'])).toBe('2026-02-17T23:59:59.999Z');
  });

  it('adds an offset in another unit to the edge', () => {
    expect(dateFunction('startOfMonth', ['+14d'])).toBe('2026-02-15T00:00:00.000Z');
    expect(dateFunction('startOfDay', ['+9h'])).toBe('2026-02-18T09:00:00.000Z');
  });

  it('filters with date functions in clauses', () => {
    expect(matchingKeys('created >= startOfDay()')).toEqual(['CHG-2', 'SD-4']);
    expect(matchingKeys('created >= startOfWeek()')).toEqual(['CHG-2', 'SD-2', 'SD-4']);
    expect(matchingKeys('created >= startOfMonth(-1) AND created < startOfMonth()')).toEqual(['SD-1']);
    expect(matchingKeys('created < startOfYear()')).toEqual(['SD-3']);
    expect(matchingKeys('resolved <= endOfMonth(-1)')).toEqual(['SD-3']);
    expect(matchingKeys('created > endOfYear(-1) AND created <= now()')).toEqual(['CHG-1', 'CHG-2', 'SD-1', 'SD-2', 'SD-4']);
    expect(matchingKeys('created > now()')).toEqual([]);
  });

  it('refuses bad arguments to date functions', () => {
    expect(errorsOf('created > startOfMonth(soon)')[0]).toContain("invalid increment 'soon'");
    expect(errorsOf('created > now(1)')).toEqual(["Function 'now' expected '0' arguments but received '1'."]);
  });
});
