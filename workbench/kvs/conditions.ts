import { isDeepStrictEqual } from 'node:util';
import { invalidInput } from './errors';

/** The condition names `@forge/kvs` sends (conditions.js), each with its `values` array. */
export const CONDITION_NAMES = [
  'BEGINS_WITH',
  'BETWEEN',
  'CONTAINS',
  'NOT_CONTAINS',
  'EQUAL_TO',
  'NOT_EQUAL_TO',
  'EXISTS',
  'NOT_EXISTS',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
] as const;
export type ConditionName = (typeof CONDITION_NAMES)[number];

/** Conditions a range (`where`) may use on an index; the rest are filter-only. */
export const RANGE_CONDITIONS: readonly ConditionName[] = [
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
];

export interface Condition {
  condition: ConditionName;
  values: unknown[];
}
export interface AttributeCondition extends Condition {
  property: string;
}
/** `{ and: [...] }` or `{ or: [...] }`, never both (the SDK's FilterBuilder.operator()). */
export interface ConditionGroup {
  and?: AttributeCondition[];
  or?: AttributeCondition[];
}

export function checkCondition(condition: Condition): void {
  const wanted = condition.condition === 'BETWEEN' ? 2 : 1;
  if (condition.values.length < wanted) {
    throw invalidInput('INSUFFICIENT_FILTER_VALUES', `${condition.condition} needs ${wanted} value(s)`);
  }
  if (condition.values.length > wanted) {
    throw invalidInput('INVALID_FILTER_VALUES', `${condition.condition} takes ${wanted} value(s); got ${condition.values.length}`);
  }
}

export function checkConditionGroup(group: ConditionGroup): AttributeCondition[] {
  if (group.and && group.or) {
    throw invalidInput('INVALID_FILTER_OPERATORS_COMBINATION', 'Filter operators "and" and "or" cannot be present at the same level');
  }
  const items = group.and ?? group.or ?? [];
  if (items.length === 0) throw invalidInput('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty');
  items.forEach(checkCondition);
  return items;
}

export function matchesGroup(value: Record<string, unknown>, group: ConditionGroup): boolean {
  const test = (item: AttributeCondition) => matchesCondition(value[item.property], item);
  if (group.or) return group.or.some(test);
  return (group.and ?? []).every(test);
}

export function matchesCondition(actual: unknown, { condition, values }: Condition): boolean {
  const [first, second] = values;
  switch (condition) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return actual !== undefined && isDeepStrictEqual(actual, first);
    case 'NOT_EQUAL_TO':
      return !isDeepStrictEqual(actual, first);
    case 'BEGINS_WITH':
      return typeof actual === 'string' && actual.startsWith(String(first));
    case 'CONTAINS':
      return contains(actual, first);
    case 'NOT_CONTAINS':
      return actual !== undefined && !contains(actual, first);
    case 'BETWEEN':
      return comparable(actual, first, second) && compareScalars(actual, first) >= 0 && compareScalars(actual, second) <= 0;
    case 'GREATER_THAN':
      return comparable(actual, first) && compareScalars(actual, first) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return comparable(actual, first) && compareScalars(actual, first) >= 0;
    case 'LESS_THAN':
      return comparable(actual, first) && compareScalars(actual, first) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return comparable(actual, first) && compareScalars(actual, first) <= 0;
  }
}

function contains(actual: unknown, needle: unknown): boolean {
  if (typeof actual === 'string') return actual.includes(String(needle));
  if (Array.isArray(actual)) return actual.some((item) => isDeepStrictEqual(item, needle));
  return false;
}

/** Ordering only holds between two numbers or two strings; anything else never matches a range. */
function comparable(...operands: unknown[]): boolean {
  const kinds = new Set(operands.map((operand) => typeof operand));
  return kinds.size === 1 && (kinds.has('number') || kinds.has('string'));
}

/** Numbers numerically, strings by UTF-16 code units (a byte-order sort for the ASCII ids we store). */
export function compareScalars(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
