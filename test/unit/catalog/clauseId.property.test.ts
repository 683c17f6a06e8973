import fc from 'fast-check';
import { STANDARD_IDS, builtinCatalogData, formatClauseId, parseClauseId } from '../../../src/domain/catalog';

const number = fc.integer({ min: 1, max: 99 });
const clauseRef = fc.array(number, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
const controlRef = fc.array(number, { minLength: 1, maxLength: 3 }).map((parts) => `A.${parts.join('.')}`);
const ref = fc.oneof(clauseRef, controlRef, fc.constantFrom('4-10', 'Annex A'));
const validIdText = fc.tuple(fc.constantFrom(...STANDARD_IDS), ref).map(([standard, r]) => `${standard}:${r}`);

describe('clause id parsing, by property', () => {
  it('round-trips every catalog id through format and parse, with and without the edition', () => {
    for (const entry of builtinCatalogData().entries) {
      expect(parseClauseId(formatClauseId(entry.id))).toEqual({ ok: true, value: entry.id });
      expect(parseClauseId(formatClauseId(entry.id, { withEdition: true }))).toEqual({ ok: true, value: entry.id });
    }
  });

  it('round-trips generated well-formed ids', () => {
    fc.assert(
      fc.property(validIdText, fc.boolean(), (text, withEdition) => {
        const parsed = parseClauseId(text);
        if (!parsed.ok) return false;
        expect(parsed.value).toBe(text);
        expect(parseClauseId(formatClauseId(parsed.value, { withEdition }))).toEqual(parsed);
        return true;
      }),
    );
  });

  it('reads lower case and loose spacing as the same id', () => {
    fc.assert(
      fc.property(validIdText, (text) => {
        const loose = `  ${text.toLowerCase().replace(':', ' ')} `.replace(/^ +iso/, ' ISO ');
        expect(parseClauseId(loose)).toEqual(parseClauseId(text));
      }),
    );
  });

  it.each([
    ['ASCII strings', fc.string()],
    ['full Unicode strings', fc.string({ unit: 'binary', maxLength: 120 })],
    ['strings near the id grammar', fc.string({ unit: fc.constantFrom(...'ISO27001:A.-45 \t\n/IECannex'.split('')) })],
  ])('never throws on %s: it returns an id or an INVALID_INPUT message', (_label, text) => {
    fc.assert(
      fc.property(text, (input) => {
        const parsed = parseClauseId(input);
        if (!parsed.ok) {
          expect(parsed.error.code).toBe('INVALID_INPUT');
          expect(parsed.error.message.length).toBeGreaterThan(10);
        }
      }),
    );
  });

  it('never throws on values that are not strings', () => {
    fc.assert(fc.property(fc.anything(), (value) => parseClauseId(value).ok === false || typeof value === 'string'));
  });
});
