import type { SimIssue } from './model';

/** The JQL engine's extension points (see `jql/index.ts`): searchAlias-style names and `jira:jqlFunction`s. */
export interface JqlAlias {
  name: string;
  /** `date` for date-time values (searched with date literals and functions such as `now()`); else generic. */
  type?: 'date';
  resolve(issue: SimIssue): unknown;
}

/** The engine's synchronous view of a JQL function: JQL for the arguments (precomputed for app functions). */
export type JqlFunction = (args: string[]) => string | { error: string };

/** The clause an app JQL function call stands in for, as Forge hands it to the app's function. */
export interface JqlFunctionClause {
  field: string;
  operator: string;
  arguments: string[];
}

/**
 * An app's `jira:jqlFunction`: a Forge invocation, so asynchronous. It answers JQL that replaces the whole
 * clause, or an error message Jira shows as the search's 400.
 */
export type AppJqlFunction = (clause: JqlFunctionClause) => Promise<{ jql: string } | { error: string }>;
