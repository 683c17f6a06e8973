/**
 * A checkpoint of a large report exceeds one KVS value (240 KiB: 249 clauses with 50 drill-down issues each came to
 * about 1.2 MB), so it is stored as JSON text in parts. Each part is measured as stored (a JSON string, where quotes
 * and control characters take more bytes), with room to spare for the envelope.
 */
export const MAX_PART_BYTES = 200_000;

const storedBytes = (text: string): number => Buffer.byteLength(JSON.stringify(text));

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function splitIntoParts(text: string, maxBytes = MAX_PART_BYTES): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; ) {
    let length = Math.min(text.length - start, maxBytes);
    for (;;) {
      let end = start + length;
      // Never cut a surrogate pair: each half alone is not valid UTF-8.
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end = end - 1 > start ? end - 1 : end + 1;
      const part = text.slice(start, end);
      if (storedBytes(part) <= maxBytes || end - start <= 2) {
        parts.push(part);
        start = end;
        break;
      }
      length = Math.floor(length / 2);
    }
  }
  return parts.length === 0 ? [''] : parts;
}

export const joinParts = (parts: readonly string[]): string => parts.join('');
