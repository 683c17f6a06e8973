import { asApp, asUser, route, type APIResponse, type Route } from '@forge/api';
import { jqlString } from '../domain/classification';
import { JiraError, type IssueSnapshot, type JiraPort } from '../ports/jiraPort';

export type Requester = { requestJira(path: Route, init?: { method?: string; headers?: Record<string, string>; body?: string }): Promise<APIResponse> };

// Jira's points-based rate limit answers 429 with Retry-After (seconds); a few short waits fit in one invocation.
const MAX_ATTEMPTS = 3;
const MAX_RETRY_WAIT_MS = 5_000;

const JSON_HEADERS = { Accept: 'application/json', 'Content-Type': 'application/json' };

function retryWaitMs(response: APIResponse, attempt: number): number {
  const seconds = Number(response.headers.get('Retry-After'));
  const wanted = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 500 * 2 ** attempt;
  return Math.min(wanted, MAX_RETRY_WAIT_MS);
}

async function errorOf(response: APIResponse, what: string): Promise<JiraError> {
  const body = await response.text().catch(() => '');
  return new JiraError(response.status, `${what} failed with HTTP ${response.status}${body ? `: ${body.slice(0, 300)}` : ''}`);
}

export interface JiraRequests {
  /** The response as Jira gave it, after up to MAX_ATTEMPTS tries on 429/503. */
  call(what: string, path: Route, init?: { method?: string; body?: unknown }): Promise<APIResponse>;
  /** As `call`, but any non-2xx answer becomes a JiraError. */
  expectOk(what: string, path: Route, init?: { method?: string; body?: unknown }): Promise<APIResponse>;
  errorOf(response: APIResponse, what: string): Promise<JiraError>;
}

/** JSON requests with the retry policy above; shared by every Jira adapter of the app. */
export function jiraRequests(requester: Requester): JiraRequests {
  async function call(what: string, path: Route, init: { method?: string; body?: unknown } = {}): Promise<APIResponse> {
    for (let attempt = 0; ; attempt += 1) {
      const response = await requester.requestJira(path, {
        method: init.method ?? 'GET',
        headers: JSON_HEADERS,
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
      const retriable = response.status === 429 || response.status === 503;
      if (!retriable || attempt + 1 >= MAX_ATTEMPTS) return response;
      await new Promise((resolve) => setTimeout(resolve, retryWaitMs(response, attempt)));
    }
  }

  async function expectOk(what: string, path: Route, init: { method?: string; body?: unknown } = {}): Promise<APIResponse> {
    const response = await call(what, path, init);
    if (!response.ok) throw await errorOf(response, what);
    return response;
  }

  return { call, expectOk, errorOf };
}

function forgeJiraPort(requester: Requester): JiraPort {
  const { call, expectOk } = jiraRequests(requester);

  return {
    async getIssue(issueIdOrKey, fieldIds) {
      const fields = ['summary', ...fieldIds].join(',');
      const response = await call('Reading the issue', route`/rest/api/3/issue/${issueIdOrKey}?fields=${fields}`);
      // Jira answers 404 both for a missing issue and for one the identity may not browse.
      if (response.status === 404) return null;
      if (!response.ok) throw await errorOf(response, 'Reading the issue');
      const body = (await response.json()) as { id: string; key: string; fields?: Record<string, unknown> };
      const issueFields = body.fields ?? {};
      const snapshot: IssueSnapshot = {
        id: body.id,
        key: body.key,
        summary: typeof issueFields.summary === 'string' ? issueFields.summary : '',
        fields: Object.fromEntries(fieldIds.map((id) => [id, issueFields[id] ?? null])),
      };
      return snapshot;
    },

    async createIssue(issue) {
      const fields = {
        project: { key: issue.projectKey },
        issuetype: { name: issue.issueTypeName },
        summary: issue.summary,
        description: issue.description,
        priority: { name: issue.priorityName },
        ...(issue.assigneeAccountId !== undefined ? { assignee: { accountId: issue.assigneeAccountId } } : {}),
      };
      const response = await expectOk('Creating the escalation issue', route`/rest/api/3/issue`, { method: 'POST', body: { fields } });
      const created = (await response.json()) as { id: string; key: string };
      return { id: created.id, key: created.key };
    },

    async linkIssues(link) {
      // The link's inward issue carries the outward phrase: {inward: SD-7, outward: SEC-2} reads "SD-7 escalates SEC-2".
      await expectOk('Linking the escalation issue', route`/rest/api/3/issueLink`, {
        method: 'POST',
        body: { type: { name: link.linkTypeName }, inwardIssue: { key: link.fromIssueKey }, outwardIssue: { key: link.toIssueKey } },
      });
    },

    async addComment(issueIdOrKey, body) {
      await expectOk('Commenting on the issue', route`/rest/api/3/issue/${issueIdOrKey}/comment`, { method: 'POST', body: { body } });
    },

    async setPriority(issueIdOrKey, priorityName) {
      await expectOk('Setting the priority', route`/rest/api/3/issue/${issueIdOrKey}`, { method: 'PUT', body: { fields: { priority: { name: priorityName } } } });
    },

    async findLinkedIssues(originKey, projectKey, issueTypeName) {
      const jql = `issue in linkedIssues(${jqlString(originKey)}) AND project = ${jqlString(projectKey)} AND issuetype = ${jqlString(issueTypeName)} ORDER BY created ASC`;
      const response = await expectOk('Searching for linked issues', route`/rest/api/3/search/jql`, {
        method: 'POST',
        body: { jql, fields: ['key'], maxResults: 10 },
      });
      const body = (await response.json()) as { issues?: { key: string }[] };
      return (body.issues ?? []).map((issue) => issue.key);
    },

    async findAppFieldId(moduleKey) {
      const response = await expectOk('Listing the fields', route`/rest/api/3/field`);
      const fields = (await response.json()) as { id: string; schema?: { custom?: string } }[];
      // A Forge field's schema.custom is its extension id, which ends with the module key.
      return fields.find((field) => field.schema?.custom?.endsWith(`/${moduleKey}`))?.id ?? null;
    },

    async canEditIssue(issueId) {
      const response = await call('Checking the edit permission', route`/rest/api/3/mypermissions?issueId=${issueId}&permissions=EDIT_ISSUES`);
      if (response.status === 404) return false;
      if (!response.ok) throw await errorOf(response, 'Checking the edit permission');
      const body = (await response.json()) as { permissions?: { EDIT_ISSUES?: { havePermission?: boolean } } };
      return body.permissions?.EDIT_ISSUES?.havePermission === true;
    },

    async setCustomField(issueIdOrKey, fieldId, value) {
      await expectOk('Saving the field', route`/rest/api/3/issue/${issueIdOrKey}`, { method: 'PUT', body: { fields: { [fieldId]: value } } });
    },
  };
}

/** Jira as the app: escalations, which no user starts directly and which must work whoever edited the issue. */
export const jiraAsApp = (): JiraPort => forgeJiraPort(asApp());

/** Jira as the calling user of a resolver: Jira enforces that user's permissions on every call. */
export const jiraAsUser = (): JiraPort => forgeJiraPort(asUser());
