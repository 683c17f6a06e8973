import type { CatalogSearchInput } from '../../src/domain/schemas/catalogSearch';
import type { CatalogSearchResult } from '../../src/services/catalog/searchCatalog';
import type { ClassificationView } from '../../src/services/classification/presentClassification';
import type { ClassificationInput } from '../../src/domain/schemas/classification';
import type { SettingsView } from '../../src/services/settings/manageSettings';
import type { CabSettingsView } from '../../src/services/settings/manageCabSettings';
import type { ReviewSettingsView } from '../../src/services/reviews/manageReviewSettings';
import type { AnswersEdit, VoteInput } from '../../src/domain/schemas/cab';
import type { CabAgendaRow, CabView } from '../../src/services/cab/cabView';
import type { EvidenceResolverApi } from '../../src/services/evidence/evidenceView';
import type { PdfExportResolverApi } from '../../src/services/evidence/pdfExport';
import type { SoaResolverApi } from '../../src/services/soa/soaResolverApi';
import type { AiSystemResolverApi } from '../../src/services/aiSystems/aiSystemResolverApi';
import type { ComplianceLinksResolverApi } from '../../src/services/complianceLinks/complianceLinksResolverApi';
import type { RiskResolverApi } from '../../src/services/risk/riskResolverApi';
import type { CoverageGadgetResolverApi } from '../../src/services/review/coverageAtAGlance';
import type { ReviewResolverApi } from '../../src/services/review/reviewResolverApi';
import type { ProgrammeResolverApi } from '../../src/services/audit/programmeResolverApi';

/** The error shape every handler returns at its boundary (DESIGN.md §3); the UI shows `message` as is. */
export type ErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_INPUT' | 'CONFLICT' | 'RATE_LIMITED' | 'UNAVAILABLE';
export type ResolverError = { code: ErrorCode; message: string };
export type ResolverResult<T> = { ok: true; value: T } | { ok: false; error: ResolverError };

export type IssueContextValue = { issueId: string | null; issueKey: string | null };
export type CatalogHit = CatalogSearchResult;

/**
 * Every resolver function the Custom UI calls, with its payload and its success value, typed from the back end's
 * own schema and presenter. Components go through `callResolver`, so a renamed function fails the typecheck.
 */
export interface ResolverApi {
  getIssueContext: { payload: Record<string, never>; value: IssueContextValue };
  searchCatalog: { payload: CatalogSearchInput; value: CatalogSearchResult[] };
  getClassification: { payload: Record<string, never>; value: ClassificationView };
  saveClassification: { payload: { input: ClassificationInput }; value: ClassificationView };
  getSettings: { payload: Record<string, never>; value: SettingsView };
  saveSettings: { payload: { settings: Record<string, unknown> }; value: SettingsView };
  getCabSettings: { payload: Record<string, never>; value: CabSettingsView };
  saveCabSettings: { payload: { settings: Record<string, unknown> }; value: CabSettingsView };
  getReviewSettings: { payload: Record<string, never>; value: ReviewSettingsView };
  saveReviewSettings: { payload: { settings: Record<string, unknown> }; value: ReviewSettingsView };
  getCab: { payload: Record<string, never>; value: CabView };
  saveAnswers: { payload: AnswersEdit & { expectedVersion: number }; value: CabView };
  vote: { payload: VoteInput; value: CabView };
  exportDecision: { payload: { format: 'json' | 'csv' }; value: { filename: string; content: string } };
  listAgenda: { payload: { sort: 'risk' | 'plannedStart' }; value: CabAgendaRow[] };
  validateScope: EvidenceResolverApi['validateScope'];
  startReport: EvidenceResolverApi['startReport'];
  jobStatus: EvidenceResolverApi['jobStatus'];
  cancelReport: EvidenceResolverApi['cancelReport'];
  saveDefinition: EvidenceResolverApi['saveDefinition'];
  listDefinitions: EvidenceResolverApi['listDefinitions'];
  deleteDefinition: EvidenceResolverApi['deleteDefinition'];
  exportCsv: EvidenceResolverApi['exportCsv'];
  exportPdf: PdfExportResolverApi['exportPdf'];
  getSoa: SoaResolverApi['getSoa'];
  editSoaEntry: SoaResolverApi['editSoaEntry'];
  getSoaSummary: SoaResolverApi['getSoaSummary'];
  getSoaAlignment: SoaResolverApi['getSoaAlignment'];
  exportSoaCsv: SoaResolverApi['exportSoaCsv'];
  getSoaHistory: SoaResolverApi['getSoaHistory'];
  getSoaEvidence: SoaResolverApi['getSoaEvidence'];
  approveSoaVersion: SoaResolverApi['approveSoaVersion'];
  listSoaVersions: SoaResolverApi['listSoaVersions'];
  diffSoaVersions: SoaResolverApi['diffSoaVersions'];
  exportSoaPdf: SoaResolverApi['exportSoaPdf'];
  listAiSystems: AiSystemResolverApi['listAiSystems'];
  getAiSystem: AiSystemResolverApi['getAiSystem'];
  createAiSystem: AiSystemResolverApi['createAiSystem'];
  editAiSystem: AiSystemResolverApi['editAiSystem'];
  listRisks: RiskResolverApi['listRisks'];
  getRisk: RiskResolverApi['getRisk'];
  createRisk: RiskResolverApi['createRisk'];
  editRisk: RiskResolverApi['editRisk'];
  acceptRisk: RiskResolverApi['acceptRisk'];
  markRiskReviewed: RiskResolverApi['markRiskReviewed'];
  riskHeatMap: RiskResolverApi['riskHeatMap'];
  riskHistory: RiskResolverApi['riskHistory'];
  exportRisksCsv: RiskResolverApi['exportRisksCsv'];
  importRisksCsv: RiskResolverApi['importRisksCsv'];
  riskLinkedIssues: RiskResolverApi['riskLinkedIssues'];
  createTreatmentAction: RiskResolverApi['createTreatmentAction'];
  linkTreatmentAction: RiskResolverApi['linkTreatmentAction'];
  getLinks: ComplianceLinksResolverApi['getLinks'];
  linkClause: ComplianceLinksResolverApi['linkClause'];
  unlinkClause: ComplianceLinksResolverApi['unlinkClause'];
  linkRisk: ComplianceLinksResolverApi['linkRisk'];
  unlinkRisk: ComplianceLinksResolverApi['unlinkRisk'];
  searchRisks: ComplianceLinksResolverApi['searchRisks'];
  coverageAtAGlance: CoverageGadgetResolverApi['coverageAtAGlance'];
  reviewPack: ReviewResolverApi['reviewPack'];
  reviewPackPdf: ReviewResolverApi['reviewPackPdf'];
  getProgramme: ProgrammeResolverApi['getProgramme'];
  saveProgramme: ProgrammeResolverApi['saveProgramme'];
  createAudit: ProgrammeResolverApi['createAudit'];
  editAudit: ProgrammeResolverApi['editAudit'];
  saveProcessOwners: ProgrammeResolverApi['saveProcessOwners'];
  searchAuditScope: ProgrammeResolverApi['searchAuditScope'];
  exportProgrammeCsv: ProgrammeResolverApi['exportProgrammeCsv'];
  exportProgrammePdf: ProgrammeResolverApi['exportProgrammePdf'];
}
