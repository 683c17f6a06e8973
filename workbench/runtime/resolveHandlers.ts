import type { AppManifest } from './appManifest';
import type { RuntimeLimits } from './limits';

/** A Forge function as the platform calls it: the event (or invocation payload) and the invocation context. */
export type Handler = (event: unknown, context: unknown) => unknown;

/** Every function module must name an export of src/index that is a function, as `forge deploy` checks. */
export function resolveHandlers(manifest: AppManifest, exports: Record<string, unknown>, limits: RuntimeLimits): Map<string, Handler> {
  const resolved = new Map<string, Handler>();
  for (const fn of manifest.functions.values()) {
    const [file, exportName, ...rest] = fn.handler.split('.');
    if (file !== 'index' || !exportName || rest.length > 0) throw new Error(`Function '${fn.key}': handler '${fn.handler}' must be 'index.<export>'`);
    const handler = exports[exportName];
    if (typeof handler !== 'function') throw new Error(`Function '${fn.key}': src/index exports no function '${exportName}'`);
    if (fn.timeoutSeconds && fn.timeoutSeconds * 1000 > limits.consumerMaxTimeoutMs) {
      throw new Error(`Function '${fn.key}': timeoutSeconds ${fn.timeoutSeconds} exceeds ${limits.consumerMaxTimeoutMs / 1000}`);
    }
    resolved.set(fn.key, handler as Handler);
  }
  return resolved;
}
