/** JQL the app builds: every user value escaped, every query parseable by Atlassian's grammar (DESIGN §4). */
export { jqlString } from './jqlString';
export {
  and,
  compare,
  equals,
  inList,
  isEmpty,
  isNotEmpty,
  jqlField,
  jqlValue,
  not,
  notEquals,
  notInList,
  or,
  type ComparisonOperator,
  type Jql,
  type JqlValue,
} from './builder';
export { isCalendarDate, jqlDate, type JqlDate } from './jqlDate';
export { MAX_SCOPE_JQL_LENGTH } from './limits';
export { scopeClause, scopeFragment, type ScopeFragment } from './scopeFragment';
export type { InvalidJql, JqlResult } from './result';
