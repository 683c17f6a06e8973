// Jira accepts long queries, but a scope is a filter a person typed: anything longer is a paste accident.
export const MAX_SCOPE_JQL_LENGTH = 4000;
