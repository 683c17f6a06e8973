import type { Clause, FunctionOperand, Operand, TerminalClause } from '@atlaskit/jql-ast';
import type { SimIssue } from '../model';
import { DATE_FUNCTION_NAMES } from './dates';
import type { CompileEnv } from './env';
import { lookupField } from './fieldLookup';
import { EMPTY_VALUE, type FieldSpec, type Target } from './fieldSpec';
import { collect, failure, success, type Outcome } from './problems';
import { parseJql } from './syntax';

export type Matcher = (issue: SimIssue) => boolean;

const BUILT_IN_FUNCTIONS = new Set(['currentuser', 'membersof', 'linkedissues', ...DATE_FUNCTION_NAMES]);
const HISTORY_OPERATORS = new Set(['was', 'was not', 'was in', 'was not in', 'changed']);
const COMPARISONS: Record<string, (order: number) => boolean> = {
  '<': (order) => order < 0,
  '<=': (order) => order <= 0,
  '>': (order) => order > 0,
  '>=': (order) => order >= 0,
};
/** An app JQL function nesting deeper than this is almost certainly returning JQL that calls itself. */
const MAX_FUNCTION_DEPTH = 8;

export function compileClause(clause: Clause, env: CompileEnv): Outcome<Matcher> {
  switch (clause.clauseType) {
    case 'compound': {
      const parts = collect(clause.clauses.map((child) => compileClause(child, env)));
      if (!parts.ok) return parts;
      const matchers = parts.value;
      return success(
        clause.operator.value === 'and' ? (issue) => matchers.every((match) => match(issue)) : (issue) => matchers.some((match) => match(issue)),
      );
    }
    case 'not': {
      const inner = compileClause(clause.clause, env);
      return inner.ok ? success((issue) => !inner.value(issue)) : inner;
    }
    case 'terminal':
      return compileTerminal(clause, env);
  }
}

/** The operand values of a clause: targets, plus whether EMPTY (or a value meaning it) is among them. */
interface Operands {
  targets: Target[];
  includesEmpty: boolean;
}

function compileTerminal(clause: TerminalClause, env: CompileEnv): Outcome<Matcher> {
  const operator = clause.operator?.value;
  const operand = clause.operand ?? undefined;
  if (operator === undefined) return failure('syntax', `Error in the JQL Query: Expecting operator after '${clause.field.text}'.`);

  const appFunction = operand?.operandType === 'function' ? findAppFunction(operand, env) : undefined;
  if (operand?.operandType === 'function' && appFunction) return expandAppFunction(operand, operator, appFunction, env);

  const field = lookupField(clause.field, env);
  if (!field.ok) return field;
  const spec = field.value;
  if (HISTORY_OPERATORS.has(operator)) {
    return failure('validation', `The workbench's Jira simulator does not search issue history: operator '${operator}' on field '${spec.name}' is not supported.`);
  }
  if (!spec.operators.has(operator)) return failure('validation', `The operator '${operator}' is not supported by the '${spec.name}' field.`);
  if (operand === undefined) return failure('syntax', 'Error in the JQL Query: Expecting either a value, list or function before the end of the query.');

  const resolved = resolveOperands(spec, operator, operand, env);
  if (!resolved.ok) return resolved;
  return success(matcherFor(spec, operator, resolved.value));
}

function matcherFor(spec: FieldSpec, operator: string, { targets, includesEmpty }: Operands): Matcher {
  const anyMatches = (values: ReturnType<FieldSpec['values']>): boolean => values.some((value) => targets.some((target) => target.equals(value)));
  const comparison = COMPARISONS[operator];
  if (comparison) {
    return (issue) =>
      spec.values(issue).some((value) =>
        targets.some((target) => {
          const order = target.compare?.(value);
          return order !== undefined && comparison(order);
        }),
      );
  }
  switch (operator) {
    case 'is':
      return (issue) => spec.values(issue).length === 0;
    case 'is not':
      return (issue) => spec.values(issue).length > 0;
    case '!=':
    case 'not in':
    case '!~':
      // Jira's negative operators never match an issue without a value: `assignee != x` leaves out unassigned.
      return (issue) => {
        const values = spec.values(issue);
        return values.length > 0 && !anyMatches(values);
      };
    default:
      return (issue) => {
        const values = spec.values(issue);
        return (includesEmpty && values.length === 0) || anyMatches(values);
      };
  }
}

/**
 * The grammar already ties operand shapes to operators (lists only after IN/NOT IN, which take a list or a
 * function; IS/IS NOT only take EMPTY), so only the values themselves are checked here.
 */
