export type LinksErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT' | 'CONFLICT' | 'UNAVAILABLE';

export type LinksResult<T> = { ok: true; value: T } | { ok: false; error: { code: LinksErrorCode; message: string } };

export const succeed = <T>(value: T): LinksResult<T> => ({ ok: true, value });
export const refuse = (code: LinksErrorCode, message: string): LinksResult<never> => ({ ok: false, error: { code, message } });

export const ISSUE_NOT_FOUND = 'The issue does not exist or you do not have permission to see it.';
