import { NONCONFORMITY_FINDINGS } from './reviewQuery';
import { failedBecause } from './failedChange';
import {
  AGE_BUCKETS,
  REVIEW_DOMAINS,
  type AgeBucket,
  type DomainCounts,
  type IncidentMonth,
  type ReviewChangeItem,
  type ReviewChanges,
  type ReviewIncidents,
  type ReviewIssue,
  type ReviewNonconformity,
  type ReviewPeriod,
} from './reviewTypes';

// The demo's (and most sites') marker of an emergency change: the change type lives in the CAB record, which JQL
// cannot see, while the label travels with the issue.
export const EMERGENCY_CHANGE_LABEL = 'emergency-change';
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
// Failed and emergency changes are listed one by one; past this many a period needs the CAB's own report.
export const CHANGE_LIST_LIMIT = 50;

const zeroDomains = (): DomainCounts => ({ service: 0, security: 0, ai: 0 });
const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(value * 10) / 10;
}

/** Every yyyy-MM the period touches, so a quiet month shows as zero rather than disappearing. */
export function monthsOf(period: ReviewPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const text = `${year}-${String(month).padStart(2, '0')}`;
    if (text > last) return months;
    months.push(text);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

interface MonthState {
  total: number;
  byDomain: DomainCounts;
  bySeverity: Record<string, number>;
  hoursToResolve: number[];
}

export function ageBucketOf(days: number): AgeBucket {
  return days <= 30 ? AGE_BUCKETS[0] : days <= 90 ? AGE_BUCKETS[1] : AGE_BUCKETS[2];
}

/**
 * Aggregates the pack page by page: counts and per-month durations only, never the issues (the nonconformities,
 * a handful per period, are the exception the pack lists).
 */
export function createReviewAggregator(period: ReviewPeriod, now: Date) {
  const isInPeriod = (instant: string) => {
    const day = instant.slice(0, 10);
    return day >= period.from && day <= period.to;
  };
  const months = new Map<string, MonthState>(monthsOf(period).map((month) => [month, { total: 0, byDomain: zeroDomains(), bySeverity: {}, hoursToResolve: [] }]));
  const changes: ReviewChanges = { total: 0, byRisk: {}, outcomesByRisk: {}, emergency: 0, emergencyChanges: [], failed: 0, failedChanges: [] };
  const listed = (list: ReviewChangeItem[], item: ReviewChangeItem) => {
    if (list.length < CHANGE_LIST_LIMIT) list.push(item);
  };
  const nonconformities: ReviewNonconformity[] = [];
  let scanned = 0;

  function addIncident(issue: ReviewIssue, classification: NonNullable<ReviewIssue['classification']>): void {
    const month = months.get(issue.created.slice(0, 7));
    if (!month || classification.domains.length === 0) return;
    month.total += 1;
    for (const domain of classification.domains) month.byDomain[domain] += 1;
    bump(month.bySeverity, classification.severity === null ? 'unset' : String(classification.severity));
    if (issue.resolutiondate !== null) month.hoursToResolve.push(Math.max(0, Date.parse(issue.resolutiondate) - Date.parse(issue.created)) / HOUR_MS);
  }

  function addChange(issue: ReviewIssue, cabStatus: string): void {
    const risk = issue.cabRisk ?? 'unscored';
    changes.total += 1;
    bump(changes.byRisk, risk);
    bump((changes.outcomesByRisk[risk] ??= {}), cabStatus);
    const item = { key: issue.key, summary: issue.summary, riskClass: risk, status: issue.status, failedBecause: failedBecause(issue) };
    if (issue.labels.includes(EMERGENCY_CHANGE_LABEL)) {
      changes.emergency += 1;
      listed(changes.emergencyChanges, { ...item, failedBecause: null });
    }
    if (item.failedBecause !== null) {
      changes.failed += 1;
      listed(changes.failedChanges, item);
    }
  }

  function nonconformityOf(issue: ReviewIssue, clauses: string[]): ReviewNonconformity {
    const end = issue.resolutiondate === null ? now.getTime() : Date.parse(issue.resolutiondate);
    return {
      key: issue.key,
      summary: issue.summary,
      status: issue.status,
      type: issue.type,
      isResolved: issue.resolutiondate !== null,
      clauses,
      created: issue.created.slice(0, 10),
      resolved: issue.resolutiondate?.slice(0, 10) ?? null,
      ageDays: Math.max(0, Math.floor((end - Date.parse(issue.created)) / DAY_MS)),
    };
  }

  return {
    add(issue: ReviewIssue, nonconformityClauses: ReadonlySet<string>): void {
      scanned += 1;
      const createdInPeriod = isInPeriod(issue.created);
      if (createdInPeriod && issue.classification !== null) addIncident(issue, issue.classification);
      if (createdInPeriod && issue.cabStatus !== null) addChange(issue, issue.cabStatus);
      const ncClauses = issue.clauses.filter((clause) => nonconformityClauses.has(clause));
      // An audit's nonconformity is raised against the clause it breaches, not clause 10: its kind says what it is.
      const isAuditNonconformity = issue.findingKind !== null && NONCONFORMITY_FINDINGS.includes(issue.findingKind);
      if (ncClauses.length > 0 || isAuditNonconformity) {
        nonconformities.push(nonconformityOf(issue, ncClauses.length > 0 ? ncClauses : issue.clauses));
      }
    },

    get scanned(): number {
      return scanned;
    },

    result(): { incidents: ReviewIncidents; changes: ReviewChanges; nonconformities: ReviewNonconformity[] } {
      const monthly: IncidentMonth[] = [...months].map(([month, state]) => ({
        month,
        total: state.total,
        byDomain: state.byDomain,
        bySeverity: state.bySeverity,
        resolved: state.hoursToResolve.length,
        medianHoursToResolve: median(state.hoursToResolve),
      }));
      const byDomain = zeroDomains();
      const bySeverity: Record<string, number> = {};
      for (const month of monthly) {
        for (const domain of REVIEW_DOMAINS) byDomain[domain] += month.byDomain[domain];
        for (const [severity, count] of Object.entries(month.bySeverity)) bySeverity[severity] = (bySeverity[severity] ?? 0) + count;
      }
      const incidents: ReviewIncidents = {
        total: monthly.reduce((sum, month) => sum + month.total, 0),
        byDomain,
        bySeverity,
        medianHoursToResolve: median([...months.values()].flatMap((state) => state.hoursToResolve)),
        months: monthly,
      };
      return { incidents, changes, nonconformities: [...nonconformities].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true })) };
    },
  };
}
