import type { RawReviewIssue, ReviewJiraPort, ReviewSearchRequest } from '../../../src/services/review/reviewPorts';

export const FIELD_IDS = { classification: 'customfield_10100', cabStatus: 'customfield_10101', cabRisk: 'customfield_10102' };

/** Jira's search over a fixed list: pages of `maxResults`, with the requests kept for assertions. */
export function fakeReviewJira(issues: RawReviewIssue[]): ReviewJiraPort & { requests: ReviewSearchRequest[] } {
  const requests: ReviewSearchRequest[] = [];
  return {
    requests,
    fieldIds: () => Promise.resolve(FIELD_IDS),
    searchPage(request) {
      requests.push(request);
      const start = Number(request.nextPageToken ?? 0);
      const end = start + request.maxResults;
      return Promise.resolve({ issues: issues.slice(start, end), ...(end < issues.length ? { nextPageToken: String(end) } : {}) });
    },
  };
}

let sequence = 0;

export function rawIssue(options: {
  created: string;
  resolved?: string;
  classification?: { service?: boolean; security?: boolean; ai?: boolean; severity?: number };
  cab?: { status: string; risk?: string };
  labels?: string[];
  clauses?: string[];
  status?: string;
}): RawReviewIssue {
  sequence += 1;
  return {
    key: `IMS-${sequence}`,
    fields: {
      summary: `Issue ${sequence}`,
      status: { name: options.status ?? (options.resolved ? 'Done' : 'Open') },
      created: options.created,
      resolutiondate: options.resolved ?? null,
      labels: options.labels ?? [],
      [FIELD_IDS.classification]: options.classification ?? null,
      [FIELD_IDS.cabStatus]: options.cab ? { status: options.cab.status } : null,
      [FIELD_IDS.cabRisk]: options.cab?.risk ? { riskClass: options.cab.risk } : null,
    },
    properties: options.clauses ? { imsLinks: { clauses: options.clauses } } : {},
  };
}
