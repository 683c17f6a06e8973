import { ADMIN, AGENT, APP, OUTSIDER, bodyOf, strictSimulator } from './fixture';

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('Jira simulator: issues', () => {
  it('returns an issue with only the requested fields, dates formatted the way Jira does', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'GET', '/rest/api/3/issue/SD-1?fields=summary,updated,status');
    expect(res.status).toBe(200);
    const body = bodyOf<{ key: string; fields: Record<string, unknown> }>(res);
    expect(body.key).toBe('SD-1');
    expect(Object.keys(body.fields).sort()).toEqual(['status', 'summary', 'updated']);
    expect(body.fields.updated).toBe('2026-11-01T09:00:00.000+0000');
  });

  it('shows custom fields as customfield_N and expands the requested properties', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'GET', '/rest/api/3/issue/CHG-1?properties=*all');
    const withProperty = await call(AGENT, 'GET', '/rest/api/3/issue/SD-1?fields=summary&properties=imsClauses');
    const body = bodyOf<{ fields: Record<string, unknown>; properties: Record<string, unknown> }>(res);
    expect(body.fields.customfield_10100).toBe('pending');
    expect(body.fields.customfield_10050).toBeNull();
    expect(body.properties).toEqual({});
    expect(bodyOf(withProperty).properties).toEqual({ imsClauses: { ids: ['ISO20000-1:8.6.1'] } });
  });

  it('tells a user without Browse permission that the issue does not exist', async () => {
    const { call } = strictSimulator();
    const res = await call(OUTSIDER, 'GET', '/rest/api/3/issue/SD-1');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
  });

  it('creates an issue in the workflow initial status and fires issue_created', async () => {
    const { call, state, events } = strictSimulator();
    const res = await call(AGENT, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'CHG' },
        issuetype: { name: 'Change' },
        summary: 'Upgrade the mail relay',
        description: adf('New relay version'),
        labels: ['mail'],
        priority: { name: 'High' },
        assignee: { accountId: 'acc-agent' },
        customfield_10050: 'E-mail',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: '20004', key: 'CHG-2', self: 'https://triad-test.example.net/rest/api/3/issue/20004' });
    const created = state.issues.find((i) => i.key === 'CHG-2')!;
    expect(created.statusId).toBe('10010');
    expect(created.reporterAccountId).toBe('acc-agent');
    expect(created.customFields.customfield_10050).toBe('E-mail');
    expect(events.map((e) => e.type)).toEqual(['issue_created']);
  });

  it('creates a sub-task under its parent and shows it on the parent', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'POST', '/rest/api/3/issue', {
      fields: { project: { id: '10000' }, issuetype: { id: '10003' }, summary: 'Check the relay logs', parent: { key: 'SD-1' } },
    });
    expect(res.status).toBe(201);
    const child = bodyOf<{ fields: { parent: { key: string } } }>(await call(AGENT, 'GET', '/rest/api/3/issue/SD-3?fields=parent'));
    expect(child.fields.parent.key).toBe('SD-1');
    const parent = bodyOf<{ fields: { subtasks: { key: string }[] } }>(await call(AGENT, 'GET', '/rest/api/3/issue/SD-1?fields=subtasks'));
    expect(parent.fields.subtasks.map((s) => s.key)).toEqual(['SD-3']);
  });

  it('refuses to create an issue for a user without Browse and Create in the project', async () => {
    const { call, state } = strictSimulator();
    const res = await call(OUTSIDER, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'SD' }, issuetype: { id: '10001' }, summary: 'x' } });
    expect(res.status).toBe(400);
    expect(state.issues).toHaveLength(3);
  });

  it('refuses to create an issue without a summary, with the error on the field', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'SD' }, issuetype: { id: '10001' } } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errorMessages: [], errors: { summary: 'You must specify a summary of the issue.' } });
  });

  it('edits fields, bumps updated and records one changelog entry with the actor', async () => {
    const { call, state, events } = strictSimulator();
    const res = await call(AGENT, 'PUT', '/rest/api/3/issue/SD-1', {
      fields: { summary: 'Mail server down in Berlin' },
      update: { labels: [{ add: 'berlin' }] },
    });
    expect(res.status).toBe(204);
    const edited = state.issues.find((i) => i.key === 'SD-1')!;
    expect(edited.labels).toEqual(['email', 'berlin']);
    expect(edited.updated).toBe('2026-11-24T20:25:57.000Z');
    expect(edited.changelog).toHaveLength(1);
    expect(edited.changelog[0]!.authorAccountId).toBe('acc-agent');
    expect(edited.changelog[0]!.items.map((i) => i.field)).toEqual(['summary', 'labels']);
    expect(events).toEqual([expect.objectContaining({ type: 'issue_updated', actorAccountId: 'acc-agent' })]);
  });

  it('refuses an edit to a field that does not exist', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'PUT', '/rest/api/3/issue/SD-1', { fields: { customfield_99999: 'x' } });
    expect(res.status).toBe(400);
    expect(bodyOf<{ errors: Record<string, string> }>(res).errors.customfield_99999).toMatch(/cannot be set/);
  });

  it('lists the changelog of an issue after an edit', async () => {
    const { call } = strictSimulator();
    await call(ADMIN, 'PUT', '/rest/api/3/issue/SD-2', { fields: { priority: { id: '1' } } });
    const res = await call(AGENT, 'GET', '/rest/api/3/issue/SD-2/changelog');
    expect(res.status).toBe(200);
    const body = bodyOf<{ total: number; values: { author: { accountId: string }; items: { field: string; fromString: string; toString: string }[] }[] }>(res);
    expect(body.total).toBe(1);
    expect(body.values[0]!.author.accountId).toBe('acc-admin');
    expect(body.values[0]!.items[0]).toMatchObject({ field: 'priority', fromString: 'Medium', toString: 'High' });
  });

  it('bulk-fetches changelogs filtered by field', async () => {
    const { call } = strictSimulator();
    await call(AGENT, 'PUT', '/rest/api/3/issue/SD-1', { fields: { summary: 'Renamed', labels: [] } });
    const res = await call(APP, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ['SD-1', 'SD-2'], fieldIds: ['summary'] });
    expect(res.status).toBe(200);
    const body = bodyOf<{ issueChangeLogs: { issueId: string; changeHistories: { items: { fieldId: string }[] }[] }[] }>(res);
    expect(body.issueChangeLogs).toHaveLength(1);
    expect(body.issueChangeLogs[0]!.changeHistories[0]!.items.map((i) => i.fieldId)).toEqual(['summary']);
  });
});

