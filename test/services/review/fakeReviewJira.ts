import type { EvidenceIssue } from '../../../src/domain/evidence';
import type { RawReviewIssue, ReviewJiraPort, ReviewSearchRequest } from '../../../src/services/review/reviewPorts';
import type { ReviewPackPorts } from '../../../src/services/review/buildReviewPack';
import { FakeRiskStore } from '../risk/fakes';
import { FakePeople, FakeSoaStore } from '../soa/fakes';
import { FakePagedSearch } from '../soa/soaFakes';

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

export const clock = { now: () => new Date('2026-07-01T00:00:00Z') };

/** Every port of the pack in memory: the given issues, an empty register and an undecided SoA unless given. */
export function reviewPorts(
  issues: RawReviewIssue[],
  options: { risks?: FakeRiskStore; soa?: FakeSoaStore; evidence?: EvidenceIssue[]; now?: Date } = {},
): ReviewPackPorts & { jira: ReturnType<typeof fakeReviewJira>; risks: FakeRiskStore; soa: { store: FakeSoaStore }; evidenceSearch: FakePagedSearch } {
  const now = options.now ?? clock.now();
  return {
    jira: fakeReviewJira(issues),
    evidenceSearch: new FakePagedSearch(options.evidence ?? []),
    risks: options.risks ?? new FakeRiskStore(),
    soa: { store: options.soa ?? new FakeSoaStore(), people: new FakePeople(), clock: { now: () => now } },
    clock: { now: () => now },
  };
}

let sequence = 0;

export function rawIssue(options: {
  created: string;
  resolved?: string;
  resolution?: string;
  classification?: { service?: boolean; security?: boolean; ai?: boolean; severity?: number };
  cab?: { status: string; risk?: string };
  labels?: string[];
  clauses?: string[];
  status?: string;
  type?: string;
}): RawReviewIssue {
  sequence += 1;
  return {
    key: `IMS-${sequence}`,
    fields: {
      summary: `Issue ${sequence}`,
      status: { name: options.status ?? (options.resolved ? 'Done' : 'Open') },
      issuetype: { name: options.type ?? 'Task' },
      created: options.created,
      resolutiondate: options.resolved ?? null,
      resolution: options.resolved ? { name: options.resolution ?? 'Done' } : null,
      labels: options.labels ?? [],
      [FIELD_IDS.classification]: options.classification ?? null,
      [FIELD_IDS.cabStatus]: options.cab ? { status: options.cab.status } : null,
      [FIELD_IDS.cabRisk]: options.cab?.risk ? { riskClass: options.cab.risk } : null,
    },
    properties: options.clauses ? { imsLinks: { clauses: options.clauses } } : {},
  };
}
