import type { Clause, Field, Operand, OrderBy, Query, TerminalClause } from '@atlaskit/jql-ast';
import { compileQuery } from './compileJql';
import type { JqlContext } from './context';
import { uniqueMessages } from './problems';
import { parseJql } from './syntax';

/** The `validation` query parameter of `POST /rest/api/3/jql/parse`. */
export type JqlValidation = 'strict' | 'warn' | 'none';

/** Shapes of the OpenAPI schemas `ParsedJqlQueries`, `JqlQuery` and their parts. */
export interface JqlQueryField {
  name: string;
  encodedName: string;
  property?: { entity: string; key: string; path: string }[];
}
export type JqlQueryOperand =
  | { value: string; encodedValue: string }
  | { keyword: 'empty' }
  | { function: string; arguments: string[]; encodedOperand: string }
  | { values: JqlQueryOperand[]; encodedOperand: string };
export type JqlQueryClause =
  | { clauses: JqlQueryClause[]; operator: 'and' | 'or' | 'not' }
  | { field: JqlQueryField; operator: string; operand?: JqlQueryOperand; predicates?: { operator: string; operand?: JqlQueryOperand }[] };
export interface JqlQueryStructure {
  where?: JqlQueryClause;
  orderBy?: { fields: { field: JqlQueryField; direction?: 'asc' | 'desc' }[] };
}
export interface ParsedJqlQuery {
  query: string;
  structure?: JqlQueryStructure;
  errors?: string[];
  warnings?: string[];
}

/**
 * The response body of `POST /rest/api/3/jql/parse`. Syntax errors never return a structure. `strict` (Jira's
 * default) reports every problem as an error and then returns no structure; `warn` reports values that name
 * nothing (unknown project, status, user ...) as warnings and still returns the structure; `none` only checks
 * syntax. Without a context only the syntax can be checked, as with `none`.
 */
export function parseJqlForApi(
  queries: string[],
  options: { validation?: JqlValidation; ctx?: JqlContext } = {},
): { queries: ParsedJqlQuery[] } {
  const validation = options.validation ?? 'strict';
  return { queries: queries.map((query) => parseOne(query, validation, options.ctx)) };
}

function parseOne(query: string, validation: JqlValidation, ctx: JqlContext | undefined): ParsedJqlQuery {
  const parsed = parseJql(query);
  if (!parsed.ok) return { query, errors: uniqueMessages(parsed.problems) };
  const structure = structureOf(parsed.value, query);
  if (validation === 'none' || !ctx) return { query, structure };

  const compiled = compileQuery(query, ctx);
  if (compiled.ok) return { query, structure };
  if (validation === 'strict') return { query, errors: uniqueMessages(compiled.problems) };

  const errors = uniqueMessages(compiled.problems.filter((problem) => problem.kind !== 'value'));
  const warnings = uniqueMessages(compiled.problems.filter((problem) => problem.kind === 'value'));
  return {
    query,
    ...(errors.length > 0 ? { errors } : { structure }),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

function structureOf(query: Query, source: string): JqlQueryStructure {
  return {
    ...(query.where ? { where: clauseOf(query.where, source) } : {}),
    ...(query.orderBy ? { orderBy: orderByOf(query.orderBy, source) } : {}),
  };
}

function clauseOf(clause: Clause, source: string): JqlQueryClause {
  switch (clause.clauseType) {
    case 'compound':
      return { clauses: clause.clauses.map((child) => clauseOf(child, source)), operator: clause.operator.value };
    case 'not':
      return { clauses: [clauseOf(clause.clause, source)], operator: 'not' };
    case 'terminal':
      return terminalOf(clause, source);
  }
}

function terminalOf(clause: TerminalClause, source: string): JqlQueryClause {
  const operator = clause.operator?.value ?? '';
  const operand = clause.operand ? operandOf(clause.operand, source) : undefined;
  const history = operator.startsWith('was') || operator === 'changed';
  return {
    field: fieldOf(clause.field, source),
    operator,
    ...(operand ? { operand } : {}),
    // Predicates (BY, AFTER ...) only exist on the WAS and CHANGED clause shapes.
    ...(history
      ? { predicates: clause.predicates.map((predicate) => ({ operator: predicate.operator.value, ...(predicate.operand ? { operand: operandOf(predicate.operand, source) } : {}) })) }
      : {}),
  };
}

function operandOf(operand: Operand, source: string): JqlQueryOperand {
  const encoded = operand.position ? source.slice(operand.position[0], operand.position[1]) : '';
  switch (operand.operandType) {
    case 'value':
      return { value: operand.value, encodedValue: operand.text };
    case 'keyword':
      return { keyword: 'empty' };
    case 'function':
      return { function: operand.function.value, arguments: operand.arguments.map((argument) => argument.value), encodedOperand: encoded };
    case 'list':
      return { values: operand.values.map((value) => operandOf(value, source)), encodedOperand: encoded };
  }
}

function fieldOf(field: Field, source: string): JqlQueryField {
  const properties = field.properties ?? [];
  if (properties.length === 0) return { name: field.value, encodedName: field.text };
  const encodedName = field.position ? source.slice(field.position[0], field.position[1]) : field.text;
  const entity = field.value.replace(/\.property$/i, '');
  const property = properties.map((entry) => ({
    entity,
    key: entry.key?.value ?? '',
    path: (entry.path ?? []).map((part) => part.value.replace(/^\./, '')).join('.'),
  }));
  const name = `${field.value}${property.map((entry) => `[${entry.key}]${entry.path ? `.${entry.path}` : ''}`).join('')}`;
  return { name, encodedName, property };
}

function orderByOf(orderBy: OrderBy, source: string): NonNullable<JqlQueryStructure['orderBy']> {
  return {
    fields: orderBy.fields.map((orderField) => ({
      field: fieldOf(orderField.field, source),
      ...(orderField.direction ? { direction: orderField.direction.value === 'DESC' ? ('desc' as const) : ('asc' as const) } : {}),
    })),
  };
}
