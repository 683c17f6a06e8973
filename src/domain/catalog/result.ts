/** Errors as values at the catalog's boundary: callers (resolvers, UI) show `message` as is. */
export type InvalidInput = { code: 'INVALID_INPUT'; message: string };

export type CatalogResult<T> = { ok: true; value: T } | { ok: false; error: InvalidInput };

export function ok<T>(value: T): CatalogResult<T> {
  return { ok: true, value };
}

export function invalidInput<T = never>(message: string): CatalogResult<T> {
  return { ok: false, error: { code: 'INVALID_INPUT', message } };
}
