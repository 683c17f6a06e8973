import fc from 'fast-check';
import { heatMap } from '../../../src/domain/risk';
import { recordedRisk } from './fixtures';

const level = fc.integer({ min: 1, max: 5 });
const levelsPair = fc.record({ likelihood: level, impact: level });

describe('the risk heat map', () => {
  it('counts each risk in the cell of its levels and lists the ids in register order', () => {
    const risks = [
      recordedRisk({ inherent: { likelihood: 4, impact: 4 }, residual: { likelihood: 2, impact: 2 } }, 'R-10'),
      recordedRisk({ inherent: { likelihood: 4, impact: 4 } }, 'R-9'),
    ];
    const inherent = heatMap(risks, 'inherent');
    expect(inherent.cells[3]?.[3]).toEqual({ likelihood: 4, impact: 4, riskClass: 'high', count: 2, riskIds: ['R-9', 'R-10'] });
    const residual = heatMap(risks, 'residual');
    expect(residual.cells[1]?.[1]).toMatchObject({ count: 1, riskIds: ['R-10'], riskClass: 'low' });
  });

  it('is a 5 × 5 grid even for an empty register', () => {
    const map = heatMap([], 'residual');
    expect(map.cells.map((row) => row.length)).toEqual([5, 5, 5, 5, 5]);
    expect(map.total).toBe(0);
  });

  it('counts every risk exactly once, whatever the levels', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(levelsPair, levelsPair), { maxLength: 60 }), (pairs) => {
        const risks = pairs.map(([inherent, reduction], index) => ({
          id: `R-${index + 1}`,
          inherent,
          residual: { likelihood: Math.min(inherent.likelihood, reduction.likelihood), impact: Math.min(inherent.impact, reduction.impact) },
        }));
        for (const basis of ['inherent', 'residual'] as const) {
          const map = heatMap(risks, basis);
          const cells = map.cells.flat();
          expect(cells.reduce((sum, cell) => sum + cell.count, 0)).toBe(risks.length);
          expect(cells.flatMap((cell) => cell.riskIds).sort()).toEqual(risks.map((risk) => risk.id).sort());
        }
      }),
    );
  });
});
