import { asApp, asUser, route, type APIResponse } from '@forge/api';
import { ClauseIdSchema, type ClauseId } from '../domain/catalog';
import type { EvidenceIssue } from '../domain/evidence';
import { JiraError } from '../ports/jiraPort';
import { JiraRateLimited, type EvidenceSearchPort, type EvidenceUserJiraPort } from '../ports/evidence';
import { CLAUSE_LINKS_PROPERTY } from '../services/evidence/reportPlan';
import { jiraRequests, type Requester } from './forgeJiraPort';

// Jira sends Retry-After with every 429; without one, a minute is the platform's usual window.
const DEFAULT_RETRY_AFTER_SECONDS = 60;

interface SearchIssue {
  id: string;
  key: string;
  fields?: {
    summary?: string;
    issuetype?: { name?: string };
    status?: { name?: string };
    assignee?: { displayName?: string } | null;
    resolutiondate?: string | null;
    created?: string;
    updated?: string;
  };
  properties?: Record<string, unknown>;
}

/** Clause ids from the links property; anything that is not a canonical id is not evidence. */
function clausesOf(property: unknown): ClauseId[] {
  const clauses = (property as { clauses?: unknown } | undefined)?.clauses;
  if (!Array.isArray(clauses)) return [];
  return clauses.flatMap((value) => {
    const parsed = ClauseIdSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

export function evidenceIssueOf(issue: SearchIssue): EvidenceIssue {
  const fields = issue.fields ?? {};
  return {
    id: issue.id,
    key: issue.key,
    summary: fields.summary ?? '',
    type: fields.issuetype?.name ?? '',
    status: fields.status?.name ?? '',
    resolutiondate: fields.resolutiondate ?? null,
    ...(fields.created === undefined ? {} : { created: fields.created }),
    ...(fields.updated === undefined ? {} : { updated: fields.updated }),
    assignee: fields.assignee?.displayName ?? null,
    clauses: clausesOf(issue.properties?.[CLAUSE_LINKS_PROPERTY]),
  };
}

async function rateLimitedOrError(response: APIResponse, what: string, errorOf: (r: APIResponse, w: string) => Promise<JiraError>): Promise<Error> {
  if (response.status !== 429) return errorOf(response, what);
  const seconds = Number(response.headers.get('Retry-After'));
  return new JiraRateLimited(Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : DEFAULT_RETRY_AFTER_SECONDS);
}

export function evidenceSearchPort(requester: Requester): EvidenceSearchPort {
  const { call, errorOf } = jiraRequests(requester);
  return {
    async searchPage({ jql, fields, properties, maxResults, nextPageToken }) {
      const what = 'Searching for evidence';
      const response = await call(what, route`/rest/api/3/search/jql`, {
        method: 'POST',
        body: { jql, fields, properties, maxResults, ...(nextPageToken === undefined ? {} : { nextPageToken }) },
      });
      if (!response.ok) throw await rateLimitedOrError(response, what, errorOf);
      const body = (await response.json()) as { issues?: SearchIssue[]; nextPageToken?: string };
      return { issues: (body.issues ?? []).map(evidenceIssueOf), ...(body.nextPageToken ? { nextPageToken: body.nextPageToken } : {}) };
    },

    async approximateCount(jql) {
      const what = 'Counting the evidence';
      const response = await call(what, route`/rest/api/3/search/approximate-count`, { method: 'POST', body: { jql } });
      if (!response.ok) throw await rateLimitedOrError(response, what, errorOf);
      return ((await response.json()) as { count?: number }).count ?? 0;
    },
  };
}

export function evidenceUserJiraPort(requester: Requester): EvidenceUserJiraPort {
  const { call, expectOk, errorOf } = jiraRequests(requester);
  return {
    async jqlErrors(jql) {
      const response = await call('Checking the scope JQL', route`/rest/api/3/jql/parse?validation=strict`, { method: 'POST', body: { queries: [jql] } });
      if (response.status === 400) {
        const body = (await response.json().catch(() => ({}))) as { errorMessages?: string[] };
        return body.errorMessages?.length ? body.errorMessages : ['Jira could not parse it.'];
      }
      if (!response.ok) throw await errorOf(response, 'Checking the scope JQL');
      const body = (await response.json()) as { queries?: { errors?: string[] }[] };
      return body.queries?.flatMap((query) => query.errors ?? []) ?? [];
    },

    async browsableProjectIds() {
      const ids: string[] = [];
      for (let startAt = 0; ; ) {
        const response = await expectOk('Listing your projects', route`/rest/api/3/project/search?action=browse&maxResults=100&startAt=${startAt}`);
        const body = (await response.json()) as { values?: { id: string }[]; isLast?: boolean };
        const values = body.values ?? [];
        ids.push(...values.map((project) => project.id));
        if (body.isLast !== false || values.length === 0) return ids;
        startAt += values.length;
      }
    },
  };
}

/** Report jobs search as the app: consumers run without a user (the searches are restricted to the starter's projects). */
export const evidenceSearchAsApp = (): EvidenceSearchPort => evidenceSearchPort(asApp());
export const evidenceJiraAsUser = (): EvidenceUserJiraPort => evidenceUserJiraPort(asUser());
