import { DEFAULT_RISK_MATRIX, riskClassFor, type RiskClass, type RiskMatrix } from '../riskMatrix';
import type { Risk, RiskLevels } from '../schemas/risk';

/** The risk assessment of a risk scenario: its class before and after treatment, on the site's matrix. */
export interface RiskAssessment {
  inherentClass: RiskClass;
  residualClass: RiskClass;
}

export function riskClassOf(levels: RiskLevels, matrix: RiskMatrix = DEFAULT_RISK_MATRIX): RiskClass {
  return riskClassFor(matrix, levels.likelihood, levels.impact);
}

export function assessRisk(risk: Pick<Risk, 'inherent' | 'residual'>, matrix: RiskMatrix = DEFAULT_RISK_MATRIX): RiskAssessment {
  return { inherentClass: riskClassOf(risk.inherent, matrix), residualClass: riskClassOf(risk.residual, matrix) };
}

export function describeLevels(levels: RiskLevels, matrix: RiskMatrix = DEFAULT_RISK_MATRIX): string {
  return `${riskClassOf(levels, matrix)}: likelihood ${levels.likelihood} × impact ${levels.impact}`;
}
