import { handleKvsRequest, isKvsFetchTarget } from '../../../workbench/kvs/wire';
import { KV } from '../../../workbench/kvs/space';
import { KvsStore } from '../../../workbench/kvs/store';
import { installKvsFetch } from '../../../workbench/kvs/testGlobals';

const post = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

describe('workbench KVS wire protocol', () => {
  it('recognises both shapes of storage fetch target the SDK uses, and nothing else', () => {
    expect(isKvsFetchTarget({ type: 'kvs', provider: 'app', remote: 'kvs' })).toBe(true);
    expect(isKvsFetchTarget({ type: 'kvs' })).toBe(true);
    expect(isKvsFetchTarget({ type: 'fpp', provider: 'app', remote: 'jira' })).toBe(false);
  });

  it('answers an unknown endpoint with an error naming the path', async () => {
    const response = await handleKvsRequest(new KvsStore(), '/api/v1/entity/scan', post({}));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'UNKNOWN_ENDPOINT', message: expect.stringContaining('/api/v1/entity/scan') });
  });

  it('rejects a body with fields the SDK never sends', async () => {
    const response = await handleKvsRequest(new KvsStore(), '/api/v1/get', post({ key: 'a', surprise: true }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'BAD_REQUEST', message: expect.stringContaining('surprise') });
  });

  it('answers a write with 204 and no body, and a read with the stored item', async () => {
    const store = new KvsStore();
    const written = await handleKvsRequest(store, '/api/v1/set', post({ key: 'a', value: [1, 2] }));
    expect(written.status).toBe(204);
    expect(await written.text()).toBe('');
    const read = await handleKvsRequest(store, '/api/v1/get', post({ key: 'a' }));
    expect(await read.json()).toEqual({ key: 'a', value: [1, 2] });
  });
});

describe('workbench KVS behind a runtime that advertises a KVS host', () => {
  const forgeGlobals = globalThis as { __forge_runtime__?: unknown };
  afterEach(() => {
    delete forgeGlobals.__forge_runtime__;
  });

  it('serves the SDK branch that sends { type: "kvs" } with token and tracing headers', async () => {
    // The SDK picks its branch when it is first loaded, so load a fresh copy after setting the runtime.
    forgeGlobals.__forge_runtime__ = {
      kvs: { url: 'http://kvs.workbench', host: 'kvs.workbench' },
      proxy: { token: 'workbench' },
      tracing: { traceId: 't', spanId: 's' },
    };
    const store = new KvsStore();
    const uninstall = installKvsFetch(store);
    try {
      let freshKvs: typeof import('@forge/kvs').kvs | undefined;
      jest.isolateModules(() => {
        freshKvs = (jest.requireActual('@forge/kvs') as typeof import('@forge/kvs')).kvs;
      });
      await freshKvs!.set('via-runtime', 1);
      expect(store.get(KV, 'via-runtime')?.value).toBe(1);
    } finally {
      uninstall();
    }
  });
});
