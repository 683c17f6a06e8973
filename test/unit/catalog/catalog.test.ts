import { builtinCatalog } from '../../../src/domain/catalog';
import { id } from './ids';

const catalog = builtinCatalog();

describe('Catalog lookups', () => {
  it('describes a 20000-1 clause with its place in the tree', () => {
    expect(catalog.lookup(id('ISO20000-1:8.5.1'))).toMatchObject({
      standard: 'ISO20000-1',
      ref: '8.5.1',
      kind: 'clause',
      title: 'Change management',
      level: 3,
      parent: 'ISO20000-1:8.5',
      confidence: 'high',
      origin: 'builtin',
    });
  });

  it('describes a 27001 control with its theme and a 42001 control with its group and subgroup', () => {
    expect(catalog.lookup(id('ISO27001:A.5.24'))?.group).toEqual({
      ref: 'A.5',
      title: 'Organizational controls',
      theme: 'organizational',
    });
    expect(catalog.lookup(id('ISO42001:A.6.2.6'))).toMatchObject({
      kind: 'control',
      title: 'AI system operation and monitoring',
      group: { ref: 'A.6', subgroup: { ref: 'A.6.2' } },
    });
  });

  it('keeps the data’s doubts: weakly supported headings carry their confidence and note', () => {
    const entry = catalog.lookup(id('ISO20000-1:6.2.1'));
    expect(entry?.confidence).toBe('low');
    expect(entry?.note).toBeDefined();
  });

  it('returns nothing for a well-formed id the catalog does not hold', () => {
    expect(catalog.lookup(id('ISO27001:A.5.99'))).toBeUndefined();
  });
});

describe('Catalog tree', () => {
  it('lists children in document order and walks parents up to the chapter', () => {
    expect(catalog.children(id('ISO20000-1:8.5.1')).map((entry) => entry.ref)).toEqual(['8.5.1.1', '8.5.1.2', '8.5.1.3']);
    expect(catalog.parent(id('ISO20000-1:8.5.1'))?.ref).toBe('8.5');
    expect(catalog.ancestors(id('ISO20000-1:8.5.1.2')).map((entry) => entry.ref)).toEqual(['8', '8.5', '8.5.1']);
  });

  it('has no parent above a chapter and no children below a control', () => {
    expect(catalog.parent(id('ISO27001:9'))).toBeUndefined();
    expect(catalog.ancestors(id('ISO27001:9'))).toEqual([]);
    expect(catalog.children(id('ISO27001:A.8.32'))).toEqual([]);
  });

  it('does not split 9.2 in 20000-1, while 27001 does', () => {
    expect(catalog.children(id('ISO20000-1:9.2'))).toEqual([]);
    expect(catalog.children(id('ISO27001:9.2')).map((entry) => entry.ref)).toEqual(['9.2.1', '9.2.2']);
  });

  it('lists a standard with its whole-system refs first', () => {
    expect(catalog.listStandard('ISO27001').slice(0, 3).map((entry) => entry.ref)).toEqual(['4-10', 'Annex A', '4']);
    expect(catalog.listStandard('ISO20000-1', { kind: 'scope' }).map((entry) => entry.ref)).toEqual(['4-10']);
  });
});

describe('Catalog mappings', () => {
  it('finds 20000-1 8.5.1 → 27001 A.8.32 (high) from the source side', () => {
    const mapping = catalog.mappingsFrom(id('ISO20000-1:8.5.1')).find((m) => m.to.includes(id('ISO27001:A.8.32')));
    expect(mapping).toMatchObject({ relation: 'equivalent-topic', confidence: 'high', category: 'operational' });
    expect(mapping?.source).toContain('Change management');
  });

  it('finds the same mapping from the target side', () => {
    const froms = catalog.mappingsTo(id('ISO27001:A.8.32')).map((mapping) => mapping.from);
    expect(froms).toContain('ISO20000-1:8.5.1');
  });

  it('relates both directions, strongest first, with the other clause’s heading', () => {
    const related = catalog.related(id('ISO27001:A.8.32'));
    expect(related[0]).toMatchObject({
      id: 'ISO20000-1:8.5.1',
      title: 'Change management',
      direction: 'incoming',
      confidence: 'high',
    });
    expect(related).toContainEqual(expect.objectContaining({ id: 'ISO42001:A.6.2.5', direction: 'outgoing' }));
    expect(catalog.related(id('ISO20000-1:8.5.1'))).toContainEqual(
      expect.objectContaining({ id: 'ISO27001:A.8.32', direction: 'outgoing', confidence: 'high' }),
    );
  });

  it('says explicitly when a clause has no counterpart', () => {
    expect(catalog.mappingsFrom(id('ISO20000-1:9.4'))).toEqual([
      expect.objectContaining({ relation: 'no-counterpart', to: [] }),
    ]);
    expect(catalog.related(id('ISO20000-1:9.4'))).toEqual([]);
  });

  it('maps 20000-1 8.7.3 to the 27001 ISMS as a whole', () => {
    const targets = catalog.mappingsFrom(id('ISO20000-1:8.7.3')).flatMap((mapping) => mapping.to);
    expect(targets).toEqual(['ISO27001:4-10', 'ISO27001:Annex A']);
    expect(catalog.mappingsTo(id('ISO27001:Annex A')).map((mapping) => mapping.from)).toContain('ISO20000-1:8.7.3');
  });
});
