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
  /** Issue type name and resolution name (null while unresolved). */
  type: string;
  resolution: string | null;
  /** Impact domains and severity from the classification field; null when the issue is not classified. */
  classification: { domains: ReviewDomain[]; severity: number | null } | null;
  cabStatus: string | null;
  cabRisk: string | null;
  clauses: string[];
  /** The audit finding kind (`nonconformity-minor`, ...) from the `imsAudit` property; null for other issues. */
  findingKind: string | null;
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

/** A change the pack names: failed and emergency changes are few, and the review discusses each. */
export interface ReviewChangeItem {
  key: string;
  summary: string;
  /** The CAB risk class, "unscored" when the checklist has no score yet. */
  riskClass: string;
  status: string;
  /** Why it counts as failed: the resolution or the label that says so (null for emergency changes). */
  failedBecause: string | null;
}

export interface ReviewChanges {
  total: number;
  /** Risk class from `cabRisk` ("unscored" when the checklist has no score yet) → count. */
  byRisk: Record<string, number>;
  /** Risk class → CAB outcome (`cabStatus`) → count. */
  outcomesByRisk: Record<string, Record<string, number>>;
  emergency: number;
  emergencyChanges: ReviewChangeItem[];
  failed: number;
  failedChanges: ReviewChangeItem[];
}

export interface ReviewNonconformity {
  key: string;
  summary: string;
  status: string;
  type: string;
  isResolved: boolean;
  clauses: string[];
  /** Day created and day resolved (null while open), UTC. */
  created: string;
  resolved: string | null;
  /** Whole days from creation to resolution, or to the day the pack was made while still open. */
  ageDays: number;
}

/** Open nonconformities by age: the review looks at the ones left open longest. */
export const AGE_BUCKETS = ['0–30 days', '31–90 days', 'over 90 days'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export interface ReviewNonconformities {
  /** The clause-10 nonconformity clauses of the three standards the search looked for. */
  clauses: string[];
  open: number;
  resolved: number;
  openByAge: Record<AgeBucket, number>;
  /** Median days from creation to resolution of those resolved; null when none is. */
  medianDaysToResolve: number | null;
  items: ReviewNonconformity[];
}

export const RISK_MOVEMENTS = ['new', 'closed', 'raised', 'lowered', 'accepted', 'overdueReview'] as const;
export type RiskMovement = (typeof RISK_MOVEMENTS)[number];

/** One risk in one movement list. Residual scores are likelihood × impact (1–25). */
export interface ReviewRiskItem {
  id: string;
  title: string;
  category: string;
  status: string;
  /** The residual score when the period started; null for a risk recorded during it. */
  residualAtStart: number | null;
  /** The residual score when the period ended (or now, when it ends later). */
  residualAtEnd: number;
  nextReviewDate: string;
}

export interface ReviewRiskMovementView {
  /** Risks in the register at the end of the period that were not closed. */
  openAtEnd: number;
  counts: Record<RiskMovement, number>;
  /** Each list holds at most `RISK_LIST_LIMIT` risks, highest residual first; `counts` has the full numbers. */
  items: Record<RiskMovement, ReviewRiskItem[]>;
  /** KVS reads it cost: register pages and per-risk history queries. */
  registerPages: number;
  historyReads: number;
}

export interface ReviewSoaStandard {
  standard: string;
  applicable: number;
  implemented: number;
  /** Applicable controls with at least one evidence issue the caller may browse. */
  withEvidence: number;
  /** Applicable controls with evidence, none of it recent. */
  stale: number;
  /** Applicable controls with no evidence at all. */
  missing: number;
}

export interface ReviewStaleControl {
  controlId: string;
  title: string;
  implementationStatus: string;
  evidenceCount: number;
  lastEvidenceDate: string | null;
}

export interface ReviewSoaCoverage {
  staleAfterDays: number;
  byStandard: ReviewSoaStandard[];
  /** Applicable controls with stale evidence (oldest first), then those with none (at most `STALE_LIST_LIMIT`). */
  staleControls: ReviewStaleControl[];
  searchCalls: number;
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
  risks: ReviewRiskMovementView;
  soa: ReviewSoaCoverage;
}
