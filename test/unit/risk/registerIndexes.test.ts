import { RISK_ENTITY, riskEntityValue, riskIndexAttributes } from '../../../src/domain/risk';
import { recordedRisk } from './fixtures';

describe('the risk register KVS entity', () => {
  it('stays within the 7 indexes KVS allows per entity', () => {
    expect(RISK_ENTITY.indexes.length).toBeLessThanOrEqual(7);
  });

  it('declares every attribute its indexes use, with names KVS accepts', () => {
    const declared = Object.keys(RISK_ENTITY.attributes);
    for (const name of declared) expect(name).toMatch(/^[a-zA-Z][a-zA-Z0-9_]{0,29}$/);
    for (const index of RISK_ENTITY.indexes) {
      const used = [...index.range, ...('partition' in index ? index.partition : [])];
      for (const attribute of used) expect(declared).toContain(attribute);
    }
  });

  it('offers one index per register filter: category, status, owner, next review and residual class', () => {
    const partitions = RISK_ENTITY.indexes.flatMap((index) => ('partition' in index ? index.partition : []));
    expect(partitions).toEqual(expect.arrayContaining(['category', 'status', 'owner', 'residualClass']));
    expect(RISK_ENTITY.indexes.some((index) => !('partition' in index) && index.range[0] === 'nextReview')).toBe(true);
  });

  it('derives the indexed attributes from the risk', () => {
    const risk = recordedRisk({ category: 'ai', residual: { likelihood: 1, impact: 2 } }, 'R-42');
    expect(riskIndexAttributes(risk)).toEqual({ riskNumber: 42, category: 'ai', status: 'identified', owner: 'owner-1', nextReview: '2025-05-30', residualClass: 'low' });
    expect(riskEntityValue(risk).risk).toBe(risk);
  });
});
