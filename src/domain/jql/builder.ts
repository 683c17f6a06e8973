import { RESERVED_WORDS } from '@atlaskit/jql-ast';
import type { JqlDate } from './jqlDate';
import { jqlString } from './jqlString';

/**
 * A piece of JQL built from typed parts. Only the constructors below make one, so every user value in it went
 * through `jqlString`; `kind` tells a composer whether it needs parentheses.
 */
export interface Jql {
  readonly text: string;
  readonly kind: 'term' | 'and' | 'or' | 'not';
}

export type JqlValue = string | number | JqlDate;

export type ComparisonOperator = '<' | '<=' | '>' | '>=';

const BARE_FIELD = /^(?:[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*|cf\[\d+\])$/;

/** Field names are ours (aliases, system fields), but a reserved word or odd character still needs quotes. */
export function jqlField(name: string): string {
  if (name.trim() === '') throw new RangeError('A JQL field name cannot be empty');
  return BARE_FIELD.test(name) && !RESERVED_WORDS.has(name.toLowerCase()) ? name : jqlString(name);
}

export function jqlValue(value: JqlValue): string {
  if (typeof value === 'string') return jqlString(value);
  if (typeof value === 'number') {
    // The grammar's numbers are integers; anything else would have to be a quoted string, which is a different query.
    if (!Number.isSafeInteger(value)) throw new RangeError(`JQL numbers are integers: ${value}`);
    return String(value);
  }
  return jqlString(value.text);
}

const term = (text: string): Jql => ({ text, kind: 'term' });

export const equals = (field: string, value: JqlValue): Jql => term(`${jqlField(field)} = ${jqlValue(value)}`);
export const notEquals = (field: string, value: JqlValue): Jql => term(`${jqlField(field)} != ${jqlValue(value)}`);
export const compare = (field: string, operator: ComparisonOperator, value: JqlValue): Jql =>
  term(`${jqlField(field)} ${operator} ${jqlValue(value)}`);
export const isEmpty = (field: string): Jql => term(`${jqlField(field)} IS EMPTY`);
export const isNotEmpty = (field: string): Jql => term(`${jqlField(field)} IS NOT EMPTY`);

function list(values: readonly JqlValue[]): string {
  // `field IN ()` does not parse: an empty list is a bug in the caller, not a query that matches nothing.
  if (values.length === 0) throw new RangeError('A JQL IN list needs at least one value');
  return `(${values.map(jqlValue).join(', ')})`;
}

export const inList = (field: string, values: readonly JqlValue[]): Jql => term(`${jqlField(field)} IN ${list(values)}`);
export const notInList = (field: string, values: readonly JqlValue[]): Jql =>
  term(`${jqlField(field)} NOT IN ${list(values)}`);

const grouped = (part: Jql, unless: Jql['kind'][]): string => (unless.includes(part.kind) ? part.text : `(${part.text})`);

function compound(operator: 'and' | 'or', parts: readonly Jql[]): Jql {
  if (parts.length === 0) throw new RangeError(`${operator.toUpperCase()} needs at least one clause`);
  if (parts.length === 1) return parts[0] as Jql;
  // Same operator flattens; the other compound is parenthesised (AND binds tighter than OR, but readers forget).
  const text = parts.map((part) => grouped(part, ['term', 'not', operator])).join(` ${operator.toUpperCase()} `);
  return { text, kind: operator };
}

export const and = (...parts: Jql[]): Jql => compound('and', parts);
export const or = (...parts: Jql[]): Jql => compound('or', parts);
export const not = (part: Jql): Jql => ({ text: `NOT ${grouped(part, ['term'])}`, kind: 'not' });
