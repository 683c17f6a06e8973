import { invalidInput } from './errors';

/* Platform limits (DESIGN.md §4 and Forge storage docs). */
export const MAX_KEY_LENGTH = 500;
export const MAX_VALUE_BYTES = 240 * 1024;
export const MAX_VALUE_DEPTH = 32;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 10;
export const MAX_TRANSACTION_OPERATIONS = 25;
export const MAX_BATCH_ITEMS = 25;

/** The key pattern the SDK docs give: `/^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/` (the `-` there is a literal). */
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

/** Key-value keys and entity keys share the pattern; the docs name the empty-key error differently. */
export function checkKey(key: string, kind: 'kv' | 'entity'): void {
  if (key.length === 0) {
    throw kind === 'kv'
      ? invalidInput('KEY_TOO_SHORT', 'The provided key needs to be at least one character')
      : invalidInput('EMPTY_KEY', 'Key cannot be empty');
  }
  if (key.length > MAX_KEY_LENGTH) {
    throw invalidInput('KEY_TOO_LONG', `The provided key has ${key.length} characters; the maximum is ${MAX_KEY_LENGTH}`);
  }
  if (!KEY_PATTERN.test(key)) {
    throw invalidInput('INVALID_KEY', `The provided key '${key}' does not match ${KEY_PATTERN.source}`);
  }
}

export function checkValue(value: unknown): void {
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  if (bytes > MAX_VALUE_BYTES) {
    throw invalidInput('MAX_SIZE', `The provided value is ${bytes} bytes; the maximum is ${MAX_VALUE_BYTES} (240 KiB)`);
  }
  if (depthOf(value) > MAX_VALUE_DEPTH) {
    throw invalidInput('MAX_DEPTH', `The provided value has exceeded the maximum object depth (${MAX_VALUE_DEPTH})`);
  }
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + children.reduce<number>((deepest, child) => Math.max(deepest, depthOf(child)), 0);
}

export function pageSize(limit: number | undefined, code: string): number {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw invalidInput(code, `The page limit must be between 1 and ${MAX_PAGE_SIZE}; got ${limit}`);
  }
  return limit;
}
