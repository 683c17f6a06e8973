import rawCatalog from '../../../src/domain/catalog/data/iso-catalog.json';
import { buildCatalogData, builtinCatalog, builtinCatalogData, type CatalogMapping } from '../../../src/domain/catalog';

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('the built-in catalog data', () => {
  const catalog = builtinCatalog();

  it.each([
    ['ISO27001', 41, 93],
    ['ISO42001', 43, 38],
    ['ISO20000-1', 77, 0],
  ] as const)('holds %s with %i clause entries and %i Annex A controls', (standard, clauses, controls) => {
    expect(catalog.listStandard(standard, { kind: 'clause' })).toHaveLength(clauses);
    expect(catalog.listStandard(standard, { kind: 'control' })).toHaveLength(controls);
  });

  it('groups 27001 controls into its four themes and 42001 controls into its nine areas', () => {
    const groups = (standard: 'ISO27001' | 'ISO42001') =>
      countBy(catalog.listStandard(standard, { kind: 'control' }), (entry) => entry.group?.ref ?? 'none');
    expect(groups('ISO27001')).toEqual({ 'A.5': 37, 'A.6': 8, 'A.7': 14, 'A.8': 34 });
    expect(groups('ISO42001')).toEqual({
      'A.2': 3, 'A.3': 2, 'A.4': 5, 'A.5': 4, 'A.6': 9, 'A.7': 5, 'A.8': 4, 'A.9': 3, 'A.10': 3,
    });
  });

  it('holds 73 mappings: 35 harmonized-structure and 38 operational; 42 high, 22 medium, 9 low', () => {
    const mappings: readonly CatalogMapping[] = builtinCatalogData().mappings;
    expect(mappings).toHaveLength(73);
    expect(countBy(mappings, (mapping) => mapping.category)).toEqual({ 'harmonized-structure': 35, operational: 38 });
    expect(countBy(mappings, (mapping) => mapping.confidence)).toEqual({ high: 42, medium: 22, low: 9 });
  });

  it('resolves every mapping ref to a catalog entry, including the whole-ISMS pseudo-refs', () => {
    const refs = builtinCatalogData().mappings.flatMap((mapping) => [mapping.from, ...mapping.to]);
    expect(refs.filter((ref) => !catalog.has(ref))).toEqual([]);
    expect(refs).toEqual(expect.arrayContaining(['ISO27001:4-10', 'ISO27001:Annex A']));
    expect(catalog.lookup(refs.find((ref) => ref === 'ISO27001:4-10')!)?.kind).toBe('scope');
  });

  it('carries the editions as metadata, not in the ids', () => {
    expect(catalog.standards().map((standard) => `${standard.id}:${standard.edition}`)).toEqual([
      'ISO20000-1:2018',
      'ISO27001:2022',
      'ISO42001:2023',
    ]);
  });

  it('is frozen, so nothing can change the built-in facts in place', () => {
    const entry = builtinCatalogData().entries[0]!;
    expect(() => {
      (entry as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });
});

describe('buildCatalogData on bad data', () => {
  const copy = () => structuredClone(rawCatalog) as unknown as typeof rawCatalog & Record<string, unknown>;

  it('fails loudly when a mapping names a control that does not exist', () => {
    const data = copy();
    data.mappings[0]!.to = ['ISO27001:2022 A.5.99'];
    expect(() => buildCatalogData(data)).toThrow('"ISO27001:2022 A.5.99" names no catalog entry');
  });

  it('fails loudly when a heading is missing', () => {
    const data = copy();
    data.standards[0]!.clauses[0]!.title = '';
    expect(() => buildCatalogData(data)).toThrow(/malformed[\s\S]*title/);
  });

  it('fails loudly when the data disagrees with its own counts', () => {
    const data = copy();
    data.standards[0]!.controls.pop();
    expect(() => buildCatalogData(data)).toThrow('ISO27001:2022 disagrees with its own counts');
  });

  it('fails loudly on a standard edition the app does not know', () => {
    const data = copy();
    data.standards[0]!.id = 'ISO27001:2013';
    expect(() => buildCatalogData(data)).toThrow('ISO27001:2013');
  });
});
