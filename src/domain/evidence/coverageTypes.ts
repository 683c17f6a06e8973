import type { ClauseId, StandardId } from '../catalog';
import type { EvidenceRule } from '../schemas/evidence';
import type { ResolvedPeriod } from './period';

/** One issue of a search page, as the service maps Jira's answer: timestamps as Jira sends them. */
export interface EvidenceIssue {
  id: string;
  key: string;
  summary: string;
  type: string;
  status: string;
  resolutiondate: string | null;
  created?: string;
  updated?: string;
  /** Display name, null when unassigned. */
  assignee: string | null;
  /** Canonical ids from the clause-links issue property. */
  clauses: readonly ClauseId[];
}

/** What the drill-down shows of an issue; `evidenceAt` is the rule's date in UTC ISO form. */
export interface EvidenceIssueSummary {
  id: string;
  key: string;
  summary: string;
  type: string;
  status: string;
  resolutiondate: string | null;
  assignee: string | null;
  evidenceAt: string | null;
}

export interface DrillDownEntry {
  issue: EvidenceIssueSummary;
  /** The mapped clause the issue is linked to, when it evidences the row's clause only through it. */
  via?: ClauseId;
}

export interface CoverageSetup {
  clauses: ClauseId[];
  /** For each selected clause with mapped evidence: the clauses it borrows evidence from. */
  sources: { clause: ClauseId; from: ClauseId[] }[];
  evidenceRule: EvidenceRule;
  period: ResolvedPeriod;
  staleAfterDays: number;
  /** Most recent issues kept per clause for the drill-down; the counts cover all of them. */
  drillDownLimit: number;
}

export type CoverageStatus = 'covered' | 'stale' | 'missing';

export interface CoverageRow {
  clause: ClauseId;
  status: CoverageStatus;
  /** Issues linked to the clause itself. */
  direct: number;
  /** Issues not linked to the clause but to one of its mapped clauses (each issue once). */
  viaMapped: number;
  /** Per mapped clause: its issues counted here, e.g. ISO20000-1:8.5.1 → 3 for ISO27001:A.8.32. */
  via: { source: ClauseId; count: number }[];
  /** Calendar day of the latest evidence in the report's time zone. */
  lastEvidenceDate: string | null;
  isStale: boolean;
  drillDown: DrillDownEntry[];
  /** Evidence issues counted but not kept for the drill-down. */
  drillDownOmitted: number;
}

export interface CoverageReport {
  period: ResolvedPeriod;
  evidenceRule: EvidenceRule;
  staleAfterDays: number;
  issuesCounted: number;
  rows: CoverageRow[];
  /** Clauses with no evidence at all, direct or via. */
  gaps: ClauseId[];
  stale: ClauseId[];
  totals: Partial<Record<StandardId, Record<CoverageStatus, number>>>;
}
