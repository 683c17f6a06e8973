import {
  USER_MAPPING_RELATIONS,
  applyOverrides,
  builtinCatalog,
  builtinCatalogData,
  createCatalog,
  type Catalog,
} from '../../../src/domain/catalog';
import { id } from './ids';

function catalogWith(overrides: unknown): Catalog {
  const applied = applyOverrides(builtinCatalogData(), overrides);
  if (!applied.ok) throw new Error(applied.error.message);
  return createCatalog(applied.value);
}

function rejection(overrides: unknown): string {
  const applied = applyOverrides(builtinCatalogData(), overrides);
  if (applied.ok) throw new Error('expected the overrides to be rejected');
  expect(applied.error.code).toBe('INVALID_INPUT');
  return applied.error.message;
}

const correctedHeading = {
  kind: 'heading',
  id: 'ISO20000-1:6.2.1',
  title: 'Establishing service management objectives',
  reason: 'Checked against our purchased copy',
};
const knowledgeMapping = {
  kind: 'mapping',
  from: 'ISO20000-1:7.6',
  to: ['ISO27001:A.5.37', 'ISO27001:7.5'],
  relation: 'supports',
  confidence: 'low',
  note: 'Our knowledge base holds the operating procedures',
};

describe('applyOverrides', () => {
  it('shows a corrected heading as user-provided, keeping the built-in one', () => {
    const entry = catalogWith([correctedHeading]).lookup(id('ISO20000-1:6.2.1'));
    expect(entry).toMatchObject({
      title: 'Establishing service management objectives',
      origin: 'user',
      builtinTitle: 'Establish objectives',
      overrideReason: 'Checked against our purchased copy',
    });
  });

  it('makes a corrected heading searchable', () => {
    const hits = catalogWith([correctedHeading]).search('establishing service');
    expect(hits.map((hit) => hit.entry.id)).toContain('ISO20000-1:6.2.1');
  });

  it('shows an added mapping from both ends, marked as the user’s', () => {
    const catalog = catalogWith([knowledgeMapping]);
    expect(catalog.mappingsFrom(id('ISO20000-1:7.6'))).toContainEqual(
      expect.objectContaining({ to: ['ISO27001:A.5.37', 'ISO27001:7.5'], origin: 'user', source: 'user override' }),
    );
    expect(catalog.mappingsTo(id('ISO27001:A.5.37'))).toEqual([
      expect.objectContaining({ from: 'ISO20000-1:7.6', relation: 'supports', confidence: 'low', origin: 'user' }),
    ]);
    expect(catalog.related(id('ISO27001:A.5.37'))).toEqual([
      expect.objectContaining({ id: 'ISO20000-1:7.6', direction: 'incoming', origin: 'user' }),
    ]);
  });

  it('accepts any spelling of an id the parser accepts', () => {
    const catalog = catalogWith([{ ...knowledgeMapping, from: 'iso 20000-1 7.6', to: ['ISO27001:2022 A.5.37'] }]);
    expect(catalog.mappingsTo(id('ISO27001:A.5.37'))).toHaveLength(1);
  });

  it('removes a user mapping when it is left out of the list', () => {
    expect(catalogWith([]).mappingsTo(id('ISO27001:A.5.37'))).toEqual([]);
    expect(catalogWith([]).data.mappings).toHaveLength(73);
  });

  it('does not let a user mapping change the harmonized-structure equivalents', () => {
    const catalog = catalogWith([
      { kind: 'mapping', from: 'ISO20000-1:6.3', to: ['ISO27001:6.3'], relation: 'equivalent', confidence: 'high' },
    ]);
    expect(catalog.harmonizedEquivalents(id('ISO20000-1:6.3'))).toEqual([]);
  });

  it('rejects a heading override for an unknown id, naming it', () => {
    expect(rejection([{ kind: 'heading', id: 'ISO27001:A.5.99', title: 'Something' }])).toContain(
      'override #1 (heading): ISO27001:A.5.99 is not in the catalog',
    );
  });

  it('rejects a mapping with an unknown ref, naming it', () => {
    const message = rejection([correctedHeading, { ...knowledgeMapping, to: ['ISO42001:A.10.9'] }]);
    expect(message).toContain('override #2 (mapping): ISO42001:A.10.9 is not in the catalog');
  });

  it('rejects an ambiguous or malformed id with the parser’s message and where it was', () => {
    const message = rejection([{ ...knowledgeMapping, to: ['A.5.37'] }]);
    expect(message).toContain('override #1.to[0]');
    expect(message).toContain('ISO27001:A.5.37 or ISO42001:A.5.37');
  });

  it('rejects self-mappings, duplicate headings, unknown kinds and empty titles', () => {
    expect(rejection([{ ...knowledgeMapping, to: ['ISO20000-1:7.6'] }])).toContain('cannot map to itself');
    expect(rejection([correctedHeading, correctedHeading])).toContain('ISO20000-1:6.2.1 has more than one heading override');
    expect(rejection([{ kind: 'delete', id: 'ISO27001:A.5.1' }])).toContain('override #1');
    expect(rejection([{ ...correctedHeading, title: '   ' }])).toContain('override #1.title');
    expect(rejection({ kind: 'heading' })).toContain('overrides');
  });

  it('rejects a relation outside the data’s vocabulary, and "no-counterpart"', () => {
    expect(rejection([{ ...knowledgeMapping, relation: 'same as' }])).toContain('override #1.relation');
    expect(rejection([{ ...knowledgeMapping, relation: 'no-counterpart' }])).toContain('override #1.relation');
  });

  it('leaves the built-in catalog unchanged, whether the overrides apply or not', () => {
    catalogWith([correctedHeading, knowledgeMapping]);
    rejection([correctedHeading, { ...knowledgeMapping, to: ['ISO42001:A.10.9'] }]);
    expect(builtinCatalog().lookup(id('ISO20000-1:6.2.1'))).toMatchObject({ title: 'Establish objectives', origin: 'builtin' });
    expect(builtinCatalog().mappingsTo(id('ISO27001:A.5.37'))).toEqual([]);
    expect(builtinCatalogData().mappings).toHaveLength(73);
  });

  it('offers only relations that the data explains', () => {
    const explained = Object.keys(builtinCatalogData().relations);
    expect(USER_MAPPING_RELATIONS.filter((relation) => !explained.includes(relation))).toEqual([]);
  });
});
