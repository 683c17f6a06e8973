import type { CompileResult, CompiledQuery, JqlContext } from './context';
import { compileClause, type Matcher } from './compileClause';
import { compileEnv } from './env';
import { compileOrderBy } from './orderBy';
import { uniqueMessages, type Outcome, type Problem } from './problems';
import { parseJql } from './syntax';

/**
 * Compiles JQL for the Jira simulator's searches: `matches` filters issues, `compare` sorts them per ORDER BY.
 * A query Jira would refuse (bad syntax, unknown field, function or value, unsupported operator) is refused with
 * Jira's messages; the simulator never answers a query it cannot evaluate faithfully.
 */
export function compileJql(jql: string, ctx: JqlContext): CompileResult {
  const outcome = compileQuery(jql, ctx);
  return outcome.ok ? { ok: true, query: outcome.value } : { ok: false, errorMessages: uniqueMessages(outcome.problems) };
}

/** As `compileJql`, keeping each problem's kind (syntax, validation, value) for `POST /rest/api/3/jql/parse`. */
export function compileQuery(jql: string, ctx: JqlContext): Outcome<CompiledQuery> {
  const parsed = parseJql(jql);
  if (!parsed.ok) return parsed;
  const env = compileEnv(ctx);
  const where = parsed.value.where;
  const matcher: Outcome<Matcher> = where ? compileClause(where, env) : { ok: true, value: () => true };
  const order = compileOrderBy(parsed.value.orderBy, env);
  const problems: Problem[] = [...(matcher.ok ? [] : matcher.problems), ...(order.ok ? [] : order.problems)];
  if (!matcher.ok || !order.ok) return { ok: false, problems };
  return { ok: true, value: { matches: matcher.value, compare: order.value } };
}
