import type { SimIssue } from '../model';
import type { Outcome } from './problems';

/** A field value as the engine compares it: ids, keys and words as strings, numbers and instants (ms) as numbers. */
export type Scalar = string | number;

/** What one operand value resolved to, against which an issue's values are tested. */
export interface Target {
  equals(value: Scalar): boolean;
  /** Negative, zero or positive as the issue's value sorts before, at or after the operand; undefined if incomparable. */
  compare?(value: Scalar): number | undefined;
}

/** An operand value that means "no value" although it is not the EMPTY keyword (`resolution = Unresolved`). */
export const EMPTY_VALUE = 'EMPTY';
export type ResolvedOperand = Target | typeof EMPTY_VALUE;

export interface FieldFunction {
  /** List functions (`membersOf`, `linkedIssues`) only go with IN and NOT IN, as in Jira. */
  returnsList: boolean;
  evaluate(args: string[]): Outcome<Target>;
}

/** Sort keys compare element by element; null (no value) sorts after every value, as Jira puts EMPTY last in ASC. */
export type SortKey = Scalar[];

export interface FieldSpec {
  /** The clause name as the query wrote it, for messages. */
  name: string;
  operators: ReadonlySet<string>;
  /** The issue's values; an empty list is EMPTY. */
  values(issue: SimIssue): Scalar[];
  /** Resolves a literal operand value (`"To Do"`, `-30d`, `ABC-12`) for the operator it is used with. */
  literal(value: string, operator: string): Outcome<ResolvedOperand>;
  /** Functions this field accepts as operand, by lower-case name. */
  functions: Record<string, FieldFunction>;
  sortKey?(issue: SimIssue): SortKey | null;
  /** Jira sorts by "the field's own order" when ORDER BY gives no direction: dates and priority descend. */
  sortsDescendingByDefault?: boolean;
}

export const EQUALITY_OPERATORS = ['=', '!=', 'in', 'not in', 'is', 'is not'] as const;
export const COMPARISON_OPERATORS = ['<', '<=', '>', '>='] as const;
export const TEXT_OPERATORS = ['~', '!~', 'is', 'is not'] as const;
export const ORDERED_OPERATORS = [...EQUALITY_OPERATORS, ...COMPARISON_OPERATORS] as const;

export function operators(...lists: readonly (readonly string[])[]): ReadonlySet<string> {
  return new Set(lists.flat());
}

export function valueNotFound(value: string, field: string): string {
  return `The value '${value}' does not exist for the field '${field}'.`;
}

/** A target matching any of the given canonical values (ids, keys, lower-cased words). */
export function oneOf(values: Iterable<Scalar>): Target {
  const set = new Set(values);
  return { equals: (value) => set.has(value) };
}
