import { KV } from '../../../workbench/kvs/space';
import { forgetObservations, observed } from './fixtures/fixtureApp';
import { panelContext, startFixtureRuntime } from './fixtureRuntime';

beforeEach(forgetObservations);

describe('product events', () => {
  it('reach the subscribed trigger with the event payload and no user', async () => {
    const { runtime, jira } = startFixtureRuntime();
    const payload = { issue: { id: '10001', key: 'SD-1' }, atlassianId: 'alice', changelog: { items: [{ field: 'status' }] } };

    const outcomes = await runtime.fireProductEvent('avi:jira:updated:issue', payload);

    expect(outcomes).toEqual([{ moduleKey: 'on-issue-updated', ok: true }]);
    expect(observed.triggerEvents).toHaveLength(1);
    expect(observed.triggerEvents[0]?.event).toEqual({ ...payload, eventType: 'avi:jira:updated:issue' });
    expect(observed.triggerEvents[0]?.context).toEqual({ principal: undefined, installContext: runtime.identity.installContext });
    expect(jira.requests[0]?.actor.kind).toBe('app');
    expect(runtime.metrics.invocations.trigger).toBe(1);
  });

  it('run after the caller continues, never inside its request', async () => {
    const { runtime } = startFixtureRuntime();

    const outcomes = runtime.fireProductEvent('avi:jira:updated:issue', { issue: { key: 'SD-1' } });

    expect(observed.triggerEvents).toHaveLength(0);
    await runtime.idle();
    expect(observed.triggerEvents).toHaveLength(1);
    await outcomes;
  });

  it('refuse asUser() in a trigger, reporting the failed invocation', async () => {
    const { runtime, jira } = startFixtureRuntime();

    const outcomes = await runtime.fireProductEvent('avi:jira:created:issue', { issue: { key: 'SD-1' }, atlassianId: 'alice' });

    expect(outcomes).toEqual([{ moduleKey: 'on-issue-created', ok: false, error: { code: 'FUNCTION_ERR', message: 'Authentication Required' } }]);
    expect(runtime.failures).toEqual([{ kind: 'trigger', moduleKey: 'on-issue-created', message: 'Authentication Required' }]);
    expect(jira.requests).toHaveLength(0);
  });

  it('wake nothing when no trigger subscribes', async () => {
    const { runtime } = startFixtureRuntime();

    expect(await runtime.fireProductEvent('avi:jira:deleted:issue', { issue: { key: 'SD-1' } })).toEqual([]);
  });
});

describe('queue pushes', () => {
  it('become consumer invocations with the AsyncEvent shape', async () => {
    const { runtime, store } = startFixtureRuntime();

    const { jobId } = (await runtime.invokeResolver({ functionKey: 'startReport', payload: { reportIds: ['r1', 'r2'] }, context: panelContext('alice') })) as {
      jobId: string;
    };
    await runtime.idle();

    expect(observed.consumedEvents.map((e) => e.body.reportId).sort()).toEqual(['r1', 'r2']);
    for (const event of observed.consumedEvents) {
      expect(event).toMatchObject({ queueName: 'report-jobs', jobId, eventId: expect.any(String) });
      expect(event.retryContext).toBeUndefined();
    }
    expect(store.get(KV, 'report:r1')?.value).toEqual({ status: 'done' });
    expect(runtime.metrics.queuePushes).toEqual({ requests: 1, events: 2 });
    expect(runtime.metrics.invocations.consumer).toBe(2);
  });

  it('redeliver a failed event with a retry context', async () => {
    const { runtime, store } = startFixtureRuntime();

    await runtime.invokeResolver({ functionKey: 'startReport', payload: { reportIds: ['r1'], failFirst: true }, context: panelContext('alice') });
    await runtime.idle();

    expect(observed.consumedEvents).toHaveLength(2);
    expect(observed.consumedEvents[1]?.retryContext).toMatchObject({ retryCount: 1, retryReason: 'FUNCTION_ERR', retryData: 'Jira answered 503' });
    expect(observed.consumedEvents[1]?.eventId).toBe(observed.consumedEvents[0]?.eventId);
    expect(store.get(KV, 'report:r1')?.value).toEqual({ status: 'done' });
  });

  it('refuse a push over the event limit', async () => {
    const { runtime } = startFixtureRuntime({ limits: { pushMaxEvents: 2 } });

    const call = runtime.invokeResolver({ functionKey: 'startReport', payload: { reportIds: ['r1', 'r2', 'r3'] }, context: panelContext('alice') });

    await expect(call).rejects.toThrow('Too many events');
    await runtime.idle();
    expect(observed.consumedEvents).toHaveLength(0);
  });
});

describe('workflow validators', () => {
  it('answer with the function result', async () => {
    const { runtime } = startFixtureRuntime();
    const transition = { from: { id: '1' }, to: { id: '3' } };

    expect(await runtime.runWorkflowValidator('change-approved-validator', { issue: { key: 'CHG-1' }, transition })).toEqual({ result: true });
    expect(await runtime.runWorkflowValidator('change-approved-validator', { issue: { key: 'CHG-2' }, transition })).toEqual({
      result: false,
      errorMessage: 'The CAB has not approved this change',
    });
  });

  it('refuse the transition when the validator cannot run', async () => {
    const { runtime } = startFixtureRuntime();

    const outcome = await runtime.runWorkflowValidator('change-approved-validator', { transition: {} });

    expect(outcome.result).toBe(false);
    expect(runtime.failures[0]).toMatchObject({ kind: 'workflowValidator', moduleKey: 'change-approved-validator' });
  });
});

describe('JQL functions', () => {
  it('return the JQL clause the function builds, found by their JQL name', async () => {
    const { runtime } = startFixtureRuntime();

    const result = await runtime.runJqlFunction('LinkedToClause', { field: 'issue', operator: 'in', arguments: ['ISO27001:A.5.24'] });

    expect(result).toEqual({ jql: 'imsClause = "ISO27001:A.5.24"' });
    expect(runtime.metrics.invocations.jqlFunction).toBe(1);
  });

  it('refuse an operator the module does not declare', async () => {
    const { runtime } = startFixtureRuntime();

    const result = await runtime.runJqlFunction('linkedToClause', { field: 'issue', operator: '=', arguments: ['x'] });

    expect(result).toEqual({ error: "Function 'linkedToClause' does not support the operator '='" });
  });
});
