/**
 * Defensive readers over the parsed manifest YAML. Our checks run even when the schema rejected the manifest
 * (a typo in one module must not hide a missing scope), so nothing here trusts the shape.
 */
type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isDict(value) ? value[key] : undefined;
}

export function moduleEntries(manifest: unknown, moduleType: string): Dict[] {
  const entries = field(field(manifest, 'modules'), moduleType);
  return Array.isArray(entries) ? entries.filter(isDict) : [];
}

/** `permissions.scopes` is a list of scope names, or a map keyed by scope name (with per-scope options). */
export function declaredScopes(manifest: unknown): Set<string> {
  const scopes = field(field(manifest, 'permissions'), 'scopes');
  if (Array.isArray(scopes)) return new Set(scopes.filter((scope): scope is string => typeof scope === 'string'));
  return new Set(isDict(scopes) ? Object.keys(scopes) : []);
}

export function runtimeName(manifest: unknown): string | undefined {
  const name = field(field(field(manifest, 'app'), 'runtime'), 'name');
  return typeof name === 'string' ? name : undefined;
}

/** Trigger `events` are event names, or `{ eventType, filter }` objects. */
export function triggerEvents(trigger: Dict): string[] {
  const events = trigger.events;
  if (!Array.isArray(events)) return [];
  return events.flatMap((event: unknown) => {
    if (typeof event === 'string') return [event];
    const eventType = field(event, 'eventType');
    return typeof eventType === 'string' ? [eventType] : [];
  });
}

export function stringField(entry: Dict, key: string): string | undefined {
  const value = entry[key];
  return typeof value === 'string' ? value : undefined;
}
