import { AGENT, APP, OUTSIDER, bodyOf, fixtureState, issue, strictSimulator } from './fixture';

type SearchPage = { issues: { id: string; key: string; fields?: Record<string, unknown> }[]; nextPageToken?: string; isLast: boolean };

function stateWithManyIncidents(count: number) {
  const state = fixtureState();
  for (let n = 1; n <= count; n++) {
    state.issues.push(issue({ id: String(30000 + n), key: `SD-${100 + n}`, projectId: '10000', issueTypeId: '10001', statusId: '1' }));
  }
  return state;
}

describe('Jira simulator: enhanced search', () => {
  it('finds issues by JQL and returns only ids by default', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'POST', '/rest/api/3/search/jql', { jql: 'project = SD ORDER BY key ASC' });
    expect(res.status).toBe(200);
    const body = bodyOf<SearchPage>(res);
    expect(body.issues.map((i) => i.id)).toEqual(['20001', '20002']);
    expect(body.issues[0]!.fields).toEqual({});
    expect(body.isLast).toBe(true);
  });

  it('returns the requested fields over GET too', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'GET', '/rest/api/3/search/jql?jql=project%20%3D%20CHG&fields=summary,customfield_10100');
    const body = bodyOf<SearchPage>(res);
    expect(body.issues[0]!.fields).toEqual({ summary: 'Issue CHG-1', customfield_10100: 'pending' });
  });

  it('pages through 250 issues with nextPageToken, 100 at a time when fields are asked', async () => {
    const { call } = strictSimulator(stateWithManyIncidents(250));
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const body = bodyOf<SearchPage>(
        await call(AGENT, 'POST', '/rest/api/3/search/jql', { jql: 'project = SD', fields: ['summary'], maxResults: 500, nextPageToken: token }),
      );
      seen.push(...body.issues.map((i) => i.key));
      token = body.nextPageToken;
      pages++;
      if (body.isLast) expect(token).toBeUndefined();
    } while (token);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(252);
    expect(new Set(seen).size).toBe(252);
  });

  it('allows up to 5,000 results a page when only ids are asked for', async () => {
    const { call } = strictSimulator(stateWithManyIncidents(250));
    const body = bodyOf<SearchPage>(await call(AGENT, 'POST', '/rest/api/3/search/jql', { jql: 'project = SD', fields: ['id'], maxResults: 5000 }));
    expect(body.issues).toHaveLength(252);
    expect(body.isLast).toBe(true);
  });

  it('uses 50 results a page by default', async () => {
    const { call } = strictSimulator(stateWithManyIncidents(250));
    const body = bodyOf<SearchPage>(await call(AGENT, 'POST', '/rest/api/3/search/jql', { jql: 'project = SD' }));
    expect(body.issues).toHaveLength(50);
    expect(body.nextPageToken).toBeDefined();
  });

  it('refuses a page token from another query', async () => {
    const { call } = strictSimulator(stateWithManyIncidents(60));
    const first = bodyOf<SearchPage>(await call(AGENT, 'POST', '/rest/api/3/search/jql', { jql: 'project = SD' }));
    const res = await call(AGENT, 'POST', '/rest/api/3/search/jql', { jql: 'project = CHG', nextPageToken: first.nextPageToken });
    expect(res.status).toBe(400);
  });

  it('shows the outsider an empty result, not an error', async () => {
    const { call } = strictSimulator();
    const body = bodyOf<SearchPage>(await call(OUTSIDER, 'POST', '/rest/api/3/search/jql', { jql: 'project in (SD, CHG)' }));
    expect(body.issues).toEqual([]);
  });

  it('lets the app see every project', async () => {
    const { call } = strictSimulator();
    const res = await call(APP, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project in (SD, CHG)' });
    expect(res.body).toEqual({ count: 3 });
  });

  it('answers 400 with the engine messages for bad JQL', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'POST', '/rest/api/3/search/jql', { jql: 'project = = SD' });
    expect(res.status).toBe(400);
    expect(bodyOf<{ errorMessages: string[] }>(res).errorMessages.length).toBeGreaterThan(0);
  });

  it('refuses an unbounded query', async () => {
    const { call } = strictSimulator();
    expect((await call(AGENT, 'POST', '/rest/api/3/search/jql', { jql: 'ORDER BY created DESC' })).status).toBe(400);
  });

  it('counts only what the caller may browse', async () => {
    const { call } = strictSimulator();
    expect((await call(OUTSIDER, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = SD' })).body).toEqual({ count: 0 });
  });

  it('parses JQL for the jql/parse endpoint', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'POST', '/rest/api/3/jql/parse?validation=strict', { queries: ['project = SD', 'project = = SD'] });
    expect(res.status).toBe(200);
    const body = bodyOf<{ queries: { query: string; errors?: string[] }[] }>(res);
    expect(body.queries[0]!.errors ?? []).toEqual([]);
    expect(body.queries[1]!.errors!.length).toBeGreaterThan(0);
  });
});

describe('Jira simulator: bulk fetch', () => {
  it('fetches visible issues and reports the rest as errors', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ['SD-1', '20003', 'NOPE-1'], fields: ['summary'] });
    expect(res.status).toBe(200);
    const body = bodyOf<{ issues: { key: string }[]; issueErrors: { id: string }[] }>(res);
    expect(body.issues.map((i) => i.key)).toEqual(['SD-1', 'CHG-1']);
    expect(body.issueErrors.map((e) => e.id)).toEqual(['NOPE-1']);
  });

  it('refuses more than 100 issues in one call', async () => {
    const { call } = strictSimulator();
    const ids = Array.from({ length: 101 }, (_, n) => `SD-${n + 1}`);
    const res = await call(AGENT, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ids });
    expect(res.status).toBe(400);
    expect(bodyOf<{ errorMessages: string[] }>(res).errorMessages[0]).toMatch(/maximum allowed \(100\)/);
  });

  it('hides everything from the outsider', async () => {
    const { call } = strictSimulator();
    const body = bodyOf<{ issues: unknown[]; issueErrors: unknown[] }>(await call(OUTSIDER, 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ['SD-1'] }));
    expect(body.issues).toEqual([]);
    expect(body.issueErrors).toHaveLength(1);
  });
});
