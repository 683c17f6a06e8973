/** Errors as values: the service shows `message` to the user as is. */
export type InvalidJql = { code: 'INVALID_INPUT'; message: string };

export type JqlResult<T> = { ok: true; value: T } | { ok: false; error: InvalidJql };

export const invalidJql = (message: string): JqlResult<never> => ({ ok: false, error: { code: 'INVALID_INPUT', message } });
