/**
 * The one 5×5 risk matrix of the management system. The CAB checklist scored changes on it first; the risk
 * register and the AI system register use the same matrix, so one admin setting classes changes and risk
 * scenarios alike. The code stays in `cab/scoring.ts` and the schema in `schemas/cab.ts`; this is the neutral door.
 */
export { DEFAULT_RISK_MATRIX, highestRiskClass, riskClassFor, riskClassRank } from '../cab/scoring';
export { RISK_CLASSES, RiskMatrixSchema, type RiskClass, type RiskMatrix } from '../schemas/cab';
