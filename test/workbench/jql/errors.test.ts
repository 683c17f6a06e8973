import { compileJql } from '../../../workbench/jira/jql/compileJql';
import { errorsOf, fixtureContext } from './fixture';

describe('JQL the simulator refuses, with Jira-style messages', () => {
  it('refuses an unquoted reserved word, as Atlassian\'s grammar does', () => {
    expect(errorsOf('imsClass.security = true')).toEqual([
      "Error in the JQL Query: 'true' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 21)",
    ]);
  });

  it('explains a missing operator', () => {
    expect(errorsOf('invalid query')).toEqual([
      "Error in the JQL Query: Expecting operator but got 'query'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
    ]);
  });

  it('explains a query that ends too early or goes on after a clause', () => {
    expect(errorsOf('project = ')).toEqual(['Error in the JQL Query: Expecting either a value, list or function before the end of the query. (line 1, character 11)']);
    expect(errorsOf('project = SD status = Open')).toEqual(["Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 14)"]);
    expect(errorsOf('project = %')).toEqual([
      "Error in the JQL Query: The character '%' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0025' instead. (line 1, character 11)",
    ]);
  });

  it('refuses an unknown field', () => {
    expect(errorsOf('foo = bar')).toEqual(["Field 'foo' does not exist or you do not have permission to view it."]);
    expect(errorsOf('cf[99999] = 1')).toEqual(["Field 'cf[99999]' does not exist or you do not have permission to view it."]);
    expect(errorsOf('issue.property[x].y = 1')).toEqual(["Field 'issue.property' does not exist or you do not have permission to view it."]);
  });

  it('refuses an unknown function', () => {
    expect(errorsOf('assignee = someoneElse()')).toEqual(["Unable to find JQL function 'someoneElse()'."]);
  });

  it('refuses a function the field does not take', () => {
    expect(errorsOf('project = currentUser()')).toEqual(["Function 'currentUser' is not supported by the field 'project'."]);
    expect(errorsOf('assignee = membersOf("cab")')[0]).toContain("needs the operator 'in' or 'not in'");
  });

  it('refuses an operator the field does not support', () => {
    expect(errorsOf('summary = "Printer offline"')).toEqual(["The operator '=' is not supported by the 'summary' field."]);
    expect(errorsOf('project ~ SD')).toEqual(["The operator '~' is not supported by the 'project' field."]);
    expect(errorsOf('text !~ mail')).toEqual(["The operator '!~' is not supported by the 'text' field."]);
  });

  it('refuses history operators it cannot evaluate instead of answering wrongly', () => {
    expect(errorsOf('status was Open')[0]).toContain('does not search issue history');
  });

  it('refuses values that name nothing', () => {
    expect(errorsOf('project = NOPE')).toEqual(["The value 'NOPE' does not exist for the field 'project'."]);
    expect(errorsOf('status = Closed')).toEqual(["The value 'Closed' does not exist for the field 'status'."]);
    expect(errorsOf('assignee = nobody')).toEqual(["The value 'nobody' does not exist for the field 'assignee'."]);
    expect(errorsOf('key = SD-99')).toEqual(["An issue with key 'SD-99' does not exist for field 'key'."]);
    expect(errorsOf('key = banana')).toEqual(["The issue key 'banana' for field 'key' is invalid."]);
    expect(errorsOf('"Impact score" = high')).toEqual(["'high' is not a valid number for field 'Impact score'."]);
  });

  it('refuses a list where one value is expected (the grammar does), and an empty text search', () => {
    expect(errorsOf('project = (SD, CHG)')[0]).toMatch(/^Error in the JQL Query: Expecting either a value, list or function but got '\('/);
    expect(errorsOf('summary ~ ""')).toEqual(["The field 'summary' does not support searching for an empty string."]);
  });

  it('reports every problem of a query at once', () => {
    expect(errorsOf('foo = 1 AND project = NOPE')).toEqual([
      "Field 'foo' does not exist or you do not have permission to view it.",
      "The value 'NOPE' does not exist for the field 'project'.",
    ]);
  });

  it('never throws on hostile input', () => {
    const hostile = ['"', '\\', ')', 'summary ~ "\\"', 'AND', 'order by', '((((', 'summary ~ "a" OR'];
    for (const jql of hostile) {
      expect(compileJql(jql, fixtureContext()).ok).toBe(false);
    }
  });
});
