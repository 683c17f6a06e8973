/** The management review period: calendar days, both inclusive (yyyy-MM-dd). */
export interface ReviewPeriod {
  from: string;
  to: string;
}

export const REVIEW_DOMAINS = ['service', 'security', 'ai'] as const;
export type ReviewDomain = (typeof REVIEW_DOMAINS)[number];

/** One issue as the pack reads it: only the fields the search asked for. */
export interface ReviewIssue {
  key: string;
  summary: string;
  status: string;
  created: string;
  resolutiondate: string | null;
  labels: string[];
  /** Impact domains and severity from the classification field; null when the issue is not classified. */
  classification: { domains: ReviewDomain[]; severity: number | null } | null;
  cabStatus: string | null;
  cabRisk: string | null;
  clauses: string[];
}

export type DomainCounts = Record<ReviewDomain, number>;

export interface IncidentMonth {
  /** yyyy-MM (UTC). */
  month: string;
  total: number;
  byDomain: DomainCounts;
  /** Severity 1–4 as "1".."4", "unset" when the classification has none. */
  bySeverity: Record<string, number>;
  resolved: number;
  medianHoursToResolve: number | null;
}

export interface ReviewIncidents {
  total: number;
  byDomain: DomainCounts;
  bySeverity: Record<string, number>;
  medianHoursToResolve: number | null;
  months: IncidentMonth[];
}

export interface ReviewChanges {
  total: number;
  /** Risk class from `cabRisk` ("unscored" when the checklist has no score yet) → count. */
  byRisk: Record<string, number>;
  /** Risk class → CAB outcome (`cabStatus`) → count. */
  outcomesByRisk: Record<string, Record<string, number>>;
  emergency: number;
}

export interface ReviewNonconformity {
  key: string;
  summary: string;
  status: string;
  isResolved: boolean;
  clauses: string[];
}

export interface ReviewNonconformities {
  /** The clause-10 nonconformity clauses of the three standards the search looked for. */
  clauses: string[];
  open: number;
  resolved: number;
  items: ReviewNonconformity[];
}

export interface ReviewPack {
  period: ReviewPeriod;
  generatedAt: string;
  issuesScanned: number;
  /** True when the period held more issues than one invocation may read: the counts cover the first ones. */
  truncated: boolean;
  /** The one search the pack ran, as the calling user. */
  jql: string;
  incidents: ReviewIncidents;
  changes: ReviewChanges;
  nonconformities: ReviewNonconformities;
}
