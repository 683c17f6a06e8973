import { JastBuilder, JQLSyntaxError, RESERVED_CHARACTERS_REGEX, RESERVED_WORDS, type Query } from '@atlaskit/jql-ast';
import { failure, success, type Outcome, type Problem } from './problems';

const VALID_OPERATORS = "'=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'";

/**
 * Parses JQL with Atlassian's own grammar (`@atlaskit/jql-ast`) and never relaxes it: whatever the grammar
 * rejects (for example the unquoted reserved word in `imsClass.security = true`) is refused here, with Jira's
 * "Error in the JQL Query: ... (line L, character C)" message shape.
 */
export function parseJql(jql: string): Outcome<Query> {
  const jast = new JastBuilder().build(jql);
  if (jast.errors.length > 0) {
    // ANTLR recovers and may report follow-on errors; Jira reports the first one only.
    const first = jast.errors[0];
    return { ok: false, problems: [syntaxProblem(jql, first)] };
  }
  if (!jast.query) return failure('syntax', 'Error in the JQL Query: the query could not be parsed.');
  return success(jast.query);
}

function syntaxProblem(jql: string, error: Error | undefined): Problem {
  if (!(error instanceof JQLSyntaxError)) {
    return { kind: 'syntax', message: `Error in the JQL Query: ${error?.message ?? 'the query could not be parsed'}.` };
  }
  const token = jql.slice(error.start, Math.max(error.stop, error.start));
  const where = `(line ${error.line}, character ${error.charPositionInLine + 1})`;
  return { kind: 'syntax', message: `Error in the JQL Query: ${explain(error.message, token)} ${where}` };
}

/** Turns ANTLR's "mismatched input 'x' expecting {...}" into the sentence Jira shows for the same position. */
function explain(antlrMessage: string, token: string): string {
  const atEnd = token === '';
  const expecting = antlrMessage.includes('expecting') ? antlrMessage.slice(antlrMessage.indexOf('expecting')) : '';
  const reservedWord = !atEnd && RESERVED_WORDS.has(token.toLowerCase());
  const reservedCharacter = token.length === 1 && RESERVED_CHARACTERS_REGEX.test(token) && !/[()"',\s]/.test(token);

  if (reservedCharacter) {
    const escape = `\\u${token.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return `The character '${token}' is a reserved JQL character. You must enclose it in a string or use the escape '${escape}' instead.`;
  }
  if (expecting.includes('EMPTY') && expecting.includes('STRING')) {
    if (atEnd) return 'Expecting either a value, list or function before the end of the query.';
    if (reservedWord) return `'${token}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.`;
    return `Expecting either a value, list or function but got '${token}'. You must surround '${token}' in quotation marks to use it as a value.`;
  }
  if (expecting.includes("'='") && expecting.includes('IN')) {
    if (atEnd) return `Expecting operator before the end of the query. The valid operators are ${VALID_OPERATORS}.`;
    return `Expecting operator but got '${token}'. The valid operators are ${VALID_OPERATORS}.`;
  }
  if (expecting.includes('CUSTOMFIELD')) {
    if (atEnd) return 'Expecting a field name before the end of the query.';
    if (reservedWord) return `'${token}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.`;
    return `Expecting a field name but got '${token}'.`;
  }
  if (expecting.includes('ORDER')) return `Expecting either 'OR' or 'AND' but got '${token}'.`;
  if (antlrMessage.startsWith("missing ')'")) {
    return atEnd ? "Expecting ')' before the end of the query." : `Expecting ')' but got '${token}'.`;
  }
  return `${antlrMessage.charAt(0).toUpperCase()}${antlrMessage.slice(1)}.`;
}
