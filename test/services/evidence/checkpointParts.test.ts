import fc from 'fast-check';
import { joinParts, splitIntoParts } from '../../../src/services/evidence/checkpointParts';

const storedBytes = (part: string) => Buffer.byteLength(JSON.stringify(part));

describe('checkpoint parts', () => {
  it('splits a 1.2 MB checkpoint into parts that each fit a KVS value and join back to the same text', () => {
    const text = JSON.stringify(Array.from({ length: 18_000 }, (_, index) => ({ id: String(10_000 + index), summary: `Quote "${index}" and \\ back\nslash` })));
    expect(text.length).toBeGreaterThan(1_000_000);

    const parts = splitIntoParts(text);

    expect(parts.length).toBeGreaterThan(5);
    expect(Math.max(...parts.map(storedBytes))).toBeLessThanOrEqual(200_000);
    expect(joinParts(parts)).toBe(text);
  });

  it('keeps any text intact and within the part size, surrogate pairs included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 16, max: 64 }), (text, maxBytes) => {
        const parts = splitIntoParts(text, maxBytes);
        expect(joinParts(parts)).toBe(text);
        for (const part of parts) expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
        for (const part of parts) expect(storedBytes(part)).toBeLessThanOrEqual(maxBytes);
      }),
    );
  });
});
