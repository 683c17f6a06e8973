import { AGE_BUCKETS, REVIEW_DOMAINS, RISK_MOVEMENTS, type ReviewPack, type RiskMovement } from '../reviewTypes';
import type { BarChartSpec } from './barChartSpec';

export const DOMAIN_LABELS = { service: 'Service', security: 'Security', ai: 'AI' } as const;
export const MOVEMENT_LABELS: Record<RiskMovement, string> = {
  new: 'New',
  closed: 'Closed',
  raised: 'Raised',
  lowered: 'Lowered',
  accepted: 'Accepted',
  overdueReview: 'Review overdue',
};
export const severityLabel = (severity: string) => (severity === 'unset' ? 'No severity' : `Severity ${severity}`);

/** The pack's charts, the same in the page and in the PDF. */
export interface ReviewChartSpecs {
  incidentsPerMonth: BarChartSpec;
  incidentsByDomain: BarChartSpec;
  changesByRisk: BarChartSpec;
  riskMovement: BarChartSpec;
  soaCoverage: BarChartSpec;
  nonconformityAgeing: BarChartSpec;
}

// Risk classes read from low to high, whatever the order the changes came in.
const RISK_ORDER = ['low', 'medium', 'high', 'critical', 'unscored'];
const byRiskOrder = (a: string, b: string) => {
  const rank = (risk: string) => (RISK_ORDER.includes(risk) ? RISK_ORDER.indexOf(risk) : RISK_ORDER.length);
  return rank(a) - rank(b) || a.localeCompare(b);
};

const keysOf = (records: readonly Record<string, number>[]) => [...new Set(records.flatMap((record) => Object.keys(record)))].sort();

export function reviewChartSpecs(pack: ReviewPack): ReviewChartSpecs {
  const months = pack.incidents.months;
  // Each incident has one severity, so stacking by severity gives the month's true total (domains overlap).
  const severities = keysOf(months.map((month) => month.bySeverity));
  const risks = Object.keys(pack.changes.outcomesByRisk).sort(byRiskOrder);
  const outcomes = keysOf(Object.values(pack.changes.outcomesByRisk));
  const soa = pack.soa.byStandard;
  return {
    incidentsPerMonth: {
      title: 'Incidents per month by severity',
      categories: months.map((month) => month.month),
      series: severities.map((severity) => ({ name: severityLabel(severity), values: months.map((month) => month.bySeverity[severity] ?? 0) })),
      stacked: true,
    },
    incidentsByDomain: {
      title: 'Incidents by domain (an incident may touch several)',
      categories: REVIEW_DOMAINS.map((domain) => DOMAIN_LABELS[domain]),
      series: [{ name: 'Incidents', values: REVIEW_DOMAINS.map((domain) => pack.incidents.byDomain[domain]) }],
    },
    changesByRisk: {
      title: 'Changes by CAB risk class and outcome',
      categories: risks,
      series: outcomes.map((outcome) => ({ name: outcome, values: risks.map((risk) => pack.changes.outcomesByRisk[risk]?.[outcome] ?? 0) })),
      stacked: true,
    },
    riskMovement: {
      title: 'Risk register movement',
      categories: RISK_MOVEMENTS.map((movement) => MOVEMENT_LABELS[movement]),
      series: [{ name: 'Risks', values: RISK_MOVEMENTS.map((movement) => pack.risks.counts[movement]) }],
    },
    soaCoverage: {
      title: 'SoA coverage of applicable controls',
      categories: soa.map((standard) => standard.standard),
      series: [
        { name: 'Applicable', values: soa.map((standard) => standard.applicable) },
        { name: 'Implemented', values: soa.map((standard) => standard.implemented) },
        { name: 'With evidence', values: soa.map((standard) => standard.withEvidence) },
        { name: 'Stale evidence', values: soa.map((standard) => standard.stale) },
        { name: 'No evidence', values: soa.map((standard) => standard.missing) },
      ],
    },
    nonconformityAgeing: {
      title: 'Open nonconformities by age',
      categories: [...AGE_BUCKETS],
      series: [{ name: 'Open', values: AGE_BUCKETS.map((bucket) => pack.nonconformities.openByAge[bucket]) }],
    },
  };
}
