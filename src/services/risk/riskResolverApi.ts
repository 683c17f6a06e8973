import type { HeatMap, HeatMapBasis } from '../../domain/risk';
import type { RiskClass } from '../../domain/riskMatrix';
import type { NewRiskInput, RiskCategory, RiskEditInput, RiskId, RiskStatus } from '../../domain/schemas/risk';
import type { ImportOutcome } from './importRisks';
import type { LinkedIssuesView, TreatmentActionView } from './linkedIssues';
import type { RiskView } from './presentRisk';
import type { CsvFile, RiskHistoryView, RiskListView } from './riskQueries';

/** The `risk-resolver` functions as the register page calls them: payload in, success value out. */
export interface RiskResolverApi {
  listRisks: {
    payload: { filters: { category?: RiskCategory; status?: RiskStatus; owner?: string; residualClass?: RiskClass }; ids?: RiskId[]; cursor?: string };
    value: RiskListView;
  };
  getRisk: { payload: { id: RiskId }; value: RiskView };
  createRisk: { payload: { risk: NewRiskInput }; value: RiskView };
  editRisk: { payload: { id: RiskId; edit: RiskEditInput; expectedVersion: number }; value: RiskView };
  acceptRisk: { payload: { id: RiskId; expectedVersion: number }; value: RiskView };
  markRiskReviewed: { payload: { id: RiskId; expectedVersion: number }; value: RiskView };
  riskHeatMap: { payload: { kind: HeatMapBasis }; value: HeatMap };
  riskHistory: { payload: { id: RiskId }; value: RiskHistoryView };
  exportRisksCsv: { payload: Record<string, never>; value: CsvFile };
  importRisksCsv: { payload: { csv: string; dryRun: boolean }; value: ImportOutcome };
  riskLinkedIssues: { payload: { id: RiskId }; value: LinkedIssuesView };
  createTreatmentAction: { payload: { id: RiskId; summary: string; projectKey: string; issueTypeName?: string }; value: TreatmentActionView };
  linkTreatmentAction: { payload: { id: RiskId; issueKey: string }; value: TreatmentActionView };
}
