/** Evidence reports: which issues evidence which clauses over a period, and what is missing or stale. */
export { addDays, addMonths, dayInTimeZone, instantOf } from './calendarDay';
export { selectedClauses } from './clauseSelection';
export { evidenceSourcesFor, type EvidenceSource } from './mappedEvidence';
export { periodJql, resolvePeriod, type ResolvedPeriod } from './period';
export {
  CLAUSE_ALIAS,
  evidenceQueries,
  type ClauseQuery,
  type EvidencePlan,
  type EvidenceSearch,
  type PlanOptions,
} from './queryPlan';
export { RISK_ALIAS, imsEvidenceJql, imsRiskLinkedJql } from './jqlFunctions';
export {
  DEFAULT_DRILL_DOWN_LIMIT,
  coverageFromCheckpoint,
  coverageSetup,
  createCoverageAggregator,
  type CheckpointResult,
  type CoverageAggregator,
} from './coverage';
export type { CoverageCheckpoint } from './coverageCheckpoint';
export type {
  CoverageReport,
  CoverageRow,
  CoverageSetup,
  CoverageStatus,
  DrillDownEntry,
  EvidenceIssue,
  EvidenceIssueSummary,
} from './coverageTypes';
export { coverageMatrixCsv, evidenceListCsv, spreadsheetSafe } from './csv';
export {
  FIELDS_PAGE_SIZE,
  IDS_PAGE_SIZE,
  PROGRESS_COUNT_AFTER_PAGES,
  naiveRestCalls,
  plannedRestCalls,
  restCallLowerBound,
  shouldCountForProgress,
  type RestCallCount,
} from './restBudget';
