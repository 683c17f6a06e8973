import type { HandlerResult } from '../../handlers/shared/result';
import { CLAUSE_LINKS_PROPERTY } from '../evidence/reportPlan';
import { createReviewAggregator } from './reviewAggregator';
import { reviewIssueOf } from './reviewIssueOf';
import type { ReviewJiraPort } from './reviewPorts';
import { nonconformityClauses, reviewJql } from './reviewQuery';
import type { ReviewPack, ReviewPeriod } from './reviewTypes';

const PAGE_SIZE = 100;
// A resolver invocation has 25 s: 50 pages of 100 issues with a handful of fields fit with room to spare. A
// longer period is flagged as truncated rather than timing out half-way.
export const MAX_REVIEW_PAGES = 50;

/**
 * The management review pack (9.3 of all three standards) for a period: one paged search as the calling user,
 * asking only the fields the pack counts, aggregated page by page.
 */
export async function buildReviewPack(
  ports: { jira: ReviewJiraPort; clock: { now(): Date } },
  period: ReviewPeriod,
): Promise<HandlerResult<ReviewPack>> {
  if (period.from > period.to) return { ok: false, error: { code: 'INVALID_INPUT', message: 'The period must start before it ends' } };
  const ids = await ports.jira.fieldIds();
  if (ids.classification === null || ids.cabStatus === null || ids.cabRisk === null) {
    return { ok: false, error: { code: 'UNAVAILABLE', message: 'The classification and CAB fields are not installed on this site' } };
  }
  const keys = { classification: ids.classification, cabStatus: ids.cabStatus, cabRisk: ids.cabRisk, clauseLinksProperty: CLAUSE_LINKS_PROPERTY };
  const jql = reviewJql(period);
  const fields = ['summary', 'status', 'created', 'resolutiondate', 'labels', keys.classification, keys.cabStatus, keys.cabRisk];
  const ncClauses = nonconformityClauses();
  const ncSet = new Set(ncClauses);
  const aggregator = createReviewAggregator(period);

  let nextPageToken: string | undefined;
  let pages = 0;
  do {
    const page = await ports.jira.searchPage({
      jql,
      fields,
      properties: [CLAUSE_LINKS_PROPERTY],
      maxResults: PAGE_SIZE,
      ...(nextPageToken === undefined ? {} : { nextPageToken }),
    });
    for (const raw of page.issues) aggregator.add(reviewIssueOf(raw, keys), ncSet);
    nextPageToken = page.nextPageToken;
    pages += 1;
  } while (nextPageToken !== undefined && pages < MAX_REVIEW_PAGES);

  const { incidents, changes, nonconformities } = aggregator.result();
  const open = nonconformities.filter((item) => !item.isResolved).length;
  return {
    ok: true,
    value: {
      period,
      generatedAt: ports.clock.now().toISOString(),
      issuesScanned: aggregator.scanned,
      truncated: nextPageToken !== undefined,
      jql,
      incidents,
      changes,
      nonconformities: { clauses: ncClauses, open, resolved: nonconformities.length - open, items: nonconformities },
    },
  };
}
