import type { JqlAlias, JqlFunction } from '../jqlTypes';
import type { SimIssue, SimState } from '../model';

/**
 * The extension points (defined next to the simulator's context): `JqlAlias` is a search alias the app declares
 * in its manifest (an object custom field property with `searchAlias`, such as `imsClass.security`, or a
 * `jira:entityProperty` indexed value, such as `imsClause`); `JqlFunction` is a Forge `jira:jqlFunction`, which
 * returns a JQL clause that replaces the clause it was called in, or an error.
 */
export type { JqlAlias, JqlFunction };

export interface JqlContext {
  state: SimState;
  /** The caller, for `currentUser()`; null for an anonymous request (then `currentUser()` matches nothing). */
  currentAccountId: string | null;
  /** The clock for relative dates and date functions. The simulated site's time zone is UTC. */
  now: Date;
  aliases: JqlAlias[];
  jqlFunctions: Record<string, JqlFunction>;
}

export interface CompiledQuery {
  matches(issue: SimIssue): boolean;
  /** The query's ORDER BY as a comparator for `Array.prototype.sort`. */
  compare(a: SimIssue, b: SimIssue): number;
}

export type CompileResult = { ok: true; query: CompiledQuery } | { ok: false; errorMessages: string[] };
