import { invoke } from '@forge/bridge';
import type { ResolverApi, ResolverResult } from './resolverApi';

function isResolverResult(value: unknown): value is ResolverResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Calls a resolver function through the Forge bridge. A bridge failure (unknown function, timeout, crash in the
 * handler) becomes an `UNAVAILABLE` error value, so views have exactly one error path.
 */
export async function callResolver<K extends keyof ResolverApi>(
  functionKey: K,
  payload: ResolverApi[K]['payload'],
): Promise<ResolverResult<ResolverApi[K]['value']>> {
  try {
    const response: unknown = await invoke(functionKey, payload);
    if (isResolverResult(response)) return response as ResolverResult<ResolverApi[K]['value']>;
    return { ok: false, error: { code: 'UNAVAILABLE', message: `The app's ${functionKey} answered in an unexpected shape.` } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'UNAVAILABLE', message: `${functionKey} failed: ${message}` } };
  }
}
