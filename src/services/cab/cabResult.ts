/** The outcome of a CAB use case, in the codes every handler answers with (DESIGN.md §3). */
export type CabErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT' | 'CONFLICT' | 'UNAVAILABLE';

/** `reason` tells a refusal the panel presents as a note (an issue that is not a change) from real errors. */
export type CabResult<T> = { ok: true; value: T } | { ok: false; error: { code: CabErrorCode; message: string; reason?: 'NOT_A_CHANGE' } };

export const succeed = <T>(value: T): CabResult<T> => ({ ok: true, value });
export const refuse = (code: CabErrorCode, message: string): CabResult<never> => ({ ok: false, error: { code, message } });
