import { JastBuilder } from '@atlaskit/jql-ast';
import type { Jql } from './builder';
import { MAX_SCOPE_JQL_LENGTH } from './limits';
import { invalidJql, type JqlResult } from './result';

/** The condition part of a user's JQL filter, checked to stand alone inside parentheses. */
export interface ScopeFragment {
  readonly kind: 'scope';
  readonly text: string;
  /** Set when a trailing ORDER BY was dropped: what to tell the user. */
  readonly notice?: string;
}


/**
 * Checks a user-typed scope JQL and returns the condition to combine as `(<scope>) AND ...`. Call it only on JQL
 * that Jira's own parser accepted (`POST /rest/api/3/jql/parse`), so Jira's message reaches the user for a bad
 * query; this check adds what that parse cannot know: a scope filters, it cannot sort, and it must stand alone.
 */
export function scopeFragment(userJql: string): JqlResult<ScopeFragment> {
  const text = userJql.trim();
  if (text === '') return invalidJql('The scope JQL is empty: type a filter such as project = SD, or choose projects instead');
  if (text.length > MAX_SCOPE_JQL_LENGTH) {
    return invalidJql(`The scope JQL is too long (${text.length} characters, at most ${MAX_SCOPE_JQL_LENGTH})`);
  }
  const { query, errors } = new JastBuilder().build(text);
  const orderByPosition = query?.orderBy?.position ?? undefined;
  const orderBy = orderByPosition ? text.slice(...orderByPosition) : undefined;
  if (errors.length > 0) {
    if (orderByPosition && text.slice(orderByPosition[1]).trim() !== '') {
      return invalidJql(
        `The scope JQL has ORDER BY before the end of the query ("${orderBy}"): a scope only filters issues, ` +
          'so remove the ORDER BY',
      );
    }
    return invalidJql(`The scope JQL does not parse: ${errors[0]?.message ?? 'unknown error'}`);
  }
  const condition = query?.where?.position ? text.slice(...query.where.position) : '';
  if (condition.trim() === '') {
    return invalidJql('The scope JQL has no condition, only an ORDER BY: type a filter such as project = SD');
  }
  if (orderBy === undefined) return { ok: true, value: { kind: 'scope', text: condition } };
  return {
    ok: true,
    value: {
      kind: 'scope',
      text: condition,
      notice: `"${orderBy}" was removed from the scope JQL: the report orders its own results`,
    },
  };
}

/** The scope as one parenthesised clause, so an OR inside it cannot widen the rest of the query. */
export const scopeClause = (scope: ScopeFragment): Jql => ({ text: `(${scope.text})`, kind: 'term' });
