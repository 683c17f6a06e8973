import { JastBuilder, type Query, type ValueOperand } from '@atlaskit/jql-ast';

/** Parses with Atlassian's grammar and fails the test on any error. */
export function parseJql(jql: string): Query {
  const jast = new JastBuilder().build(jql);
  if (jast.errors.length > 0 || !jast.query) {
    throw new Error(`JQL does not parse: ${jql}: ${jast.errors.map((error) => error.message).join('; ')}`);
  }
  return jast.query;
}

/** Reads a quoted JQL literal the way Jira does (its ESCAPE rule); the AST's own `value` drops `\uXXXX` meaning. */
export function jiraValueOf(operand: ValueOperand): string {
  const escapes: Record<string, string> = { t: '\t', n: '\n', r: '\r' };
  return operand.text
    .slice(1, -1)
    .replace(/\\(u[0-9a-fA-F]{4}|.)/gs, (_, escape: string) =>
      escape.length === 5 ? String.fromCharCode(parseInt(escape.slice(1), 16)) : (escapes[escape] ?? escape),
    );
}
