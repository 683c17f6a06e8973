import { asApp, asUser, route } from '@forge/api';
import { AUDIT_PROPERTY_KEY, AuditIssuePropertySchema } from '../domain/audit/finding';
import type { AuditExecutionJira, AuditIssue } from '../ports/auditExecution';
import { jiraRequests, type Requester } from './forgeJiraPort';

const ISSUE_FIELDS = ['summary', 'issuetype', 'project', 'status', 'parent', 'description'];
// Jira's bulk fetch answers at most 100 issues a call.
const BULK_LIMIT = 100;

interface JiraIssue {
  id: string;
  key: string;
  fields?: {
    summary?: string;
    issuetype?: { name?: string };
    project?: { key?: string };
    status?: { name?: string; statusCategory?: { key?: string } };
    parent?: { key?: string };
    description?: unknown;
  };
  properties?: Record<string, unknown>;
}

/** The `imsAudit` property only when it reads as ours: anyone who may edit the issue can write properties over REST. */
function auditPropertyOf(issue: JiraIssue): AuditIssue['audit'] {
  const parsed = AuditIssuePropertySchema.safeParse(issue.properties?.[AUDIT_PROPERTY_KEY]);
  return parsed.success ? parsed.data : null;
}

function auditIssueOf(issue: JiraIssue): AuditIssue {
  const fields = issue.fields ?? {};
  return {
    id: issue.id,
    key: issue.key,
    summary: fields.summary ?? '',
    issueType: fields.issuetype?.name ?? '',
    projectKey: fields.project?.key ?? '',
    status: fields.status?.name ?? '',
    isDone: fields.status?.statusCategory?.key === 'done',
    parentKey: fields.parent?.key ?? null,
    description: fields.description ?? null,
    audit: auditPropertyOf(issue),
  };
}

function auditExecutionJira(requester: Requester): AuditExecutionJira {
  const { call, expectOk, errorOf } = jiraRequests(requester);
  return {
    async getIssue(issueIdOrKey) {
      const response = await call('Reading the issue', route`/rest/api/3/issue/${issueIdOrKey}?fields=${ISSUE_FIELDS.join(',')}&properties=${AUDIT_PROPERTY_KEY}`);
      // Jira answers 404 both for a missing issue and for one the identity may not browse.
      if (response.status === 404) return null;
      if (!response.ok) throw await errorOf(response, 'Reading the issue');
      return auditIssueOf((await response.json()) as JiraIssue);
    },

    async createIssue(issue) {
      const fields = {
        project: { key: issue.projectKey },
        issuetype: { name: issue.issueTypeName },
        summary: issue.summary,
        description: issue.description,
        ...(issue.parentKey === undefined ? {} : { parent: { key: issue.parentKey } }),
        ...(issue.assigneeAccountId === undefined ? {} : { assignee: { accountId: issue.assigneeAccountId } }),
      };
      const properties = Object.entries(issue.properties ?? {}).map(([key, value]) => ({ key, value }));
      const response = await expectOk(`Creating the ${issue.issueTypeName} issue`, route`/rest/api/3/issue`, {
        method: 'POST',
        body: { fields, ...(properties.length === 0 ? {} : { properties }) },
      });
      const created = (await response.json()) as { id: string; key: string };
      return { id: created.id, key: created.key };
    },

    async linkIssues(linkTypeName, inwardKey, outwardKey) {
      // Jira keeps one link when the same link is created again, so a retried command may link again safely.
      await expectOk('Linking the issues', route`/rest/api/3/issueLink`, {
        method: 'POST',
        body: { type: { name: linkTypeName }, inwardIssue: { key: inwardKey }, outwardIssue: { key: outwardKey } },
      });
    },

    async canEditIssue(issueId) {
      const response = await call('Checking the edit permission', route`/rest/api/3/mypermissions?issueId=${issueId}&permissions=EDIT_ISSUES`);
      if (response.status === 404) return false;
      if (!response.ok) throw await errorOf(response, 'Checking the edit permission');
      const body = (await response.json()) as { permissions?: { EDIT_ISSUES?: { havePermission?: boolean } } };
      return body.permissions?.EDIT_ISSUES?.havePermission === true;
    },

    async searchIssues(jql) {
      const response = await expectOk('Searching the audit issues', route`/rest/api/3/search/jql`, {
        method: 'POST',
        body: { jql, fields: ISSUE_FIELDS.filter((field) => field !== 'description'), properties: [AUDIT_PROPERTY_KEY], maxResults: 100 },
      });
      const body = (await response.json()) as { issues?: JiraIssue[] };
      return (body.issues ?? []).map(auditIssueOf);
    },

    async fetchIssues(issueIds) {
      const found: AuditIssue[] = [];
      for (let start = 0; start < issueIds.length; start += BULK_LIMIT) {
        const response = await expectOk('Reading the corrective actions', route`/rest/api/3/issue/bulkfetch`, {
          method: 'POST',
          body: { issueIdsOrKeys: issueIds.slice(start, start + BULK_LIMIT), fields: ['summary', 'issuetype', 'project', 'status'], properties: [AUDIT_PROPERTY_KEY] },
        });
        const body = (await response.json()) as { issues?: JiraIssue[] };
        found.push(...(body.issues ?? []).map(auditIssueOf));
      }
      return found;
    },

    async statusCategories() {
      const response = await expectOk('Listing the workflow statuses', route`/rest/api/3/status`);
      const statuses = (await response.json()) as { id?: string; name?: string; statusCategory?: { key?: string } }[];
      return new Map(
        statuses.flatMap((status) =>
          typeof status.id === 'string' ? [[status.id, { name: status.name ?? status.id, isDone: status.statusCategory?.key === 'done' }] as const] : [],
        ),
      );
    },
  };
}

/** Jira as the calling user: Jira checks Browse, Create and Edit on every call. */
export const auditExecutionJiraAsUser = (): AuditExecutionJira => auditExecutionJira(asUser());

/** Jira as the app: the workflow validator runs without a user. */
export const auditExecutionJiraAsApp = (): AuditExecutionJira => auditExecutionJira(asApp());
