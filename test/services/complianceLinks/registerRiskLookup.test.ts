import { registerRiskLookup } from '../../../src/services/complianceLinks/registerRiskLookup';
import { searchRisks } from '../../../src/services/complianceLinks/searchRisks';
import { FakeRiskStore, riskFor } from './fakes';

const register = () =>
  new FakeRiskStore(Array.from({ length: 250 }, (_, index) => riskFor(`R-${index + 1}`, index % 50 === 0 ? `Supplier outage ${index + 1}` : `Other risk ${index + 1}`)));

describe('finding risks of the register for the panel', () => {
  it('finds a risk by its id in any case with one read', async () => {
    const store = register();

    expect(await registerRiskLookup(store).search('r-7')).toEqual([{ id: 'R-7', title: 'Other risk 7' }]);
    expect(store.pagesRead).toBe(0);
  });

  it('finds risks by words of their title across register pages', async () => {
    const store = register();

    const hits = await registerRiskLookup(store).search('supplier OUTAGE');

    expect(hits.map((hit) => hit.id)).toEqual(['R-1', 'R-51', 'R-101', 'R-151', 'R-201']);
    expect(store.pagesRead).toBe(3);
  });

  it('answers an empty query with no risks rather than the whole register', async () => {
    const store = register();

    expect(await searchRisks({ risks: registerRiskLookup(store) }, '   ')).toEqual([]);
    expect(store.pagesRead).toBe(0);
  });

  it('tells whether a risk exists', async () => {
    const lookup = registerRiskLookup(register());

    expect(await lookup.exists('R-250')).toBe(true);
    expect(await lookup.exists('R-251')).toBe(false);
  });
});
