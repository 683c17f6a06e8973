/** The outcome of an SoA or AI system register use case, in the codes every handler answers with (DESIGN.md §3). */
export type RegisterErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT' | 'CONFLICT' | 'UNAVAILABLE';

export type RegisterResult<T> = { ok: true; value: T } | { ok: false; error: { code: RegisterErrorCode; message: string } };

export const succeed = <T>(value: T): RegisterResult<T> => ({ ok: true, value });
export const refuse = (code: RegisterErrorCode, message: string): RegisterResult<never> => ({ ok: false, error: { code, message } });
