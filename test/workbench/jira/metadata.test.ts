import { ADMIN, AGENT, APP, OUTSIDER, bodyOf, strictSimulator } from './fixture';

describe('Jira simulator: site metadata', () => {
  it.each([
    ['/rest/api/3/field', 5],
    ['/rest/api/3/issuetype', 3],
    ['/rest/api/3/issuetype/project?projectId=10000', 2],
    ['/rest/api/3/status', 5],
    ['/rest/api/3/priority', 3],
    ['/rest/api/3/resolution', 2],
    ['/rest/api/3/project/SD/statuses', 2],
  ])('lists %s', async (path, count) => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'GET', path);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(count);
  });

  it('describes the Forge field with its clause names and schema', async () => {
    const { call } = strictSimulator();
    const fields = bodyOf<{ id: string; custom: boolean; clauseNames: string[] }[]>(await call(AGENT, 'GET', '/rest/api/3/field'));
    expect(fields.find((f) => f.id === 'customfield_10100')).toMatchObject({ custom: true, clauseNames: ['cf[10100]', 'CAB status'] });
  });

  it('reports server info with the simulated clock', async () => {
    const { call } = strictSimulator();
    const body = bodyOf(await call(AGENT, 'GET', '/rest/api/3/serverInfo'));
    expect(body).toMatchObject({ deploymentType: 'Cloud', serverTime: '2026-11-24T20:25:57.000+0000' });
  });

  it('pages projects and returns one project in full', async () => {
    const { call } = strictSimulator();
    const page = bodyOf<{ total: number; values: { key: string }[]; isLast: boolean }>(await call(AGENT, 'GET', '/rest/api/3/project/search?maxResults=1'));
    expect(page).toMatchObject({ total: 2, isLast: false });
    const project = bodyOf<{ key: string; issueTypes: unknown[]; lead: { accountId: string } }>(await call(AGENT, 'GET', '/rest/api/3/project/CHG'));
    expect(project).toMatchObject({ key: 'CHG', lead: { accountId: 'acc-admin' } });
    expect(project.issueTypes).toHaveLength(1);
  });

  it('answers an unknown route with 404 naming the method and path', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'GET', '/rest/api/3/dashboard');
    expect(res.status).toBe(404);
    expect(bodyOf<{ errorMessages: string[] }>(res).errorMessages[0]).toBe('Jira simulator has no route for GET /rest/api/3/dashboard');
  });
});

describe('Jira simulator: users and groups', () => {
  it('returns the calling user for myself, and the app account for the app', async () => {
    const { call } = strictSimulator();
    expect(bodyOf(await call(AGENT, 'GET', '/rest/api/3/myself')).accountId).toBe('acc-agent');
    expect(bodyOf(await call(APP, 'GET', '/rest/api/3/myself')).accountType).toBe('app');
  });

  it('returns a user with groups when expanded', async () => {
    const { call } = strictSimulator();
    const user = bodyOf<{ groups: { items: { name: string }[] } }>(await call(AGENT, 'GET', '/rest/api/3/user?accountId=acc-admin&expand=groups'));
    expect(user.groups.items.map((g) => g.name)).toEqual(['jira-admins']);
    expect((await call(AGENT, 'GET', '/rest/api/3/user?accountId=nobody')).status).toBe(404);
  });

  it('bulk-gets users, leaving out unknown accounts', async () => {
    const { call } = strictSimulator();
    const body = bodyOf<{ values: { accountId: string }[] }>(await call(AGENT, 'GET', '/rest/api/3/user/bulk?accountId=acc-agent&accountId=nobody&accountId=acc-admin'));
    expect(body.values.map((u) => u.accountId)).toEqual(['acc-agent', 'acc-admin']);
  });

  it("lists a user's groups", async () => {
    const { call } = strictSimulator();
    const groups = bodyOf<{ name: string; groupId: string }[]>(await call(AGENT, 'GET', '/rest/api/3/user/groups?accountId=acc-agent'));
    expect(groups).toEqual([expect.objectContaining({ name: 'service-desk-agents', groupId: 'g-agents' })]);
  });

  it('lists group members for an admin and refuses other users', async () => {
    const { call } = strictSimulator();
    const members = bodyOf<{ values: { accountId: string }[] }>(await call(ADMIN, 'GET', '/rest/api/3/group/member?groupname=service-desk-agents'));
    expect(members.values.map((u) => u.accountId)).toEqual(['acc-agent']);
    expect((await call(OUTSIDER, 'GET', '/rest/api/3/group/member?groupId=g-agents')).status).toBe(403);
  });
});
