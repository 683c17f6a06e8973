import { currentInvocation, remainingTimeMs, type FetchInit, type FetchTarget, type Invocation } from './invocation';

/**
 * The two globals through which the unmodified `@forge/api`, `@forge/kvs` and `@forge/events` reach the
 * platform. They are process-wide, so they are installed once and look up the running invocation (and the
 * runtime that started it) on every use; several runtimes can coexist in one process.
 */

const INSTALLED = Symbol.for('triad.workbench.forgeGlobals');

type ForgeGlobal = typeof globalThis & {
  __forge_fetch__?: (target: FetchTarget, path: string, init?: FetchInit) => Promise<Response>;
  __forge_runtime__?: object;
  [INSTALLED]?: true;
};

export function installForgeGlobals(): void {
  const g = globalThis as ForgeGlobal;
  if (g[INSTALLED]) return;
  if (g.__forge_fetch__ || g.__forge_runtime__) {
    throw new Error('Another Forge runtime stand-in already installed __forge_fetch__/__forge_runtime__ in this process');
  }
  g.__forge_fetch__ = async (target, path, init) => {
    const invocation = runningInvocation(`${target.type} ${path}`);
    return invocation.platform.fetch(invocation, target, path, init);
  };
  g.__forge_runtime__ = forgeRuntimeGlobal;
  g[INSTALLED] = true;
}

function runningInvocation(what: string): Invocation {
  const invocation = currentInvocation();
  if (!invocation) throw new Error(`Forge platform call outside any invocation (${what}): module-level code cannot call Forge APIs`);
  if (invocation.state === 'timedOut') throw new Error(`Forge platform call after function '${invocation.functionKey}' timed out (${what})`);
  if (invocation.state === 'finished') {
    throw new Error(`Forge platform call after function '${invocation.functionKey}' returned (${what}): an un-awaited promise?`);
  }
  return invocation;
}

const noopMetrics = {
  counter: () => ({ incr() {}, incrBy() {}, decr() {}, decrBy() {} }),
  timing: () => ({ measure: () => ({ stop() {} }) }),
  gauge: () => ({ set() {} }),
};

/**
 * `__forge_runtime__` as `@forge/api` reads it (`ForgeRuntime` in out/api/runtime.d.ts). `kvs` stays
 * undefined so `@forge/kvs` addresses storage as `{ type: 'kvs', provider: 'app', remote: 'kvs' }`.
 */
const forgeRuntimeGlobal = {
  get proxy() {
    return { token: `workbench-invocation-${runningInvocation('proxy').id}`, url: 'http://forge-proxy.workbench.invalid' };
  },
  get contextAri() {
    return runningInvocation('contextAri').platform.identity.installContext;
  },
  container: { runtime: 'nodejs22.x' },
  get appContext() {
    const invocation = runningInvocation('getAppContext');
    const { appId, environmentId, installationId, installContext, cloudId } = invocation.platform.identity;
    const installationAri = `ari:cloud:ecosystem::installation/${installationId}`;
    return {
      appId,
      appVersion: '1.0.0',
      environmentId,
      environmentType: 'DEVELOPMENT',
      invocationId: invocation.id,
      installationId,
      functionKey: invocation.functionKey,
      moduleType: invocation.moduleType,
      moduleKey: invocation.moduleKey,
      installation: {
        ari: { installationId, toString: () => installationAri, toJSON: () => installationAri },
        contexts: [{ cloudId, toString: () => installContext }],
      },
    };
  },
  get aaid() {
    return currentInvocation()?.accountId;
  },
  get lambdaContext() {
    const invocation = runningInvocation('lambdaContext');
    return { awsRequestId: invocation.id, getRemainingTimeInMillis: () => remainingTimeMs(invocation) };
  },
  get tracing() {
    const id = currentInvocation()?.id.replace(/-/g, '') ?? '0';
    return { traceId: id, spanId: id.slice(0, 16) };
  },
  realtime: {},
  metrics: noopMetrics,
  kvs: undefined,
  featureFlags: () => false,
};
