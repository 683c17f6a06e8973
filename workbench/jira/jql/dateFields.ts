import type { SimIssue } from '../model';
import { DATE_FUNCTION_NAMES, evaluateDateFunction, invalidDateMessage, parseDateValue } from './dates';
import type { CompileEnv } from './env';
import { ORDERED_OPERATORS, operators, type FieldFunction, type FieldSpec, type Target } from './fieldSpec';
import { failure, success, type Outcome } from './problems';

const MINUTE = 60_000;

/**
 * Date and date-time fields. Values are instants in ms (UTC). Comparisons are to the minute, the precision of
 * JQL date values, so `created = "2026-01-31 10:00"` finds issues created during that minute (and
 * `created = "2026-01-31"` only those created at midnight, as in Jira).
 */
export function dateField(name: string, env: CompileEnv, instantOf: (issue: SimIssue) => string | null | undefined): FieldSpec {
  const values = (issue: SimIssue): number[] => {
    const raw = instantOf(issue);
    if (raw == null) return [];
    const ms = Date.parse(raw);
    return Number.isNaN(ms) ? [] : [ms];
  };
  const functions: Record<string, FieldFunction> = {};
  for (const functionName of DATE_FUNCTION_NAMES) {
    functions[functionName] = {
      returnsList: false,
      evaluate: (args) => mapTarget(evaluateDateFunction(functionName, args, env.ctx.now)),
    };
  }
  return {
    name,
    operators: operators(ORDERED_OPERATORS),
    values,
    literal: (value) => {
      const ms = parseDateValue(value, env.ctx.now);
      return ms === undefined ? failure('validation', invalidDateMessage(value, name)) : success(instantTarget(ms));
    },
    functions,
    sortKey: (issue) => {
      const [ms] = values(issue);
      return ms === undefined ? null : [ms];
    },
    sortsDescendingByDefault: true,
  };
}

function mapTarget(outcome: Outcome<number>): Outcome<Target> {
  return outcome.ok ? success(instantTarget(outcome.value)) : outcome;
}

function instantTarget(ms: number): Target {
  const minute = Math.floor(ms / MINUTE);
  return {
    equals: (value) => typeof value === 'number' && Math.floor(value / MINUTE) === minute,
    compare: (value) => (typeof value === 'number' ? Math.floor(value / MINUTE) - minute : undefined),
  };
}
