import { parseJqlForApi } from '../../../workbench/jira/jql/parseForApi';
import { fixtureContext } from './fixture';

describe('POST /rest/api/3/jql/parse response body', () => {
  const ctx = fixtureContext();

  it('returns the structure of a valid query, with encoded operands and ORDER BY', () => {
    const [parsed] = parseJqlForApi(['labels in (urgent, "a b") AND NOT assignee = currentUser() ORDER BY updated DESC'], { ctx }).queries;
    expect(parsed).toEqual({
      query: 'labels in (urgent, "a b") AND NOT assignee = currentUser() ORDER BY updated DESC',
      structure: {
        where: {
          operator: 'and',
          clauses: [
            {
              field: { name: 'labels', encodedName: 'labels' },
              operator: 'in',
              operand: {
                encodedOperand: '(urgent, "a b")',
                values: [
                  { value: 'urgent', encodedValue: 'urgent' },
                  { value: 'a b', encodedValue: '"a b"' },
                ],
              },
            },
            {
              operator: 'not',
              clauses: [
                { field: { name: 'assignee', encodedName: 'assignee' }, operator: '=', operand: { function: 'currentUser', arguments: [], encodedOperand: 'currentUser()' } },
              ],
            },
          ],
        },
        orderBy: { fields: [{ field: { name: 'updated', encodedName: 'updated' }, direction: 'desc' }] },
      },
    });
  });

  it('describes entity property fields and the EMPTY keyword', () => {
    const [parsed] = parseJqlForApi(['issue.property["spaces here"].value is EMPTY'], { validation: 'none' }).queries;
    expect(parsed?.structure?.where).toEqual({
      field: {
        name: 'issue.property[spaces here].value',
        encodedName: 'issue.property["spaces here"].value',
        property: [{ entity: 'issue', key: 'spaces here', path: 'value' }],
      },
      operator: 'is',
      operand: { keyword: 'empty' },
    });
  });

  it('returns only errors for a syntax error, in every validation mode', () => {
    for (const validation of ['strict', 'warn', 'none'] as const) {
      expect(parseJqlForApi(['imsClass.security = true'], { validation, ctx }).queries[0]).toEqual({
        query: 'imsClass.security = true',
        errors: ["Error in the JQL Query: 'true' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 21)"],
      });
    }
  });

  it('reports unknown values as errors when strict and as warnings with the structure when warn', () => {
    const strict = parseJqlForApi(['project = INVALID'], { validation: 'strict', ctx }).queries[0];
    expect(strict).toEqual({ query: 'project = INVALID', errors: ["The value 'INVALID' does not exist for the field 'project'."] });

    const warn = parseJqlForApi(['project = INVALID'], { validation: 'warn', ctx }).queries[0];
    expect(warn?.warnings).toEqual(["The value 'INVALID' does not exist for the field 'project'."]);
    expect(warn?.structure?.where).toEqual({ field: { name: 'project', encodedName: 'project' }, operator: '=', operand: { value: 'INVALID', encodedValue: 'INVALID' } });
  });

  it('keeps unknown fields and unsupported operators as errors when warn', () => {
    const [universe, summary] = parseJqlForApi(['universe = 42', 'summary = test'], { validation: 'warn', ctx }).queries;
    expect(universe).toEqual({ query: 'universe = 42', errors: ["Field 'universe' does not exist or you do not have permission to view it."] });
    expect(summary).toEqual({ query: 'summary = test', errors: ["The operator '=' is not supported by the 'summary' field."] });
  });

  it('only checks syntax when no context is given', () => {
    const [parsed] = parseJqlForApi(['universe = 42']).queries;
    expect(parsed?.errors).toBeUndefined();
    expect(parsed?.structure?.where).toBeDefined();
  });
});
