import type { KvsStore } from './store';
import { handleKvsRequest, isKvsFetchTarget, type KvsRequestInit } from './wire';

type ForgeFetch = (target: unknown, path: string, init?: KvsRequestInit) => Promise<Response>;
const forgeGlobals = globalThis as typeof globalThis & { __forge_fetch__?: ForgeFetch };

/**
 * For tests: routes the unmodified `@forge/kvs` client to `store` through `global.__forge_fetch__`, the
 * only door the SDK uses. `__forge_runtime__` is left alone on purpose: without `runtime.kvs.url/host`
 * the SDK takes its `{ type: 'kvs', provider: 'app', remote: 'kvs' }` branch, which needs no token or
 * tracing. The SDK reads the global on every call, so installing after `import '@forge/kvs'` is fine.
 * Any non-storage call fails loudly. Returns a function that restores the previous global.
 */
export function installKvsFetch(store: KvsStore): () => void {
  const previous = forgeGlobals.__forge_fetch__;
  forgeGlobals.__forge_fetch__ = async (target, path, init) => {
    if (!isKvsFetchTarget(target)) {
      throw new Error(`The KVS test fetch only serves storage; got ${JSON.stringify(target)} ${path}`);
    }
    return handleKvsRequest(store, path, init);
  };
  return () => {
    forgeGlobals.__forge_fetch__ = previous;
  };
}
