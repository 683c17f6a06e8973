/** The outcome of a risk register use case, in the codes every handler answers with (DESIGN.md §3). */
export type RiskServiceErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT' | 'CONFLICT' | 'UNAVAILABLE';

export type RiskResult<T> = { ok: true; value: T } | { ok: false; error: { code: RiskServiceErrorCode; message: string } };

export const succeed = <T>(value: T): RiskResult<T> => ({ ok: true, value });
export const refuse = (code: RiskServiceErrorCode, message: string): RiskResult<never> => ({ ok: false, error: { code, message } });
