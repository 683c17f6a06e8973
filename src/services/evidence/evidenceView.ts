import type { ClauseId } from '../../domain/catalog';
import type { CoverageReport } from '../../domain/evidence';
import type { EvidenceReportDefinition, EvidenceReportDefinitionInput } from '../../domain/schemas/evidence';

/**
 * The contract between `evidence-resolver` and the evidence report page (static/evidence-report/): payloads and
 * success values of every resolver function. Errors come as `{ ok: false, error: { code, message } }`.
 */

export type EvidenceJobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

/**
 * How the report respects the reader's permissions: a job runs as the app (queue consumers have no user), so when
 * it starts the resolver asks Jira, as the user, which projects they may browse, and every search of the job is
 * restricted to those projects. The user sees no issue, count or export line from a project they cannot browse.
 */
export type PermissionMode = 'app-filtered';

/** Per selected clause: JQL the page can open in Jira's issue search (the reader sees what they may see). */
export interface EvidenceClauseLink {
  clause: ClauseId;
  title: string;
  directJql: string;
  mappedJql?: string;
}

/** A finished report as the page shows it. */
export interface EvidenceReportView {
  jobId: string;
  name: string | null;
  definition: EvidenceReportDefinition;
  /** ISO instant the report was started; relative periods were resolved at this instant. */
  startedAt: string;
  finishedAt: string;
  startedBy: string;
  permissionMode: PermissionMode;
  /** How many projects the starter could browse when the report started (the searches' restriction). */
  browsableProjects: number;
  /** The combined search the report ran. */
  searchJql: string;
  clauseLinks: EvidenceClauseLink[];
  /** Set when the scope JQL lost a trailing ORDER BY. */
  scopeNotice?: string;
  coverage: CoverageReport;
}

export interface EvidenceJobView {
  jobId: string;
  status: EvidenceJobStatus;
  /** 0-100; an estimate while running (from Jira's approximate count), 100 when done. */
  percent: number;
  issuesScanned: number;
  /** Null while unknown (no total yet) or when the job is over. */
  etaSeconds: number | null;
  /** Present when status is `done`. */
  report?: EvidenceReportView;
  /** Why the job failed or was cancelled; shown as is. */
  message?: string;
}

export interface SavedEvidenceDefinition {
  id: string;
  name: string;
  definition: EvidenceReportDefinitionInput;
  savedBy: string;
  savedAt: string;
}

export type EvidenceCsvKind = 'matrix' | 'evidence';

/** Resolver functions of `evidence-resolver`, in the shape of `static/shared/resolverApi.ts`'s `ResolverApi`. */
export interface EvidenceResolverApi {
  /** The scope JQL as Jira parses it; a bad one answers INVALID_INPUT with Jira's message. */
  validateScope: { payload: { jql: string }; value: { valid: true } };
  /** Starts a report; small ones may be done already (`status: 'done'`). */
  startReport: { payload: { definition: EvidenceReportDefinitionInput }; value: EvidenceJobView };
  jobStatus: { payload: { jobId: string }; value: EvidenceJobView };
  cancelReport: { payload: { jobId: string }; value: EvidenceJobView };
  saveDefinition: { payload: { id?: string; name: string; definition: EvidenceReportDefinitionInput }; value: SavedEvidenceDefinition };
  listDefinitions: { payload: Record<string, never>; value: SavedEvidenceDefinition[] };
  deleteDefinition: { payload: { id: string }; value: { deleted: true } };
  /** UTF-8 CSV with BOM, formula-injection safe. */
  exportCsv: { payload: { jobId: string; kind: EvidenceCsvKind }; value: { filename: string; content: string } };
}
