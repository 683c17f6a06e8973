import type { SimState } from './model';

/**
 * Jira's `fields` parameter: field ids, `*all`, `*navigable`, and `-id` to drop one. Each endpoint has its own
 * default (GET issue: `*all`; enhanced search: `id` only; bulkfetch: `*navigable`).
 */
export interface FieldSelection {
  includes(fieldId: string): boolean;
  /** Only `id` (and nothing else) was asked for: enhanced search then allows 5,000 results a page. */
  readonly idOnly: boolean;
}

export function parseFieldSelection(state: SimState, requested: string[] | undefined, fallback: string[]): FieldSelection {
  const tokens = (requested && requested.length > 0 ? requested : fallback)
    .flatMap((t) => t.split(','))
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  const excluded = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  const named = new Set(tokens.filter((t) => !t.startsWith('-') && !t.startsWith('*')));
  const everything = tokens.includes('*all') || tokens.includes('*navigable');
  const byName = (id: string) => named.has(id) || named.has(state.fields.find((f) => f.id === id)?.key ?? '');
  return {
    includes: (fieldId) => !excluded.has(fieldId) && (everything || byName(fieldId)),
    idOnly: !everything && [...named].every((t) => t === 'id'),
  };
}

/** `properties` parameter: keys, `*all`, `-key`; undefined when the caller asked for no properties. */
export function selectPropertyKeys(available: string[], requested: string[] | undefined): string[] | undefined {
  if (requested === undefined) return undefined;
  const tokens = requested.flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
  const excluded = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  const all = tokens.includes('*all');
  return available.filter((key) => !excluded.has(key) && (all || tokens.includes(key)));
}
