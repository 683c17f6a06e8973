import { InvocationError } from '../../../workbench/runtime/invocation';
import { KV } from '../../../workbench/kvs/space';
import { forgetObservations, observed } from './fixtures/fixtureApp';
import { panelContext, startFixtureRuntime } from './fixtureRuntime';

beforeEach(forgetObservations);

describe('a resolver call', () => {
  it('gets the calling user, the module and the extension context as the platform passes them', async () => {
    const { runtime } = startFixtureRuntime();

    const result = await runtime.invokeResolver({ functionKey: 'describeInvocation', context: panelContext('alice') });

    expect(result).toEqual({
      accountId: 'alice',
      moduleKey: 'fixture-panel',
      issueKey: 'SD-1',
      cloudId: runtime.identity.cloudId,
      installContext: runtime.identity.installContext,
      appModuleKey: 'fixture-panel',
    });
  });

  it('reaches Jira as the calling user through asUser()', async () => {
    const { runtime, jira } = startFixtureRuntime();

    const result = await runtime.invokeResolver({ functionKey: 'readIssueAsUser', payload: { issueKey: 'SD-1' }, context: panelContext('alice') });

    expect(result).toEqual({ status: 200, body: { key: 'SD-1', readBy: 'alice' } });
    expect(jira.requests.map((r) => [r.method, r.path, r.actor])).toEqual([['GET', '/rest/api/3/issue/SD-1', { kind: 'user', accountId: 'alice' }]]);
  });

  it('reaches Jira as the app through asApp()', async () => {
    const { runtime, jira } = startFixtureRuntime();

    await runtime.invokeResolver({ functionKey: 'readIssueAsApp', payload: { issueKey: 'SD-2' }, context: panelContext('alice') });

    expect(jira.requests[0]?.actor.kind).toBe('app');
  });

  it('refuses asUser() when the invocation has no user, before anything reaches Jira', async () => {
    const { runtime, jira } = startFixtureRuntime();

    const call = runtime.invokeResolver({ functionKey: 'readIssueAsUser', payload: { issueKey: 'SD-1' }, context: panelContext() });

    await expect(call).rejects.toThrow('Authentication Required');
    expect(jira.requests).toHaveLength(0);
  });

  it('refuses a Jira call whose scope the manifest does not declare, naming the scope', async () => {
    const { runtime, jira } = startFixtureRuntime();

    const result = (await runtime.invokeResolver({
      functionKey: 'renameIssue',
      payload: { issueKey: 'SD-1', summary: 'New' },
      context: panelContext('alice'),
    })) as { status: number; body: string };

    expect(result.status).toBe(401);
    expect(result.body).toContain('write:jira-work');
    expect(jira.requests).toHaveLength(0);
  });

  it('passes a Jira call once the manifest declares its scope', async () => {
    const { runtime, jira } = startFixtureRuntime({ scopes: ['read:jira-work', 'write:jira-work', 'storage:app'] });

    const result = await runtime.invokeResolver({ functionKey: 'renameIssue', payload: { issueKey: 'SD-1', summary: 'New' }, context: panelContext('alice') });

    expect(result).toEqual({ status: 204, body: '' });
    expect(jira.requests[0]).toMatchObject({ method: 'PUT', body: { fields: { summary: 'New' } }, headers: { 'content-type': 'application/json' } });
  });

  it('stores through @forge/kvs in the KVS backend', async () => {
    const { runtime, store } = startFixtureRuntime();

    const result = await runtime.invokeResolver({ functionKey: 'remember', payload: { key: 'risk-1', value: { score: 12 } }, context: panelContext('alice') });

    expect(result).toEqual({ stored: { score: 12 } });
    expect(store.get(KV, 'risk-1')?.value).toEqual({ score: 12 });
  });

  it('refuses storage when the manifest lacks storage:app', async () => {
    const { runtime, store } = startFixtureRuntime({ scopes: ['read:jira-work'] });

    const call = runtime.invokeResolver({ functionKey: 'remember', payload: { key: 'risk-1', value: 1 }, context: panelContext('alice') });

    await expect(call).rejects.toThrow('storage:app');
    expect(store.get(KV, 'risk-1')).toBeUndefined();
  });

  it('times out after the resolver limit, and the late handler can no longer reach Jira', async () => {
    const { runtime, jira } = startFixtureRuntime({ limits: { functionTimeoutMs: 30 } });

    const call = runtime.invokeResolver({ functionKey: 'slowRead', payload: { delayMs: 80 }, context: panelContext('alice') });

    await expect(call).rejects.toMatchObject({ code: 'TIMEOUT' });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(jira.requests).toHaveLength(0);
    expect(observed.lateCallErrors[0]).toContain('timed out');
  });

  it('refuses an invoke payload over 500 KB without running the handler', async () => {
    const { runtime } = startFixtureRuntime();

    const call = runtime.invokeResolver({ functionKey: 'echo', payload: { text: 'x'.repeat(600 * 1024) }, context: panelContext('alice') });

    await expect(call).rejects.toBeInstanceOf(InvocationError);
    await expect(call).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(runtime.metrics.invocations.resolver).toBe(0);
  });

  it('refuses a response over the response limit', async () => {
    const { runtime } = startFixtureRuntime({ limits: { invokeResponseMaxBytes: 10 } });

    const call = runtime.invokeResolver({ functionKey: 'describeInvocation', context: panelContext('alice') });

    await expect(call).rejects.toMatchObject({ code: 'RESPONSE_TOO_LARGE' });
  });

  it('keeps each concurrent invocation on its own user', async () => {
    const { runtime, jira } = startFixtureRuntime();
    // Alice's call is answered last, so her invocation resumes after Bob's and Carol's have run.
    jira.delayMsFor = (request) => (request.actor.kind === 'user' && request.actor.accountId === 'alice' ? 40 : 5);

    const results = await Promise.all(
      ['alice', 'bob', 'carol'].map((accountId) =>
        runtime.invokeResolver({ functionKey: 'readIssueAsUser', payload: { issueKey: `SD-${accountId}` }, context: panelContext(accountId) }),
      ),
    );

    expect(results.map((r) => (r as { body: { readBy: string } }).body.readBy)).toEqual(['alice', 'bob', 'carol']);
  });

  it('counts invocations and REST calls per operation for the bench', async () => {
    const { runtime } = startFixtureRuntime();

    await runtime.invokeResolver({ functionKey: 'readIssueAsUser', payload: { issueKey: 'SD-1' }, context: panelContext('alice') });
    await runtime.invokeResolver({ functionKey: 'readIssueAsApp', payload: { issueKey: 'SD-1' }, context: panelContext('alice') });

    expect(runtime.metrics.invocations.resolver).toBe(2);
    expect(runtime.metrics.restCalls).toEqual({ total: 2, asUser: 1, asApp: 1, byOperation: { 'GET /rest/api/3/issue/{issueIdOrKey}': 2 } });
    runtime.resetMetrics();
    expect(runtime.metrics.restCalls.total).toBe(0);
  });

  it('fails loudly for a module without a resolver', async () => {
    const { runtime } = startFixtureRuntime();

    await expect(runtime.invokeResolver({ functionKey: 'echo', context: { moduleKey: 'no-such-panel' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
