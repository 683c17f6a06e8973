import { ADMIN, AGENT, APP, OUTSIDER, bodyOf, strictSimulator } from './fixture';

type Permissions = { permissions: Record<string, { havePermission: boolean }> };

describe('Jira simulator: permissions', () => {
  it('answers mypermissions for an issue from the project grants', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'GET', '/rest/api/3/mypermissions?issueKey=SD-1&permissions=EDIT_ISSUES,ADMINISTER_PROJECTS');
    expect(res.status).toBe(200);
    const { permissions } = bodyOf<Permissions>(res);
    expect(permissions.EDIT_ISSUES!.havePermission).toBe(true);
    expect(permissions.ADMINISTER_PROJECTS!.havePermission).toBe(false);
  });

  it('lets a site admin do everything', async () => {
    const { call } = strictSimulator();
    const res = await call(ADMIN, 'GET', '/rest/api/3/mypermissions?projectKey=CHG&permissions=ADMINISTER_PROJECTS,ADMINISTER');
    const { permissions } = bodyOf<Permissions>(res);
    expect(permissions.ADMINISTER_PROJECTS!.havePermission).toBe(true);
    expect(permissions.ADMINISTER!.havePermission).toBe(true);
  });

  it('requires the permissions parameter, as Jira does', async () => {
    const { call } = strictSimulator();
    expect((await call(AGENT, 'GET', '/rest/api/3/mypermissions?projectKey=SD')).status).toBe(400);
  });

  it('checks permissions in bulk for another user when the app asks', async () => {
    const { call } = strictSimulator();
    const res = await call(APP, 'POST', '/rest/api/3/permissions/check', {
      accountId: 'acc-outsider',
      globalPermissions: ['ADMINISTER'],
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [10000], issues: [20001] }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ globalPermissions: [], projectPermissions: [{ permission: 'BROWSE_PROJECTS', projects: [], issues: [] }] });
  });

  it("refuses a user checking another user's permissions", async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'POST', '/rest/api/3/permissions/check', { accountId: 'acc-admin', globalPermissions: ['ADMINISTER'] });
    expect(res.status).toBe(403);
  });

  it('checks the caller itself when no accountId is given', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'POST', '/rest/api/3/permissions/check', { projectPermissions: [{ permissions: ['EDIT_ISSUES'], issues: [20001, 20003] }] });
    expect(bodyOf<{ projectPermissions: { issues: number[] }[] }>(res).projectPermissions[0]!.issues).toEqual([20001, 20003]);
  });

  it('gives the outsider no project to see', async () => {
    const { call } = strictSimulator();
    const res = await call(OUTSIDER, 'GET', '/rest/api/3/project/search');
    expect(bodyOf<{ total: number }>(res).total).toBe(0);
    expect((await call(OUTSIDER, 'GET', '/rest/api/3/project/SD')).status).toBe(404);
  });
});
