import { AGENT, APP, CAB_STATUS_FIELD, strictSimulator } from './fixture';

describe('Jira simulator: app-owned Forge fields', () => {
  it('lets the owning app write its field, with a changelog entry by the app account', async () => {
    const { call, state, events } = strictSimulator();
    const res = await call(APP, 'PUT', `/rest/api/3/app/field/${CAB_STATUS_FIELD}/value`, { updates: [{ issueIds: [20003], value: 'approved' }] });
    expect(res.status).toBe(204);
    const change = state.issues.find((i) => i.key === 'CHG-1')!;
    expect(change.customFields[CAB_STATUS_FIELD]).toBe('approved');
    expect(change.changelog[0]).toMatchObject({ authorAccountId: 'acc-app', items: [{ fieldId: CAB_STATUS_FIELD, fromString: 'pending', toString: 'approved' }] });
    expect(events.map((e) => e.type)).toEqual(['issue_updated']);
  });

  it('writes several fields in one call by field key', async () => {
    const { call, state } = strictSimulator();
    const res = await call(APP, 'POST', '/rest/api/3/app/field/value', {
      updates: [{ customField: 'triad__cab-status-field', issueIds: [20003], value: 'rejected' }],
    });
    expect(res.status).toBe(204);
    expect(state.issues.find((i) => i.key === 'CHG-1')!.customFields[CAB_STATUS_FIELD]).toBe('rejected');
  });

  it('refuses the write for a user, even one who may edit the issue', async () => {
    const { call, state } = strictSimulator();
    const res = await call(AGENT, 'PUT', `/rest/api/3/app/field/${CAB_STATUS_FIELD}/value`, { updates: [{ issueIds: [20003], value: 'approved' }] });
    expect(res.status).toBe(403);
    expect(state.issues.find((i) => i.key === 'CHG-1')!.customFields[CAB_STATUS_FIELD]).toBe('pending');
  });

  it('refuses a user who edits the read-only app field through the issue, and keeps its value', async () => {
    const { call, state } = strictSimulator();
    const res = await call(AGENT, 'PUT', '/rest/api/3/issue/CHG-1', { fields: { [CAB_STATUS_FIELD]: 'approved' } });
    expect(res.status).toBe(400);
    expect((res.body as { errors: Record<string, string> }).errors[CAB_STATUS_FIELD]).toMatch(/cannot be set/);
    expect(state.issues.find((i) => i.key === 'CHG-1')!.customFields[CAB_STATUS_FIELD]).toBe('pending');
  });

  it('refuses fields the app does not own', async () => {
    const { call } = strictSimulator();
    const res = await call(APP, 'PUT', '/rest/api/3/app/field/customfield_10050/value', { updates: [{ issueIds: [20003], value: 'x' }] });
    expect(res.status).toBe(403);
  });
});
