/** The risk register: risk scenarios, their risk assessment, treatment, owner acceptance, reviews and CSV. */
export { riskIdFor, riskNumberOf } from './riskId';
export { assessRisk, describeLevels, riskClassOf, type RiskAssessment } from './scoring';
export { isoDateOf, isReviewOverdue, nextReviewDate } from './reviewDates';
export { acceptRisk, acceptanceHash, acceptedValues, hasCurrentAcceptance, isAcceptanceOutdated, type AcceptOptions } from './acceptance';
export { applyEdit, createRisk, markReviewed } from './commands';
export type { Actor, RiskCommandResult, RiskErrorCode } from './commandResult';
export { heatMap, type HeatMap, type HeatMapBasis, type HeatMapCell } from './heatMap';
export { RISK_ENTITY, RISK_ENTITY_NAME, riskEntityValue, riskIndexAttributes, type RiskEntityValue, type RiskIndexAttributes } from './registerIndexes';
export { MAX_IMPORT_ROWS, RISK_CSV_COLUMNS, importRisksCsv, risksCsv, type ImportProblem, type RiskImportReport } from './csv';
export { escapeCell, safeCsv, unescapeCell } from './spreadsheetCell';
export * from '../schemas/risk';
