import { randomUUID } from 'node:crypto';
import { readAppManifest, type ConsumerModule, type FunctionModule } from './appManifest';
import { createAsyncEventService, isQueueRequest, type AsyncEvent } from './asyncEvents';
import type { JiraBackend, KvsBackend } from './backends';
import { installForgeGlobals } from './forgeGlobals';
import {
  InvocationError,
  messageOf,
  runInvocation,
  type FetchInit,
  type FetchTarget,
  type Invocation,
  type InvocationFailure,
  type InvocationSpec,
  type Platform,
  type PlatformIdentity,
} from './invocation';
import { jsonResponse, proxyJiraRequest } from './jiraProxy';
import { jsonBytes, PLATFORM_LIMITS, type RuntimeLimits } from './limits';
import { emptyMetrics, increment, type RuntimeMetrics } from './metrics';
import { identityOf } from './platformIdentity';
import { compileScopeTable, type OpenApiSpec } from './requiredScopes';
import { resolveHandlers } from './resolveHandlers';
import { readScheduledTriggers, scheduledTriggerEvent, scheduledTriggerOutcome, type ScheduledTriggerOutcome } from './scheduledTriggers';

/**
 * The Forge runtime stand-in: runs the app's handlers named in the manifest (`index.x` = export `x` of
 * src/index.ts) the way the platform invokes them, with the unmodified Forge SDK packages talking to the
 * Jira and KVS backends through the globals it installs. Handlers cannot tell they run here.
 */

export interface ForgeRuntimeOptions {
  /** The parsed manifest.yml. */
  manifest: unknown;
  /** The loaded `src/index` module. */
  handlers: Record<string, unknown>;
  jira: JiraBackend;
  kvs: KvsBackend;
  /** The Jira OpenAPI spec (trimmed or full): which scopes each operation needs. */
  openapi: OpenApiSpec;
  /** Epoch milliseconds for event timestamps. */
  clock?: { now(): number };
  limits?: Partial<RuntimeLimits>;
}

/** The context Custom UI sends with `invoke(functionKey, payload)`; `moduleKey` picks the module's resolver. */
export interface ResolverCallContext {
  moduleKey: string;
  /** The logged-in user; absent for an anonymous viewer. */
  accountId?: string;
  extension?: Record<string, unknown>;
  localId?: string;
  [key: string]: unknown;
}

export type TriggerOutcome = { moduleKey: string; ok: true } | { moduleKey: string; ok: false; error: { code: string; message: string } };

export interface WorkflowValidatorResult {
  result: boolean;
  errorMessage?: string;
}

export interface JqlFunctionClause {
  field: string;
  operator: string;
  arguments: string[];
}

export type JqlFunctionResult = { jql: string } | { error: string };

export interface ForgeRuntime {
  readonly identity: PlatformIdentity;
  /** Live counters; `resetMetrics()` zeroes them in place. */
  readonly metrics: RuntimeMetrics;
  /** Triggers, consumers, validators and JQL functions that failed (their callers get no exception). */
  readonly failures: InvocationFailure[];
  resetMetrics(): void;
  invokeResolver(call: { functionKey: string; payload?: unknown; context: ResolverCallContext }): Promise<unknown>;
  /** Schedules every trigger subscribed to `eventType`; the promise settles when they have all run. */
  fireProductEvent(eventType: string, payload: Record<string, unknown>): Promise<TriggerOutcome[]>;
  runWorkflowValidator(moduleKey: string, args: Record<string, unknown>): Promise<WorkflowValidatorResult>;
  /** `functionName` as written in JQL (the module's `name`, case-insensitive). */
  runJqlFunction(functionName: string, clause: JqlFunctionClause): Promise<JqlFunctionResult>;
  /** Runs a `scheduledTrigger` module once, as the platform does when its interval comes round (no user). */
  runScheduledTrigger(moduleKey: string): Promise<ScheduledTriggerOutcome>;
  /** Waits until no trigger or queued event is pending, including work that pending work schedules. */
  idle(): Promise<void>;
}