function resolveOperands(spec: FieldSpec, operator: string, operand: Operand, env: CompileEnv): Outcome<Operands> {
  if (operator === 'is' || operator === 'is not') return success({ targets: [], includesEmpty: true });
  const listOperator = operator === 'in' || operator === 'not in';
  return resolveOne(spec, operator, operand, env, listOperator);
}

function resolveOne(spec: FieldSpec, operator: string, operand: Operand, env: CompileEnv, listOperator: boolean): Outcome<Operands> {
  switch (operand.operandType) {
    case 'keyword':
      if (COMPARISONS[operator]) return failure('validation', `The operator '${operator}' does not support the EMPTY value for field '${spec.name}'.`);
      return success({ targets: [], includesEmpty: true });
    case 'value': {
      const literal = spec.literal(operand.value, operator);
      if (!literal.ok) return literal;
      return success(literal.value === EMPTY_VALUE ? { targets: [], includesEmpty: true } : { targets: [literal.value], includesEmpty: false });
    }
    case 'function': {
      const name = operand.function.value;
      const fieldFunction = spec.functions[name.toLowerCase()];
      if (!fieldFunction) {
        if (BUILT_IN_FUNCTIONS.has(name.toLowerCase())) return failure('validation', `Function '${name}' is not supported by the field '${spec.name}'.`);
        if (findAppFunction(operand, env)) {
          return failure('validation', `The JQL function '${name}' must be the whole operand of its clause, not part of a list.`);
        }
        return failure('validation', `Unable to find JQL function '${name}()'.`);
      }
      if (fieldFunction.returnsList && !listOperator) {
        return failure('validation', `Function '${name}' returns a list of values and needs the operator 'in' or 'not in', not '${operator}'.`);
      }
      const target = fieldFunction.evaluate(operand.arguments.map((argument) => argument.value));
      return target.ok ? success({ targets: [target.value], includesEmpty: false }) : target;
    }
    case 'list': {
      // Nested lists, `a in (b, (c))`, are accepted by the grammar and mean the same as a flat list.
      const items = collect(operand.values.map((item) => resolveOne(spec, operator, item, env, listOperator)));
      return items.ok ? success(merge(items.value)) : items;
    }
  }
}

function merge(parts: Operands[]): Operands {
  return { targets: parts.flatMap((part) => part.targets), includesEmpty: parts.some((part) => part.includesEmpty) };
}

function findAppFunction(operand: FunctionOperand, env: CompileEnv) {
  const name = operand.function.value.toLowerCase();
  if (BUILT_IN_FUNCTIONS.has(name)) return undefined;
  const entry = Object.entries(env.ctx.jqlFunctions).find(([candidate]) => candidate.toLowerCase() === name);
  return entry?.[1];
}

/**
 * A Forge `jira:jqlFunction` returns a JQL clause that stands in for the whole clause it was called in
 * (`issue in evidenceFor("ISO27001:A.5.24")` becomes whatever JQL it returns); NOT IN and != negate it. The
 * returned JQL goes through the same grammar: bad JQL from a function is an error, never ignored.
 */
function expandAppFunction(
  operand: FunctionOperand,
  operator: string,
  appFunction: (args: string[]) => string | { error: string },
  env: CompileEnv,
): Outcome<Matcher> {
  const name = operand.function.value;
  if (!['=', '!=', 'in', 'not in'].includes(operator)) {
    return failure('validation', `The operator '${operator}' is not supported by the JQL function '${name}'.`);
  }
  if (env.functionDepth >= MAX_FUNCTION_DEPTH) {
    return failure('validation', `The JQL function '${name}' nests too deeply: it returns JQL that keeps calling JQL functions.`);
  }
  let returned: string | { error: string };
  try {
    returned = appFunction(operand.arguments.map((argument) => argument.value));
  } catch (error) {
    return failure('validation', `The JQL function '${name}' failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof returned !== 'string') return failure('validation', returned.error);
  const parsed = parseJql(returned);
  if (!parsed.ok) return failure('validation', `The JQL function '${name}' returned invalid JQL: ${parsed.problems[0]?.message ?? ''}`);
  const where = parsed.value.where;
  if (parsed.value.orderBy || !where) {
    return failure('validation', `The JQL function '${name}' must return a single clause without ORDER BY, but returned '${returned}'.`);
  }
  const compiled = compileClause(where, { ...env, functionDepth: env.functionDepth + 1 });
  if (!compiled.ok) return compiled;
  const match = compiled.value;
  return success(operator === '!=' || operator === 'not in' ? (issue) => !match(issue) : match);
}
