import type { ZodType } from 'zod';

/** Stable error codes every handler answers with (DESIGN.md §3); the UI shows `message`. */
export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'UNAVAILABLE';

export type HandlerResult<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

export const ok = <T>(value: T): HandlerResult<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): HandlerResult<never> => ({ ok: false, error: { code, message } });

/** Parses a payload with its schema; a bad payload becomes INVALID_INPUT carrying the schema's first message. */
export function parsePayload<T>(schema: ZodType<T>, payload: unknown): HandlerResult<T> {
  const parsed = schema.safeParse(payload ?? {});
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return fail('INVALID_INPUT', `${where}${issue?.message ?? 'Invalid input.'}`);
}