export function createForgeRuntime(options: ForgeRuntimeOptions): ForgeRuntime {
  installForgeGlobals();
  const manifest = readAppManifest(options.manifest);
  const limits: RuntimeLimits = { ...PLATFORM_LIMITS, ...options.limits };
  const handlers = resolveHandlers(manifest, options.handlers, limits);
  const now = () => options.clock?.now() ?? Date.now();
  const identity = identityOf(manifest);
  const metrics = emptyMetrics();
  const failures: InvocationFailure[] = [];
  const pending = new Set<Promise<void>>();
  const matchOperation = compileScopeTable(options.openapi);
  const scheduledTriggers = readScheduledTriggers(options.manifest, new Set(manifest.functions.keys()));

  const track = (work: Promise<unknown>): void => {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    pending.add(settled);
    void settled.finally(() => pending.delete(settled));
  };

  const platform: Platform = {
    identity,
    fetch: (invocation, target, path, init) => platformFetch(invocation, target, path, init),
  };

  const queue = createAsyncEventService({
    consumers: manifest.consumers,
    limits,
    metrics,
    now,
    runConsumer: (consumer, event) => runConsumer(consumer, event),
    track,
    recordFailure: (failure) => failures.push(failure),
  });

  async function platformFetch(invocation: Invocation, target: FetchTarget, path: string, init: FetchInit | undefined): Promise<Response> {
    if (target.type === 'kvs') {
      if (!manifest.scopes.has('storage:app')) {
        return jsonResponse(403, { code: 'MISSING_SCOPE', message: `Forge storage needs the storage:app scope in the manifest's permissions.scopes (${path})` });
      }
      metrics.kvsCalls.total += 1;
      increment(metrics.kvsCalls.byPath, path);
      return options.kvs.handle(path, init ?? {});
    }
    if (target.type === 'fpp' && target.remote === 'jira') {
      return proxyJiraRequest({ jira: options.jira, manifest, matchOperation, metrics }, invocation, target, path, init);
    }
    if (target.type === 'fpp' && target.remote === 'stargate' && target.provider === 'app' && isQueueRequest(path)) {
      return queue.handle(path, typeof init?.body === 'string' ? JSON.parse(init.body) : undefined);
    }
    throw new Error(`The workbench provides no platform service for ${target.type}/${target.provider}/${target.remote} ${path}`);
  }

  function invoke(spec: InvocationSpec, event: unknown, accountId: string | undefined): Promise<unknown> {
    const handler = handlers.get(spec.functionKey);
    if (!handler) throw new InvocationError('NOT_FOUND', `No handler for function '${spec.functionKey}'`);
    metrics.invocations[spec.kind] += 1;
    increment(metrics.invocationsByFunction, spec.functionKey);
    // The second argument is the platform's invocation context; @forge/resolver reads principal and installContext from it.
    const context = { principal: accountId ? { accountId } : undefined, installContext: identity.installContext };
    return runInvocation(platform, spec, async () => handler(event, context));
  }

  function runConsumer(consumer: ConsumerModule, event: AsyncEvent): Promise<unknown> {
    const fn = manifest.functions.get(consumer.function) as FunctionModule;
    const timeoutMs = fn.timeoutSeconds ? fn.timeoutSeconds * 1000 : limits.consumerTimeoutMs;
    const spec = { kind: 'consumer', functionKey: fn.key, moduleKey: consumer.key, moduleType: 'consumer', accountId: undefined, timeoutMs } as const;
    return invoke(spec, event, undefined);
  }

  return {
    identity,
    metrics,
    failures,

    resetMetrics() {
      Object.assign(metrics, emptyMetrics());
    },

    async invokeResolver({ functionKey, payload, context }) {
      const module = manifest.uiModules.get(context.moduleKey);
      if (!module) throw new InvocationError('NOT_FOUND', `Module '${context.moduleKey}' has no resolver in the manifest`);
      if (jsonBytes(payload) > limits.invokePayloadMaxBytes) {
        throw new InvocationError('PAYLOAD_TOO_LARGE', `Invoke payload for '${functionKey}' exceeds ${limits.invokePayloadMaxBytes} bytes`);
      }
      const accountId = context.accountId;
      const callContext = {
        cloudId: identity.cloudId,
        environmentId: identity.environmentId,
        environmentType: 'DEVELOPMENT',
        localId: `ari:cloud:ecosystem::extension/${identity.appId}/${identity.environmentId}/static/${context.moduleKey}`,
        ...context,
      };
      const spec = { kind: 'resolver', functionKey: module.resolverFunction, moduleKey: module.key, moduleType: module.moduleType, accountId, timeoutMs: limits.functionTimeoutMs } as const;
      // The bridge sends JSON both ways: what the handler sees and returns is what survives serialisation.
      const result = await invoke(spec, { call: { functionKey, payload: roundTrip(payload) }, context: callContext }, accountId);
      if (jsonBytes(result) > limits.invokeResponseMaxBytes) {
        throw new InvocationError('RESPONSE_TOO_LARGE', `Response of '${functionKey}' exceeds ${limits.invokeResponseMaxBytes} bytes`);
      }
      return roundTrip(result);
    },

    fireProductEvent(eventType, payload) {
      const triggers = manifest.triggers.filter((trigger) => trigger.events.includes(eventType));
      const outcomes = Promise.all(
        triggers.map(async (trigger): Promise<TriggerOutcome> => {
          // Product events arrive after the change that caused them, never inside the caller's request.
          await new Promise((resolve) => setImmediate(resolve));
          const spec = { kind: 'trigger', functionKey: trigger.function, moduleKey: trigger.key, moduleType: 'trigger', accountId: undefined, timeoutMs: limits.functionTimeoutMs } as const;
          try {
            await invoke(spec, { ...roundTrip(payload), eventType }, undefined);
            return { moduleKey: trigger.key, ok: true };
          } catch (error) {
            const code = error instanceof InvocationError ? error.code : 'FUNCTION_ERR';
            failures.push({ kind: 'trigger', moduleKey: trigger.key, message: messageOf(error) });
            return { moduleKey: trigger.key, ok: false, error: { code, message: messageOf(error) } };
          }
        }),
      );
      track(outcomes);
      return outcomes;
    },

    async runWorkflowValidator(moduleKey, args) {
      const validator = manifest.workflowValidators.get(moduleKey);
      if (!validator?.function) throw new InvocationError('NOT_FOUND', `No function-based jira:workflowValidator '${moduleKey}' in the manifest`);
      const spec = { kind: 'workflowValidator', functionKey: validator.function, moduleKey, moduleType: 'jira:workflowValidator', accountId: undefined, timeoutMs: limits.functionTimeoutMs } as const;
      try {
        const returned = await invoke(spec, roundTrip(args), undefined);
        if (isValidatorResult(returned)) return returned.result ? { result: true } : { result: false, errorMessage: returned.errorMessage ?? 'Transition refused' };
        failures.push({ kind: 'workflowValidator', moduleKey, message: `returned ${JSON.stringify(returned)}, not {result, errorMessage}` });
      } catch (error) {
        failures.push({ kind: 'workflowValidator', moduleKey, message: messageOf(error) });
      }
      // Jira treats a validator that fails to answer as a refusal: the transition does not happen.
      return { result: false, errorMessage: `Validator '${moduleKey}' failed to run` };
    },

    async runJqlFunction(functionName, clause) {
      const fn = manifest.jqlFunctions.find((candidate) => candidate.name.toLowerCase() === functionName.toLowerCase());
      if (!fn) return { error: `Unable to find JQL function '${functionName}'` };
      if (!fn.operators.includes(clause.operator)) return { error: `Function '${fn.name}' does not support the operator '${clause.operator}'` };
      const spec = { kind: 'jqlFunction', functionKey: fn.function, moduleKey: fn.key, moduleType: 'jira:jqlFunction', accountId: undefined, timeoutMs: limits.functionTimeoutMs } as const;
      try {
        // Forge's invocation payload: the precomputation being filled, and the clause with the function's name and
        // the field's types (a `jira:jqlFunction` declares the types it applies to).
        const event = {
          precomputationId: randomUUID(),
          clause: { field: clause.field, type: [...fn.types], operator: clause.operator, functionName: fn.name, arguments: [...clause.arguments] },
        };
        const returned = await invoke(spec, event, undefined);
        if (isJqlFunctionResult(returned)) return 'jql' in returned ? { jql: returned.jql } : { error: returned.error };
        failures.push({ kind: 'jqlFunction', moduleKey: fn.key, message: `returned ${JSON.stringify(returned)}, not {jql} or {error}` });
        return { error: `Function '${fn.name}' returned no JQL` };
      } catch (error) {
        failures.push({ kind: 'jqlFunction', moduleKey: fn.key, message: messageOf(error) });
        return { error: `Function '${fn.name}' failed: ${messageOf(error)}` };
      }
    },

    async runScheduledTrigger(moduleKey) {
      const trigger = scheduledTriggers.get(moduleKey);
      if (!trigger) throw new InvocationError('NOT_FOUND', `No scheduledTrigger '${moduleKey}' in the manifest`);
      const fn = manifest.functions.get(trigger.function) as FunctionModule;
      // Scheduled triggers get the 55 s of async invocations, or their function's timeoutSeconds (up to 900 s).
      const timeoutMs = fn.timeoutSeconds ? fn.timeoutSeconds * 1000 : limits.consumerTimeoutMs;
      const spec = { kind: 'trigger', functionKey: fn.key, moduleKey, moduleType: 'scheduledTrigger', accountId: undefined, timeoutMs } as const;
      let outcome: ScheduledTriggerOutcome;
      try {
        outcome = scheduledTriggerOutcome(moduleKey, await invoke(spec, scheduledTriggerEvent(identity, moduleKey), undefined));
      } catch (error) {
        const code = error instanceof InvocationError && error.code === 'TIMEOUT' ? 'TIMEOUT' : 'FUNCTION_ERR';
        outcome = { moduleKey, ok: false, statusCode: 500, error: { code, message: messageOf(error) } };
      }
      // The platform does not retry a failed run; it is recorded, and the next interval runs again.
      if (!outcome.ok) failures.push({ kind: 'trigger', moduleKey, message: outcome.error.message });
      return outcome;
    },

    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

function roundTrip<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function isValidatorResult(value: unknown): value is { result: boolean; errorMessage?: string } {
  return typeof value === 'object' && value !== null && typeof (value as { result?: unknown }).result === 'boolean';
}

function isJqlFunctionResult(value: unknown): value is { jql: string } | { error: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { jql, error } = value as { jql?: unknown; error?: unknown };
  return typeof jql === 'string' || typeof error === 'string';
}
