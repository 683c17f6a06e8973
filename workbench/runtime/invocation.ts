import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { InvocationKind } from './metrics';

/**
 * One running Forge function. The platform gives every invocation its own sandbox; here each runs in its
 * own AsyncLocalStorage context, so concurrent invocations never see each other's user, and a call made
 * after the invocation ended (an un-awaited promise, a timed-out handler) is refused as the platform would.
 */
export interface Invocation {
  id: string;
  kind: InvocationKind;
  functionKey: string;
  moduleKey: string;
  moduleType: string;
  /** The calling user; undefined for app-only invocations (triggers, consumers, JQL functions). */
  accountId: string | undefined;
  platform: Platform;
  startedAt: number;
  timeoutMs: number;
  state: 'running' | 'finished' | 'timedOut';
}

/** The fetch target `@forge/api` and `@forge/kvs` pass to `__forge_fetch__`. */
export interface FetchTarget {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

export interface FetchInit {
  method?: string;
  headers?: unknown;
  body?: unknown;
}

export interface PlatformIdentity {
  appId: string;
  environmentId: string;
  installationId: string;
  cloudId: string;
  /** `ari:cloud:jira::site/<cloudId>`: the `installContext` of every invocation. */
  installContext: string;
}

/** The runtime that started an invocation: `__forge_fetch__` hands each call back to it. */
export interface Platform {
  identity: PlatformIdentity;
  fetch(invocation: Invocation, target: FetchTarget, path: string, init: FetchInit | undefined): Promise<Response>;
}

export type InvocationErrorCode = 'FUNCTION_ERR' | 'TIMEOUT' | 'PAYLOAD_TOO_LARGE' | 'RESPONSE_TOO_LARGE' | 'NOT_FOUND';

/** How an invocation fails as seen by its caller (the bridge's `invoke` rejects with this). */
export class InvocationError extends Error {
  constructor(
    readonly code: InvocationErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'InvocationError';
  }
}

/** A background invocation (trigger, consumer, validator, JQL function) that failed; kept for tests and the bench. */
export interface InvocationFailure {
  kind: InvocationKind;
  moduleKey: string;
  message: string;
  jobId?: string;
  eventId?: string;
}

const current = new AsyncLocalStorage<Invocation>();

export function currentInvocation(): Invocation | undefined {
  return current.getStore();
}

export function remainingTimeMs(invocation: Invocation): number {
  return Math.max(0, invocation.startedAt + invocation.timeoutMs - performance.now());
}

export interface InvocationSpec {
  kind: InvocationKind;
  functionKey: string;
  moduleKey: string;
  moduleType: string;
  accountId: string | undefined;
  timeoutMs: number;
}

/**
 * Runs `call` as a fresh invocation, racing it against the time limit. On timeout the caller gets a
 * TIMEOUT error at once; the handler's promise keeps running (JavaScript cannot stop it) but every platform
 * call it makes from then on fails, as in a frozen Lambda.
 */
export function runInvocation(platform: Platform, spec: InvocationSpec, call: () => Promise<unknown>): Promise<unknown> {
  const invocation: Invocation = { ...spec, id: randomUUID(), platform, startedAt: performance.now(), state: 'running' };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      if (invocation.state !== 'running') return;
      invocation.state = 'timedOut';
      reject(new InvocationError('TIMEOUT', `Function '${spec.functionKey}' (${spec.moduleKey}) timed out after ${spec.timeoutMs} ms`));
    }, spec.timeoutMs);
    current
      .run(invocation, () => Promise.resolve().then(call))
      .then(
        (value) => {
          if (invocation.state !== 'running') return;
          invocation.state = 'finished';
          resolve(value);
        },
        (error: unknown) => {
          if (invocation.state !== 'running') return;
          invocation.state = 'finished';
          reject(error instanceof InvocationError ? error : new InvocationError('FUNCTION_ERR', messageOf(error), { cause: error }));
        },
      )
      .finally(() => clearTimeout(timer));
  });
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
