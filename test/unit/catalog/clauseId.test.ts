import {
  ClauseIdSchema,
  KnownClauseIdSchema,
  clauseIdParts,
  formatClauseId,
  isKnownClause,
  parseClauseId,
} from '../../../src/domain/catalog';
import { id } from './ids';

function errorOf(text: unknown): string {
  const parsed = parseClauseId(text);
  if (parsed.ok) throw new Error(`expected ${String(text)} to be rejected`);
  expect(parsed.error.code).toBe('INVALID_INPUT');
  return parsed.error.message;
}

describe('parseClauseId', () => {
  it.each([
    ['ISO27001:A.5.24', 'ISO27001:A.5.24'],
    ['ISO20000-1:8.5.1', 'ISO20000-1:8.5.1'],
    ['ISO42001:A.6.2.6', 'ISO42001:A.6.2.6'],
    ['iso27001:a.5.24', 'ISO27001:A.5.24'],
    ['  ISO 27001   A.5.24 ', 'ISO27001:A.5.24'],
    ['ISO/IEC 27001:2022 A.5.24', 'ISO27001:A.5.24'],
    ['27001 A.5.24', 'ISO27001:A.5.24'],
    ['ISO20000-1:2018 10.1', 'ISO20000-1:10.1'],
    ['ISO27001:2022 4-10', 'ISO27001:4-10'],
    ['ISO27001:2022 Annex A', 'ISO27001:Annex A'],
    ['ISO42001:annex a', 'ISO42001:Annex A'],
  ])('accepts %j as %s', (text, canonical) => {
    expect(parseClauseId(text)).toEqual({ ok: true, value: canonical });
  });

  it('rejects a bare control number as ambiguous, naming both standards with an Annex A', () => {
    const message = errorOf('A.5.24');
    expect(message).toContain('ambiguous');
    expect(message).toContain('ISO27001:A.5.24');
    expect(message).toContain('ISO42001:A.5.24');
    expect(message).not.toContain('ISO20000-1');
  });

  it('rejects a bare clause number as ambiguous, naming all three standards', () => {
    const message = errorOf('8.5.1');
    expect(message).toContain('ISO20000-1:8.5.1, ISO27001:8.5.1 or ISO42001:8.5.1');
  });

  it('rejects an unknown standard by name', () => {
    expect(errorOf('ISO9001:8.5')).toContain('Unknown standard "ISO9001"');
    expect(errorOf('NIST:AC-2')).toContain('Unknown standard "NIST"');
  });

  it('rejects a malformed ref and says what a ref looks like', () => {
    const message = errorOf('ISO27001:A.5.x');
    expect(message).toContain('"A.5.x" is not a valid ISO27001 reference');
    expect(message).toContain('A.5.24');
  });

  it('rejects a ref from another edition, whose numbering differs', () => {
    expect(errorOf('ISO27001:2013 A.12.1.2')).toContain('holds ISO27001:2022');
  });

  it('rejects a standard without a ref, empty text, overlong text and non-text', () => {
    expect(errorOf('ISO27001:2022')).toContain('no clause or control');
    expect(errorOf('   ')).toContain('empty');
    expect(errorOf(`ISO27001:${'1.'.repeat(80)}1`)).toContain('too long');
    expect(errorOf(42)).toContain('must be text');
  });

  it('accepts well-formed refs that the catalog does not hold: existence is isKnownClause’s job', () => {
    expect(parseClauseId('ISO27001:A.5.99').ok).toBe(true);
    expect(isKnownClause('ISO27001:A.5.99')).toBe(false);
  });
});

describe('formatClauseId and clauseIdParts', () => {
  it('formats canonically by default and with the catalog edition on request', () => {
    expect(formatClauseId(id('ISO27001:A.5.24'))).toBe('ISO27001:A.5.24');
    expect(formatClauseId(id('ISO27001:A.5.24'), { withEdition: true })).toBe('ISO27001:2022 A.5.24');
    expect(formatClauseId(id('ISO20000-1:8.5.1'), { withEdition: true })).toBe('ISO20000-1:2018 8.5.1');
  });

  it('splits an id into its standard and ref', () => {
    expect(clauseIdParts(id('ISO20000-1:8.5.1'))).toEqual({ standard: 'ISO20000-1', ref: '8.5.1' });
  });
});

describe('isKnownClause', () => {
  it('knows catalog clauses, controls and the whole-ISMS pseudo-refs in any accepted spelling', () => {
    expect(isKnownClause('ISO20000-1:8.5.1')).toBe(true);
    expect(isKnownClause('iso 42001 a.6.2.6')).toBe(true);
    expect(isKnownClause('ISO27001:4-10')).toBe(true);
    expect(isKnownClause('ISO27001:Annex A')).toBe(true);
  });

  it('does not know what the standards do not have', () => {
    expect(isKnownClause('ISO20000-1:Annex A')).toBe(false); // 20000-1 has no control annex
    expect(isKnownClause('ISO42001:A.2.1')).toBe(false); // A.x.1 in 42001 is the control objective
    expect(isKnownClause('A.5.24')).toBe(false);
  });
});

describe('zod schemas', () => {
  it('ClauseIdSchema yields the canonical id or the parser’s message', () => {
    expect(ClauseIdSchema.parse('iso27001:a.8.32')).toBe('ISO27001:A.8.32');
    const result = ClauseIdSchema.safeParse('A.8.32');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('ambiguous');
  });

  it('KnownClauseIdSchema also refuses ids that are not in the catalog', () => {
    expect(KnownClauseIdSchema.parse('ISO42001:A.10.3')).toBe('ISO42001:A.10.3');
    const result = KnownClauseIdSchema.safeParse('ISO42001:A.10.9');
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'ISO42001:A.10.9 is not a clause or control in the catalog',
    ]);
  });
});

describe('parseClauseId on ordinary words', () => {
  it('says a phrase is not a clause id rather than guessing a standard from its first word', () => {
    expect(errorOf('change management')).toContain('"change management" is not a clause id');
    expect(errorOf('ISO9001 8.5')).toContain('Unknown standard "ISO9001"');
  });
});
