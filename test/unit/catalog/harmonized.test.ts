import { builtinCatalog } from '../../../src/domain/catalog';
import { id } from './ids';

const catalog = builtinCatalog();
const equivalentsOf = (text: string) => catalog.harmonizedEquivalents(id(text)).map((equivalent) => equivalent.id);

describe('harmonized-structure equivalents', () => {
  it('links the same clause across all three standards', () => {
    expect(equivalentsOf('ISO20000-1:4.1')).toEqual(['ISO27001:4.1', 'ISO42001:4.1']);
    expect(equivalentsOf('ISO27001:7.5.2')).toEqual(['ISO20000-1:7.5.2', 'ISO42001:7.5.2']);
  });

  it('follows the 10.1/10.2 swap: 20000-1 nonconformity 10.1 is 10.2 in 27001 and 42001', () => {
    expect(equivalentsOf('ISO20000-1:10.1')).toEqual(['ISO27001:10.2', 'ISO42001:10.2']);
    expect(equivalentsOf('ISO20000-1:10.2')).toEqual(['ISO27001:10.1', 'ISO42001:10.1']);
    expect(catalog.harmonizedEquivalents(id('ISO27001:10.2'))).toEqual([
      expect.objectContaining({ id: 'ISO20000-1:10.1', relation: 'equivalent-renumbered', basis: 'mapping' }),
      expect.objectContaining({ id: 'ISO42001:10.2', relation: 'equivalent' }),
    ]);
  });

  it('never equates 20000-1 6.3 "Plan the SMS" with 6.3 "Planning of changes"', () => {
    expect(equivalentsOf('ISO20000-1:6.3')).toEqual([]);
    expect(equivalentsOf('ISO27001:6.3')).toEqual(['ISO42001:6.3']);
    expect(catalog.related(id('ISO20000-1:6.3'))).toContainEqual(
      expect.objectContaining({ id: 'ISO27001:6.3', relation: 'number-collision (partial overlap at most)' }),
    );
  });

  it('maps undivided 20000-1 9.2 and 9.3 to the parent clauses only', () => {
    expect(equivalentsOf('ISO20000-1:9.2')).toEqual(['ISO27001:9.2', 'ISO42001:9.2']);
    expect(equivalentsOf('ISO20000-1:9.3')).toEqual(['ISO27001:9.3', 'ISO42001:9.3']);
    expect(catalog.harmonizedEquivalents(id('ISO27001:9.2.1'))).toEqual([
      expect.objectContaining({ id: 'ISO42001:9.2.1', basis: 'shared-structure' }),
    ]);
  });

  it('treats chapters 4–10 as the same in all three standards', () => {
    expect(equivalentsOf('ISO20000-1:9')).toEqual(['ISO27001:9', 'ISO42001:9']);
  });

  it('does not equate discipline-specific analogues or 20000-1-only clauses', () => {
    expect(equivalentsOf('ISO27001:6.1.2')).toEqual([]);
    expect(equivalentsOf('ISO42001:6.1.4')).toEqual([]);
    expect(equivalentsOf('ISO20000-1:9.4')).toEqual([]);
    expect(equivalentsOf('ISO20000-1:8.5.1')).toEqual([]);
    expect(equivalentsOf('ISO27001:A.8.32')).toEqual([]);
  });

  it('is symmetric and never names the clause’s own standard', () => {
    for (const entry of catalog.data.entries) {
      for (const equivalent of catalog.harmonizedEquivalents(entry.id)) {
        expect(equivalent.standard).not.toBe(entry.standard);
        expect(equivalentsOf(equivalent.id)).toContain(entry.id);
      }
    }
  });
});
