import type { AppManifest } from './appManifest';
import type { JiraActor, JiraBackend, JiraResponse } from './backends';
import type { FetchInit, FetchTarget, Invocation } from './invocation';
import { increment, type RuntimeMetrics } from './metrics';
import type { MatchedOperation } from './requiredScopes';

/**
 * The Forge proxy in front of Jira: picks the identity (`asUser()` needs a user in the invocation, `asApp()`
 * is the app), checks the manifest declares every scope the operation needs, then hands the call to the
 * Jira backend. Refusals look like the platform's, so app code meets the same responses it would in production.
 */
export interface JiraProxy {
  jira: JiraBackend;
  manifest: AppManifest;
  matchOperation: (method: string, path: string) => MatchedOperation | undefined;
  metrics: RuntimeMetrics;
}

export async function proxyJiraRequest(proxy: JiraProxy, invocation: Invocation, target: FetchTarget, path: string, init: FetchInit | undefined): Promise<Response> {
  const actor = actorFor(proxy.manifest, invocation, target);
  if (!actor) {
    // What the proxy answers when there is no user token; @forge/api raises it as NeedsAuthenticationError.
    return new Response(null, { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } });
  }
  const method = (init?.method ?? 'GET').toUpperCase();
  const operation = proxy.matchOperation(method, path);
  if (!operation) {
    throw new Error(`No operation in the workbench's Jira OpenAPI spec matches ${method} ${path}; add it to openapi/operations.json before calling it`);
  }
  const missing = operation.scopes.filter((scope) => !proxy.manifest.scopes.has(scope));
  if (missing.length > 0) {
    // Jira answers 401 with this failure category when the app's token lacks a scope.
    return jsonResponse(401, { code: 401, message: `Unauthorized; scope does not match. ${operation.operation} needs scope(s) not declared in the manifest's permissions.scopes: ${missing.join(', ')}` }, { 'x-failure-category': 'FAILURE_CLIENT_SCOPE_CHECK' });
  }

  proxy.metrics.restCalls.total += 1;
  if (actor.kind === 'user') proxy.metrics.restCalls.asUser += 1;
  else proxy.metrics.restCalls.asApp += 1;
  increment(proxy.metrics.restCalls.byOperation, operation.operation);

  const headers = headersOf(init?.headers);
  const response = await proxy.jira.handle({ method, path, headers, body: bodyOf(init?.body, headers), actor });
  return toFetchResponse(response);
}

function actorFor(manifest: AppManifest, invocation: Invocation, target: FetchTarget): JiraActor | undefined {
  switch (target.provider) {
    case 'app':
      return { kind: 'app', appModuleKeys: manifest.moduleKeys };
    case 'user': {
      if (target.accountId && target.accountId !== invocation.accountId) {
        throw new Error(`asUser('${target.accountId}') impersonates another user; the workbench supports asUser() for the invocation's own user only`);
      }
      return invocation.accountId ? { kind: 'user', accountId: invocation.accountId } : undefined;
    }
    default:
      throw new Error(`requestJira without asUser() or asApp() (provider '${String(target.provider)}'): Triad's handlers must say whom they act for`);
  }
}

export function headersOf(raw: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!raw) return headers;
  const entries: Iterable<[string, string]> =
    raw instanceof Headers ? raw.entries() : Array.isArray(raw) ? (raw as [string, string][]) : Object.entries(raw as Record<string, string>);
  for (const [name, value] of entries) headers[name.toLowerCase()] = String(value);
  return headers;
}

function bodyOf(body: unknown, headers: Record<string, string>): unknown {
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'string') throw new Error(`The workbench proxies JSON or text request bodies only; got ${Object.prototype.toString.call(body)}`);
  const isJson = (headers['content-type'] ?? 'application/json').includes('json');
  if (!isJson) return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

function toFetchResponse(response: JiraResponse): Response {
  const hasNoBody = response.body === undefined || response.status === 204 || response.status === 304;
  if (hasNoBody) return new Response(null, { status: response.status, headers: response.headers });
  if (typeof response.body === 'string') return new Response(response.body, { status: response.status, headers: response.headers });
  return jsonResponse(response.status, response.body, response.headers);
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
