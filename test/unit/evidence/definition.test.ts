import { builtinCatalog } from '../../../src/domain/catalog';
import { resolvePeriod, selectedClauses } from '../../../src/domain/evidence';
import { id } from '../catalog/ids';
import { NOW, definition, messagesOf } from './fixtures';

describe('an evidence report definition', () => {
  it('defaults to resolved in period, 90 days staleness, mapped evidence on, the whole site, UTC', () => {
    expect(definition()).toMatchObject({
      evidenceRule: 'resolved',
      staleAfterDays: 90,
      includeMappedEvidence: true,
      scope: { kind: 'basic', projects: [], issueTypes: [] },
      timeZone: 'UTC',
    });
  });

  it('refuses unknown clauses, reversed periods and unknown time zones with clear messages', () => {
    const base = { standards: ['ISO27001'], period: { kind: 'between', from: '2026-01-01', to: '2026-01-31' } };
    expect(messagesOf({ ...base, selection: [{ kind: 'clauses', ids: ['ISO27001:A.9.9'] }] })).toEqual([
      'ISO27001:A.9.9 is not a clause or control in the catalog',
    ]);
    expect(messagesOf({ ...base, period: { kind: 'between', from: '2026-02-01', to: '2026-01-31' } })).toEqual([
      'The period ends before it starts',
    ]);
    expect(messagesOf({ ...base, period: { kind: 'between', from: '2026-02-30', to: '2026-03-01' } })).toEqual([
      'Expected a date as yyyy-MM-dd, e.g. 2026-01-31',
    ]);
    expect(messagesOf({ ...base, timeZone: 'Mars/Olympus' })).toEqual(['Unknown time zone: use an IANA name such as Europe/Berlin']);
    expect(messagesOf({ ...base, staleAfterDays: 0 })).toEqual(['Staleness is at least 1 day']);
  });

  it('refuses an Annex A of 20000-1, which has none', () => {
    expect(messagesOf({ standards: ['ISO20000-1'], selection: [{ kind: 'annexA', standard: 'ISO20000-1' }], period: { kind: 'last', count: 90, unit: 'days' } })).toEqual([
      'Only ISO27001 and ISO42001 have an Annex A of reference controls',
    ]);
  });

  it('refuses a selection from a standard the report does not cover', () => {
    expect(messagesOf({ standards: ['ISO27001'], selection: [{ kind: 'clauses', ids: ['ISO42001:A.2.2'] }], period: { kind: 'last', count: 1, unit: 'months' } })).toEqual([
      'ISO42001 is selected here but not among the report\'s standards (ISO27001)',
    ]);
  });
});

describe('selecting clauses', () => {
  const catalog = builtinCatalog();

  it('expands all of Annex A of 27001 to its 93 controls', () => {
    const clauses = selectedClauses(definition(), catalog);
    expect(clauses).toHaveLength(93);
    expect(clauses[0]).toBe('ISO27001:A.5.1');
    expect(clauses.at(-1)).toBe('ISO27001:A.8.34');
  });

  it('expands clause 8 of 20000-1 to the clause and every clause under it, in document order', () => {
    const clauses = selectedClauses(
      definition({ standards: ['ISO20000-1'], selection: [{ kind: 'subtree', id: 'ISO20000-1:8' }] }),
      catalog,
    );
    expect(clauses.slice(0, 4)).toEqual([id('ISO20000-1:8'), id('ISO20000-1:8.1'), id('ISO20000-1:8.2'), id('ISO20000-1:8.2.1')]);
    expect(clauses).toContain(id('ISO20000-1:8.5.1.3'));
    expect(clauses.every((clause) => clause.startsWith('ISO20000-1:8'))).toBe(true);
  });

  it('lists each clause once when selections overlap, and a whole standard without its pseudo-refs', () => {
    const clauses = selectedClauses(
      definition({
        standards: ['ISO42001'],
        selection: [{ kind: 'standard', standard: 'ISO42001' }, { kind: 'clauses', ids: ['ISO42001:A.2.2'] }],
      }),
      catalog,
    );
    expect(new Set(clauses).size).toBe(clauses.length);
    expect(clauses).not.toContain('ISO42001:Annex A');
    expect(clauses).toHaveLength(43 + 38);
  });

  it('covers every clause and control of the chosen standards when nothing is selected', () => {
    expect(selectedClauses(definition({ standards: ['ISO27001', 'ISO42001'], selection: undefined }), catalog)).toHaveLength(41 + 93 + 43 + 38);
  });
});

describe('resolving a period at a given now', () => {
  it('reads the last 90 days as the 90 days ending today', () => {
    expect(resolvePeriod({ kind: 'last', count: 90, unit: 'days' }, NOW, 'UTC')).toEqual({ from: '2025-11-21', to: '2026-02-18', timeZone: 'UTC' });
  });

  it('reads the last 12 months as starting the day after today a year ago', () => {
    expect(resolvePeriod({ kind: 'last', count: 12, unit: 'months' }, NOW, 'UTC')).toEqual({ from: '2025-02-19', to: '2026-02-18', timeZone: 'UTC' });
  });

  it("takes today in the report's time zone", () => {
    const lateEvening = new Date('2026-02-18T23:30:00Z');
    expect(resolvePeriod({ kind: 'last', count: 1, unit: 'days' }, lateEvening, 'Europe/Berlin')).toMatchObject({ from: '2026-02-19', to: '2026-02-19' });
  });

  it('clamps month ends', () => {
    expect(resolvePeriod({ kind: 'last', count: 1, unit: 'months' }, new Date('2026-03-31T10:00:00Z'), 'UTC')).toMatchObject({ from: '2026-03-01' });
  });
});
