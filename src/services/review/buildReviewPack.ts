import { AUDIT_PROPERTY_KEY } from '../../domain/audit/finding';
import type { HandlerResult } from '../../handlers/shared/result';
import type { EvidenceSearchPort } from '../../ports/evidence';
import type { RiskStore } from '../../ports/riskStore';
import { CLAUSE_LINKS_PROPERTY } from '../evidence/reportPlan';
import type { SoaPorts } from '../soa/ports';
import { summariseNonconformities } from './nonconformitySummary';
import { createReviewAggregator } from './reviewAggregator';
import { reviewIssueOf } from './reviewIssueOf';
import type { ReviewJiraPort } from './reviewPorts';
import { readRegister, reviewRiskMovement } from './reviewRiskMovement';
import { reviewSoaCoverage } from './reviewSoaCoverage';
import { nonconformityClauses, reviewJql } from './reviewQuery';
import type { ReviewPack, ReviewPeriod } from './reviewTypes';

const PAGE_SIZE = 100;
// A resolver invocation has 25 s: 50 pages of 100 issues with a handful of fields fit with room to spare. A
// longer period is flagged as truncated rather than timing out half-way.
export const MAX_REVIEW_PAGES = 50;

export interface ReviewPackPorts {
  /** Jira as the calling user: incidents, changes and nonconformities they may browse. */
  jira: ReviewJiraPort;
  /** The SoA evidence search, also as the calling user. */
  evidenceSearch: EvidenceSearchPort;
  risks: RiskStore;
  soa: SoaPorts;
  clock: { now(): Date };
}

/**
 * The management review pack (9.3 of all three standards) for a period: one paged search as the calling user,
 * asking only the fields the pack counts, aggregated page by page; the risk register read once, for its movement
 * and for the SoA's risk column; the SoA with its evidence from one more paged search.
 */
export async function buildReviewPack(ports: ReviewPackPorts, period: ReviewPeriod): Promise<HandlerResult<ReviewPack>> {
  if (period.from > period.to) return { ok: false, error: { code: 'INVALID_INPUT', message: 'The period must start before it ends' } };
  const ids = await ports.jira.fieldIds();
  if (ids.classification === null || ids.cabStatus === null || ids.cabRisk === null) {
    return { ok: false, error: { code: 'UNAVAILABLE', message: 'The classification and CAB fields are not installed on this site' } };
  }
  const keys = { classification: ids.classification, cabStatus: ids.cabStatus, cabRisk: ids.cabRisk, clauseLinksProperty: CLAUSE_LINKS_PROPERTY, auditProperty: AUDIT_PROPERTY_KEY };
  const jql = reviewJql(period);
  const fields = ['summary', 'status', 'issuetype', 'created', 'resolutiondate', 'resolution', 'labels', keys.classification, keys.cabStatus, keys.cabRisk];
  const ncClauses = nonconformityClauses();
  const ncSet = new Set(ncClauses);
  const now = ports.clock.now();
  const aggregator = createReviewAggregator(period, now);

  let nextPageToken: string | undefined;
  let pages = 0;
  do {
    const page = await ports.jira.searchPage({
      jql,
      fields,
      properties: [CLAUSE_LINKS_PROPERTY, AUDIT_PROPERTY_KEY],
      maxResults: PAGE_SIZE,
      ...(nextPageToken === undefined ? {} : { nextPageToken }),
    });
    for (const raw of page.issues) aggregator.add(reviewIssueOf(raw, keys), ncSet);
    nextPageToken = page.nextPageToken;
    pages += 1;
  } while (nextPageToken !== undefined && pages < MAX_REVIEW_PAGES);

  const { incidents, changes, nonconformities } = aggregator.result();
  const register = await readRegister(ports.risks);
  const [risks, soa] = await Promise.all([
    reviewRiskMovement(ports.risks, register, period, now),
    reviewSoaCoverage({ soa: ports.soa, search: ports.evidenceSearch, risks: ports.risks }, register.risks, now),
  ]);
  return {
    ok: true,
    value: {
      period,
      generatedAt: now.toISOString(),
      issuesScanned: aggregator.scanned,
      truncated: nextPageToken !== undefined,
      jql,
      incidents,
      changes,
      nonconformities: summariseNonconformities(ncClauses, nonconformities),
      risks,
      soa,
    },
  };
}
