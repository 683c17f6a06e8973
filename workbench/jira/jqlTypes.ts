import type { SimIssue } from './model';

/** The JQL engine's extension points (see `jql/index.ts`): searchAlias-style names and `jira:jqlFunction`s. */
export interface JqlAlias {
  name: string;
  resolve(issue: SimIssue): unknown;
}

export type JqlFunction = (args: string[]) => string | { error: string };
