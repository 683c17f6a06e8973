import operations from '../../../openapi/operations.json';
import { matchPathTemplate } from '../../../workbench/jira/contract/matchPath';
import { validateAgainstSpec } from '../../../workbench/jira/contract/validateAgainstSpec';
import { simulatedOperations } from '../../../workbench/jira/simulator';

describe('contract validation against the Jira spec', () => {
  it('matches a concrete path to its template, literal segments first', () => {
    expect(validateAgainstSpec({ method: 'POST', path: '/rest/api/3/issue/bulkfetch', requestBody: { issueIdsOrKeys: ['SD-1'] } })).toEqual([]);
    expect(matchPathTemplate('/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', '/rest/api/3/issue/SD-1/properties/ims%20x')).toEqual({
      issueIdOrKey: 'SD-1',
      propertyKey: 'ims x',
    });
  });

  it('reports a response property the spec does not allow', () => {
    const errors = validateAgainstSpec({ method: 'GET', path: '/rest/api/3/issue/SD-1', status: 200, responseBody: { id: '1', key: 'SD-1', colour: 'red' } });
    expect(errors).toEqual([expect.stringContaining('must NOT have additional properties (colour)')]);
  });

  it('reports a wrong type in a request body', () => {
    const errors = validateAgainstSpec({ method: 'POST', path: '/rest/api/3/search/jql', requestBody: { jql: 'project = SD', maxResults: 'fifty' } });
    expect(errors).toEqual([expect.stringContaining('/maxResults must be integer')]);
  });

  it('accepts null where the spec says nullable', () => {
    expect(validateAgainstSpec({ method: 'GET', path: '/rest/api/3/user/groups', status: 200, responseBody: [{ name: 'g', groupId: null }] })).toEqual([]);
  });

  it("accepts Jira's date format for date-time fields", () => {
    const changelog = { id: '1', created: '2026-11-24T20:25:57.000+0000', items: [] };
    expect(validateAgainstSpec({ method: 'GET', path: '/rest/api/3/issue/SD-1/changelog', status: 200, responseBody: { values: [changelog] } })).toEqual([]);
  });

  it('checks undocumented error statuses against the ErrorCollection shape', () => {
    expect(validateAgainstSpec({ method: 'GET', path: '/rest/api/3/field', status: 403, responseBody: { errorMessages: ['no'], errors: {} } })).toEqual([]);
    expect(validateAgainstSpec({ method: 'GET', path: '/rest/api/3/field', status: 403, responseBody: { message: 'no' } })).not.toEqual([]);
  });

  it('reports an operation the spec does not have', () => {
    expect(validateAgainstSpec({ method: 'PATCH', path: '/rest/api/3/issue/SD-1', status: 200 })).toEqual([
      'PATCH /rest/api/3/issue/SD-1: no such operation in the Jira spec',
    ]);
  });
});

describe('the simulated operations', () => {
  it('are all listed in openapi/operations.json, so the trimmed spec holds them', () => {
    const listed = new Set(operations.operations.map((o) => `${o.method} ${o.path}`));
    const missing = simulatedOperations().filter((o) => !listed.has(`${o.method} ${o.path}`));
    expect(missing).toEqual([]);
  });
});
