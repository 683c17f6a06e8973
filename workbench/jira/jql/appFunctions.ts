import { JastBuilder, walkAST, type TerminalClause } from '@atlaskit/jql-ast';
import type { AppJqlFunction, JqlFunction, JqlFunctionClause } from '../jqlTypes';

/**
 * Forge `jira:jqlFunction`s are remote invocations (asynchronous) but the JQL engine is synchronous. Jira
 * itself works the same way round: before a search it replaces every app function clause with the JQL the
 * app returned for it (a "precomputation", stored per function, field, operator and arguments). So this
 * walks the query first, awaits the app once per distinct call, and hands the engine a synchronous map of
 * the answers.
 */

/** The engine refuses app functions nesting deeper than this (compileClause's MAX_FUNCTION_DEPTH); no need to ask. */
const MAX_FUNCTION_DEPTH = 8;
const NEGATING_OPERATORS = new Set(['!=', 'not in']);

interface AppFunctionCall {
  name: string;
  clause: JqlFunctionClause;
}

type Answer = { jql: string } | { error: string };

/**
 * Calls the app functions the JQL uses (and those the returned JQL uses in turn) and returns the engine's
 * synchronous `jqlFunctions` map of the answers. Only app function names are looked at: built-ins and unknown
 * names are left to the engine, which reports them. JQL that does not parse asks nothing.
 */
export async function precomputeAppFunctions(jql: string, appFunctions: Record<string, AppJqlFunction>): Promise<Record<string, JqlFunction>> {
  const byName = new Map(Object.entries(appFunctions).map(([name, fn]) => [name.toLowerCase(), { name, fn }]));
  const answers = new Map<string, { call: AppFunctionCall; answer: Answer }[]>();
  const asked = new Set<string>();
  let pending = [jql];
  for (let depth = 0; depth < MAX_FUNCTION_DEPTH && pending.length > 0; depth += 1) {
    const calls = pending.flatMap((query) => appFunctionCalls(query, byName)).filter((call) => {
      const id = callId(call);
      if (asked.has(id)) return false;
      asked.add(id);
      return true;
    });
    const answered = await Promise.all(calls.map(async (call) => ({ call, answer: await ask(byName.get(call.name.toLowerCase())!.fn, call) })));
    for (const entry of answered) {
      const key = lookupKey(entry.call.name, entry.call.clause.arguments);
      answers.set(key, [...(answers.get(key) ?? []), entry]);
    }
    pending = answered.flatMap(({ answer }) => ('jql' in answer ? [answer.jql] : []));
  }
  return Object.fromEntries([...byName.values()].map(({ name }) => [name, (args: string[]) => answerFor(name, args, answers)]));
}

function appFunctionCalls(jql: string, byName: ReadonlyMap<string, unknown>): AppFunctionCall[] {
  const jast = new JastBuilder().build(jql);
  if (jast.errors.length > 0 || !jast.query) return [];
  const calls: AppFunctionCall[] = [];
  walkAST(
    {
      enterTerminalClause(clause: TerminalClause) {
        // Only a function that is the clause's whole operand stands in for the clause; inside a list the engine refuses it.
        const operand = clause.operand;
        const operator = clause.operator?.value;
        if (operand?.operandType !== 'function' || operator === undefined) return;
        const name = operand.function.value;
        if (!byName.has(name.toLowerCase())) return;
        calls.push({ name, clause: { field: clause.field.value, operator, arguments: operand.arguments.map((argument) => argument.value) } });
      },
    },
    jast,
  );
  return calls;
}

async function ask(fn: AppJqlFunction, call: AppFunctionCall): Promise<Answer> {
  let answer: Answer;
  try {
    answer = await fn(call.clause);
  } catch (error) {
    return { error: `The JQL function '${call.name}' failed: ${error instanceof Error ? error.message : String(error)}` };
  }
  if ('error' in answer) return { error: answer.error };
  // The app's JQL replaces the whole clause, operator included, so `not in` is the app's to express. The
  // engine negates a function clause under != and NOT IN; wrapping the answer in NOT cancels that out.
  return NEGATING_OPERATORS.has(call.clause.operator) ? { jql: `NOT (${answer.jql})` } : { jql: answer.jql };
}

/**
 * The engine looks a function up by name and arguments only. The same call under another field or operator is
 * another precomputation in Jira; when those answers differ the engine could not tell them apart, so the
 * query is refused rather than answered with the wrong one.
 */
function answerFor(name: string, args: string[], answers: ReadonlyMap<string, { call: AppFunctionCall; answer: Answer }[]>): string | { error: string } {
  const entries = answers.get(lookupKey(name, args)) ?? [];
  const first = entries[0];
  if (!first) return { error: `The JQL function '${name}' was not evaluated for the arguments (${args.join(', ')}).` };
  const distinct = new Set(entries.map(({ answer }) => JSON.stringify(answer)));
  if (distinct.size > 1) {
    return { error: `The workbench cannot search '${name}(${args.join(', ')})' under different fields or operators in one query.` };
  }
  return 'jql' in first.answer ? first.answer.jql : first.answer;
}

function lookupKey(name: string, args: string[]): string {
  return JSON.stringify([name.toLowerCase(), args]);
}

function callId(call: AppFunctionCall): string {
  return JSON.stringify([call.name.toLowerCase(), call.clause.field.toLowerCase(), call.clause.operator, call.clause.arguments]);
}
