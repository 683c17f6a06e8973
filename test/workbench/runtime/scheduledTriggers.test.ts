import { asApp, route } from '@forge/api';
import { KvsStore } from '../../../workbench/kvs/store';
import { handleKvsRequest } from '../../../workbench/kvs/wire';
import { createForgeRuntime } from '../../../workbench/runtime/createForgeRuntime';
import type { RuntimeLimits } from '../../../workbench/runtime/limits';
import * as fixtureApp from './fixtures/fixtureApp';
import jiraScopes from './fixtures/jira-scopes.json';
import { FakeJira, fixtureManifest } from './fixtureRuntime';

/** What each scheduled run saw: the request and the invocation context. */
const runs: { request: unknown; context: unknown }[] = [];

const scheduledApp = {
  ...fixtureApp,
  async nightly(request: unknown, context: unknown) {
    runs.push({ request, context });
    await asApp().requestJira(route`/rest/api/3/issue/SD-1`);
    return { statusCode: 204 };
  },
  async forgetsTheResponse() {
    return undefined;
  },
  async failing() {
    throw new Error('Jira was down');
  },
  async slow() {
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { statusCode: 200 };
  },
};

function startScheduledRuntime(options: { scheduledTrigger?: unknown[]; functions?: unknown[]; limits?: Partial<RuntimeLimits> } = {}) {
  const manifest = fixtureManifest() as unknown as { modules: Record<string, unknown[]> };
  manifest.modules.scheduledTrigger = options.scheduledTrigger ?? [
    { key: 'nightly-trigger', function: 'nightly', interval: 'day' },
    { key: 'no-response-trigger', function: 'forgets-response', interval: 'hour' },
    { key: 'failing-trigger', function: 'failing', interval: 'week' },
    { key: 'slow-trigger', function: 'slow', interval: 'fiveMinute' },
  ];
  manifest.modules.function = [
    ...(manifest.modules.function ?? []),
    ...(options.functions ?? [
      { key: 'nightly', handler: 'index.nightly' },
      { key: 'forgets-response', handler: 'index.forgetsTheResponse' },
      { key: 'failing', handler: 'index.failing' },
      { key: 'slow', handler: 'index.slow', timeoutSeconds: 1 },
    ]),
  ];
  const jira = new FakeJira();
  const store = new KvsStore();
  const runtime = createForgeRuntime({ manifest, handlers: scheduledApp, jira, kvs: { handle: (path, init) => handleKvsRequest(store, path, init) }, openapi: jiraScopes, ...(options.limits ? { limits: options.limits } : {}) });
  return { runtime, jira };
}

beforeEach(() => {
  runs.length = 0;
});

describe('scheduled triggers', () => {
  it('run the module’s function as the app with the documented request: cloud id, module key and a context token', async () => {
    const { runtime, jira } = startScheduledRuntime();

    const outcome = await runtime.runScheduledTrigger('nightly-trigger');

    expect(outcome).toEqual({ moduleKey: 'nightly-trigger', ok: true, statusCode: 204 });
    expect(runs).toHaveLength(1);
    expect(runs[0]!.request).toEqual({ context: { cloudId: runtime.identity.cloudId, moduleKey: 'nightly-trigger' }, contextToken: expect.any(String) });
    expect(runs[0]!.context).toEqual({ principal: undefined, installContext: runtime.identity.installContext });
    expect(jira.requests[0]?.actor.kind).toBe('app');
    expect(runtime.metrics.invocationsByFunction).toEqual({ nightly: 1 });
  });

  it('give every run its own context token', async () => {
    const { runtime } = startScheduledRuntime();

    await runtime.runScheduledTrigger('nightly-trigger');
    await runtime.runScheduledTrigger('nightly-trigger');

    const tokens = runs.map((run) => (run.request as { contextToken: string }).contextToken);
    expect(new Set(tokens).size).toBe(2);
  });

  it('record a run that answers no web-trigger response as the platform’s 424', async () => {
    const { runtime } = startScheduledRuntime();

    const outcome = await runtime.runScheduledTrigger('no-response-trigger');

    expect(outcome).toMatchObject({ ok: false, statusCode: 424, error: { code: 'FAILED_DEPENDENCY' } });
    expect(runtime.failures).toEqual([expect.objectContaining({ kind: 'trigger', moduleKey: 'no-response-trigger' })]);
  });

  it('record a failed run without retrying it', async () => {
    const { runtime } = startScheduledRuntime();

    const outcome = await runtime.runScheduledTrigger('failing-trigger');

    expect(outcome).toEqual({ moduleKey: 'failing-trigger', ok: false, statusCode: 500, error: { code: 'FUNCTION_ERR', message: 'Jira was down' } });
    expect(runtime.metrics.invocationsByFunction).toEqual({ failing: 1 });
  });

  it('give a run its function’s timeoutSeconds instead of the default limit', async () => {
    // The default (55 s, like async events) is shortened to 50 ms; `slow` declares timeoutSeconds: 1 and takes 200 ms.
    const { runtime } = startScheduledRuntime({ limits: { consumerTimeoutMs: 50 } });

    expect(await runtime.runScheduledTrigger('slow-trigger')).toEqual({ moduleKey: 'slow-trigger', ok: true, statusCode: 200 });
  });

  it('time out a run that outlasts the default limit', async () => {
    const { runtime } = startScheduledRuntime({
      functions: [{ key: 'nightly', handler: 'index.nightly' }, { key: 'forgets-response', handler: 'index.forgetsTheResponse' }, { key: 'failing', handler: 'index.failing' }, { key: 'slow', handler: 'index.slow' }],
      limits: { consumerTimeoutMs: 50 },
    });

    expect(await runtime.runScheduledTrigger('slow-trigger')).toMatchObject({ ok: false, error: { code: 'TIMEOUT' } });
  });

  it('refuse an unknown module key', async () => {
    const { runtime } = startScheduledRuntime();

    await expect(runtime.runScheduledTrigger('nope')).rejects.toThrow("No scheduledTrigger 'nope' in the manifest");
  });

  it('refuse a manifest with an interval Forge does not offer, naming the module', () => {
    expect(() => startScheduledRuntime({ scheduledTrigger: [{ key: 'minutely', function: 'nightly', interval: 'minute' }] })).toThrow(/modules\.scheduledTrigger\[0\]/);
  });

  it('refuse a module that names a function the manifest does not define', () => {
    expect(() => startScheduledRuntime({ scheduledTrigger: [{ key: 'orphan', function: 'missing', interval: 'day' }] })).toThrow("Module 'orphan' refers to function 'missing'");
  });

  it('refuse more than the five scheduled triggers an app may declare', () => {
    const six = Array.from({ length: 6 }, (_, index) => ({ key: `t-${index}`, function: 'nightly', interval: 'day' }));

    expect(() => startScheduledRuntime({ scheduledTrigger: six })).toThrow('at most 5 scheduled triggers');
  });
});
