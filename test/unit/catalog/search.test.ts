import { builtinCatalog } from '../../../src/domain/catalog';

const catalog = builtinCatalog();
const ids = (query: string, options?: Parameters<typeof catalog.search>[1]) =>
  catalog.search(query, options).map((hit) => hit.entry.id);

describe('Catalog search', () => {
  it('puts the exact id first', () => {
    const hits = catalog.search('ISO27001:A.5.24');
    expect(hits[0]).toMatchObject({ match: 'exact-id', entry: { id: 'ISO27001:A.5.24' } });
  });

  it('ranks an exact ref in every standard above refs that merely start with it', () => {
    const hits = catalog.search('A.5.2', { limit: 50 });
    expect(hits.slice(0, 2).map((hit) => [hit.entry.id, hit.match])).toEqual([
      ['ISO27001:A.5.2', 'exact-id'],
      ['ISO42001:A.5.2', 'exact-id'],
    ]);
    expect(hits.slice(2).map((hit) => hit.entry.ref)).toEqual([
      'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23', 'A.5.24', 'A.5.25', 'A.5.26', 'A.5.27', 'A.5.28', 'A.5.29',
    ]);
  });

  it('narrows to a standard written in front of the prefix', () => {
    const found = ids('27001 A.5', { limit: 100 });
    expect(found).toHaveLength(37);
    expect(found.every((found) => found.startsWith('ISO27001:A.5.'))).toBe(true);
    expect(ids('iso42001:a.6.2')[0]).toBe('ISO42001:A.6.2.2');
  });

  it('finds a clause and its sub-clauses by number prefix', () => {
    expect(ids('8.5').slice(0, 3)).toEqual(['ISO20000-1:8.5', 'ISO20000-1:8.5.1', 'ISO20000-1:8.5.1.1']);
  });

  it('finds "change management" in 20000-1 8.5.1 and 27001 A.8.32, the exact headings first', () => {
    const hits = catalog.search('change management');
    expect(hits.slice(0, 2).map((hit) => hit.entry.id)).toEqual(['ISO20000-1:8.5.1', 'ISO27001:A.8.32']);
    expect(hits.every((hit) => hit.match === 'title')).toBe(true);
  });

  it('matches every word as a word prefix, case-insensitively', () => {
    expect(ids('CHANGE MGMT')).toEqual([]);
    expect(ids('inc manag')).toEqual(expect.arrayContaining(['ISO20000-1:8.6.1', 'ISO27001:A.5.24']));
    expect(ids('anagement')).toEqual([]);
  });

  it('carries the standard on each hit so a picker can group them', () => {
    const standards = new Set(catalog.search('risk assessment').map((hit) => hit.entry.standard));
    expect(standards).toEqual(new Set(['ISO27001', 'ISO42001']));
  });

  it('honours a standards filter and a limit', () => {
    expect(ids('change management', { standards: ['ISO27001'] })).toEqual([
      'ISO27001:A.8.32',
      'ISO27001:A.5.22',
    ]);
    expect(ids('27001 change', { standards: ['ISO42001'] })).toEqual([]);
    expect(ids('A.5', { limit: 3 })).toHaveLength(3);
  });

  it('finds the whole-system refs', () => {
    expect(ids('annex')).toEqual(['ISO27001:Annex A', 'ISO42001:Annex A']);
    expect(ids('27001 4-10')).toEqual(['ISO27001:4-10']);
  });

  it('returns nothing for blank, punctuation-only or oversized queries', () => {
    expect(ids('   ')).toEqual([]);
    expect(ids('"):(')).toEqual([]);
    expect(ids('x'.repeat(201))).toEqual([]);
  });
});

describe('Catalog search order', () => {
  it('lists the whole-system ref before Annex A, then clauses, then controls numerically', () => {
    const listed = builtinCatalog().search('ISO27001', { limit: 200 }).map((hit) => hit.entry.ref);
    expect(listed.slice(0, 3)).toEqual(['4-10', 'Annex A', '4']);
    expect(listed.indexOf('10')).toBeGreaterThan(listed.indexOf('9.3.3'));
    expect(listed.indexOf('A.5.10')).toBeGreaterThan(listed.indexOf('A.5.9'));
  });
});
