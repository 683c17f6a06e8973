import { DEFAULT_RISK_MATRIX, riskClassFor, type RiskClass, type RiskMatrix } from '../riskMatrix';
import type { Risk, RiskId } from '../schemas/risk';
import { riskNumberOf } from './riskId';

export type HeatMapBasis = 'inherent' | 'residual';

export interface HeatMapCell {
  likelihood: number;
  impact: number;
  riskClass: RiskClass;
  count: number;
  /** In register order, so a click on the cell filters the register to exactly these risks. */
  riskIds: RiskId[];
}

export interface HeatMap {
  basis: HeatMapBasis;
  /** `cells[likelihood - 1][impact - 1]`, the same orientation as the matrix. */
  cells: HeatMapCell[][];
  total: number;
}

const LEVELS = [1, 2, 3, 4, 5] as const;

export function heatMap(risks: readonly Pick<Risk, 'id' | 'inherent' | 'residual'>[], basis: HeatMapBasis, matrix: RiskMatrix = DEFAULT_RISK_MATRIX): HeatMap {
  const cells = LEVELS.map((likelihood) =>
    LEVELS.map((impact): HeatMapCell => ({ likelihood, impact, riskClass: riskClassFor(matrix, likelihood, impact), count: 0, riskIds: [] })),
  );
  const ordered = [...risks].sort((a, b) => riskNumberOf(a.id) - riskNumberOf(b.id));
  for (const risk of ordered) {
    const { likelihood, impact } = risk[basis];
    const cell = cells[likelihood - 1]?.[impact - 1];
    // The schema keeps levels in 1..5; a record that escaped it must not vanish from the counts unnoticed.
    if (cell === undefined) throw new RangeError(`${risk.id} has ${basis} levels outside 1..5`);
    cell.count += 1;
    cell.riskIds.push(risk.id);
  }
  return { basis, cells, total: ordered.length };
}
