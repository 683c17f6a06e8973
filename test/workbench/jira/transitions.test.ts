import { AGENT, OUTSIDER, bodyOf, strictSimulator } from './fixture';

describe('Jira simulator: transitions', () => {
  it('lists the transitions available from the current status', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'GET', '/rest/api/3/issue/SD-1/transitions');
    expect(res.status).toBe(200);
    const body = bodyOf<{ transitions: { id: string; to: { name: string } }[] }>(res);
    expect(body.transitions.map((t) => [t.id, t.to.name])).toEqual([['11', 'In Progress'], ['21', 'Resolved']]);
  });

  it('moves the issue, sets the resolution on a done status and records both in the changelog', async () => {
    const { call, state } = strictSimulator();
    const res = await call(AGENT, 'POST', '/rest/api/3/issue/SD-1/transitions', { transition: { id: '21' } });
    expect(res.status).toBe(204);
    const resolved = state.issues.find((i) => i.key === 'SD-1')!;
    expect(resolved.statusId).toBe('5');
    expect(resolved.resolutionId).toBe('10000');
    expect(resolved.changelog[0]!.items.map((i) => [i.field, i.toString])).toEqual([['status', 'Resolved'], ['resolution', 'Done']]);
  });

  it('refuses a transition that does not start from the current status', async () => {
    const { call } = strictSimulator();
    const res = await call(AGENT, 'POST', '/rest/api/3/issue/SD-1/transitions', { transition: { id: '31' } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errorMessages: ["Transition id '31' is not valid for this issue."], errors: {} });
  });

  it('refuses a transition the workflow validator rejects, with its message, and changes nothing', async () => {
    const seen: string[] = [];
    const { call, state, events } = strictSimulator(undefined, {
      beforeTransition: async ({ issue, transition }) => {
        seen.push(`${issue.key}:${transition.validatorModuleKeys?.join(',')}`);
        return { ok: false, message: 'The change needs CAB approval before it can move on.' };
      },
    });
    const res = await call(AGENT, 'POST', '/rest/api/3/issue/CHG-1/transitions', { transition: { id: '41' } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errorMessages: ['The change needs CAB approval before it can move on.'], errors: {} });
    expect(seen).toEqual(['CHG-1:cab-approval-validator']);
    expect(state.issues.find((i) => i.key === 'CHG-1')!.statusId).toBe('10010');
    expect(events).toEqual([]);
  });

  it('hides the issue from a user without Browse permission', async () => {
    const { call } = strictSimulator();
    expect((await call(OUTSIDER, 'POST', '/rest/api/3/issue/SD-1/transitions', { transition: { id: '21' } })).status).toBe(404);
  });
});
