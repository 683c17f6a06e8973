import { invalidInput } from './errors';

/**
 * Cursors are opaque to the app (the docs say not to persist them). Ours carry the position after which
 * the next page starts plus a fingerprint of the query, so a cursor replayed on another query fails loudly.
 */
export interface CursorPosition {
  query: string;
  after: unknown[];
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, query: string): unknown[] {
  let position: unknown;
  try {
    position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    position = undefined;
  }
  const candidate = position as Partial<CursorPosition> | undefined;
  if (!candidate || !Array.isArray(candidate.after) || candidate.query !== query) {
    // Undocumented code: the platform's own cursor errors are not published.
    throw invalidInput('INVALID_CURSOR', 'The cursor was not issued for this query');
  }
  return candidate.after;
}