describe('Jira simulator: issue properties', () => {
  it('sets, reads, lists and deletes a property', async () => {
    const { call } = strictSimulator();
    expect((await call(AGENT, 'PUT', '/rest/api/3/issue/SD-2/properties/imsRisks', { ids: ['R-1'] })).status).toBe(201);
    expect((await call(AGENT, 'PUT', '/rest/api/3/issue/SD-2/properties/imsRisks', { ids: ['R-2'] })).status).toBe(200);
    expect((await call(AGENT, 'GET', '/rest/api/3/issue/SD-2/properties/imsRisks')).body).toEqual({ key: 'imsRisks', value: { ids: ['R-2'] } });
    const list = bodyOf<{ keys: { key: string }[] }>(await call(AGENT, 'GET', '/rest/api/3/issue/SD-2/properties'));
    expect(list.keys.map((k) => k.key)).toEqual(['imsRisks']);
    expect((await call(AGENT, 'DELETE', '/rest/api/3/issue/SD-2/properties/imsRisks')).status).toBe(204);
    expect((await call(AGENT, 'GET', '/rest/api/3/issue/SD-2/properties/imsRisks')).status).toBe(404);
  });

  it('refuses a property value over 32,768 characters', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'PUT', '/rest/api/3/issue/SD-2/properties/big', { text: 'x'.repeat(33000) });
    expect(res.status).toBe(400);
  });
});

describe('Jira simulator: comments and links', () => {
  it('adds a comment as the caller and lists it', async () => {
    const { call, events } = strictSimulator();
    const added = await call(AGENT, 'POST', '/rest/api/3/issue/SD-1/comment', { body: adf('Restarted the relay') });
    expect(added.status).toBe(201);
    expect(bodyOf<{ author: { accountId: string }; created: string }>(added)).toMatchObject({ author: { accountId: 'acc-agent' }, created: '2026-11-24T20:25:57.000+0000' });
    const list = bodyOf<{ total: number; comments: unknown[] }>(await call(AGENT, 'GET', '/rest/api/3/issue/SD-1/comment'));
    expect(list.total).toBe(1);
    expect(events.map((e) => e.type)).toEqual(['issue_commented']);
  });

  it('links two issues, shows the link on both and fires issuelink_created', async () => {
    const { call, events } = strictSimulator();
    const res = await call(AGENT, 'POST', '/rest/api/3/issueLink', {
      type: { name: 'Blocks' },
      inwardIssue: { key: 'SD-1' },
      outwardIssue: { key: 'CHG-1' },
    });
    expect(res.status).toBe(201);
    const sd1 = bodyOf<{ fields: { issuelinks: { outwardIssue?: { key: string } }[] } }>(await call(AGENT, 'GET', '/rest/api/3/issue/SD-1?fields=issuelinks'));
    expect(sd1.fields.issuelinks[0]!.outwardIssue!.key).toBe('CHG-1');
    const link = await call(AGENT, 'GET', res.headers.location!.replace('https://triad-test.example.net', ''));
    expect(link.status).toBe(200);
    expect(events.map((e) => e.type)).toEqual(['issue_updated', 'issue_updated', 'issuelink_created']);
  });

  it('lists the issue link types', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'GET', '/rest/api/3/issueLinkType');
    expect(bodyOf<{ issueLinkTypes: { name: string }[] }>(res).issueLinkTypes.map((t) => t.name)).toEqual(['Blocks', 'Relates']);
  });
});
