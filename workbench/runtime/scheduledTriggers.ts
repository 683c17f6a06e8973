import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { PlatformIdentity } from './invocation';

/**
 * Forge's scheduled triggers (`modules.scheduledTrigger`): the platform calls the function on its interval with
 * `{context: {cloudId, moduleKey}, contextToken}` and no user; the function must answer like a web trigger
 * (`{statusCode, headers?, body?}`) or the platform records a 424. A failed run is not retried, and a run may be
 * delivered twice. Locally nothing fires on a clock: tests and the host run a trigger when they choose.
 */

export const SCHEDULED_TRIGGER_INTERVALS = ['fiveMinute', 'hour', 'day', 'week'] as const;

const ScheduledTriggerModuleSchema = z.looseObject({
  key: z.string().min(1),
  function: z.string().min(1),
  interval: z.enum(SCHEDULED_TRIGGER_INTERVALS),
});
export type ScheduledTriggerModule = z.infer<typeof ScheduledTriggerModuleSchema>;

/** The platform's limit on scheduled trigger modules per app. */
export const MAX_SCHEDULED_TRIGGERS = 5;

/** Reads `modules.scheduledTrigger`; a module the platform would refuse to deploy is refused here, naming it. */
export function readScheduledTriggers(manifest: unknown, functionKeys: ReadonlySet<string>): Map<string, ScheduledTriggerModule> {
  const modules = (manifest as { modules?: Record<string, unknown> } | undefined)?.modules?.scheduledTrigger ?? [];
  if (!Array.isArray(modules)) throw new Error('Invalid modules.scheduledTrigger: a list of modules');
  if (modules.length > MAX_SCHEDULED_TRIGGERS) throw new Error(`An app declares at most ${MAX_SCHEDULED_TRIGGERS} scheduled triggers, not ${modules.length}`);
  const triggers = new Map<string, ScheduledTriggerModule>();
  modules.forEach((module, index) => {
    const parsed = ScheduledTriggerModuleSchema.safeParse(module);
    if (!parsed.success) throw new Error(`Invalid modules.scheduledTrigger[${index}]: ${z.prettifyError(parsed.error)}`);
    if (!functionKeys.has(parsed.data.function)) throw new Error(`Module '${parsed.data.key}' refers to function '${parsed.data.function}', which the manifest does not define`);
    triggers.set(parsed.data.key, parsed.data);
  });
  return triggers;
}

export interface ScheduledTriggerEvent {
  context: { cloudId: string; moduleKey: string };
  /** Opaque to the app. */
  contextToken: string;
}

export function scheduledTriggerEvent(identity: PlatformIdentity, moduleKey: string): ScheduledTriggerEvent {
  return { context: { cloudId: identity.cloudId, moduleKey }, contextToken: Buffer.from(`workbench:${moduleKey}:${randomUUID()}`).toString('base64url') };
}

export type ScheduledTriggerOutcome =
  | { moduleKey: string; ok: true; statusCode: number; body?: string }
  | { moduleKey: string; ok: false; statusCode: number; error: { code: 'FUNCTION_ERR' | 'TIMEOUT' | 'FAILED_DEPENDENCY'; message: string } };

/** What the platform makes of the function's answer: a 2xx web-trigger response is a success; anything else fails. */
export function scheduledTriggerOutcome(moduleKey: string, returned: unknown): ScheduledTriggerOutcome {
  const response = returned as { statusCode?: unknown; body?: unknown } | null | undefined;
  if (typeof response !== 'object' || response === null || typeof response.statusCode !== 'number' || (response.body !== undefined && typeof response.body !== 'string')) {
    return { moduleKey, ok: false, statusCode: 424, error: { code: 'FAILED_DEPENDENCY', message: `returned ${JSON.stringify(returned)}, not {statusCode, headers?, body?}` } };
  }
  const body = typeof response.body === 'string' ? { body: response.body } : {};
  if (response.statusCode >= 200 && response.statusCode < 300) return { moduleKey, ok: true, statusCode: response.statusCode, ...body };
  return { moduleKey, ok: false, statusCode: response.statusCode, error: { code: 'FUNCTION_ERR', message: `answered ${response.statusCode}${typeof response.body === 'string' ? `: ${response.body}` : ''}` } };
}
