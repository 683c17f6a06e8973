import { asApp, asUser, route } from '@forge/api';
import type { RiskJiraPort } from '../ports/riskJira';
import { jiraRequests, type Requester } from './forgeJiraPort';

// `user/bulk` answers at most 200 accounts a call; a register page names at most 100 owners.
const BULK_LIMIT = 200;

type SearchBody = {
  issues?: { key: string; fields?: { summary?: string; status?: { name?: string }; issuetype?: { name?: string } } }[];
  isLast?: boolean;
};

function riskJiraPort(requester: Requester): RiskJiraPort {
  const { call, expectOk } = jiraRequests(requester);
  return {
    async groupsOf(accountId) {
      const response = await expectOk('Reading the groups', route`/rest/api/3/user/groups?accountId=${accountId}`);
      const groups = (await response.json()) as { name?: string }[];
      return groups.flatMap((group) => (typeof group.name === 'string' ? [group.name] : []));
    },

    async searchIssues(jql, maxResults) {
      const response = await call('Searching linked issues', route`/rest/api/3/search/jql`, {
        method: 'POST',
        body: { jql, fields: ['summary', 'status', 'issuetype'], maxResults },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { errorMessages?: string[] };
        return { ok: false, status: response.status, messages: body.errorMessages ?? [] };
      }
      const body = (await response.json()) as SearchBody;
      return {
        ok: true,
        isLast: body.isLast !== false,
        issues: (body.issues ?? []).map((issue) => ({
          key: issue.key,
          summary: issue.fields?.summary ?? '',
          status: issue.fields?.status?.name ?? '',
          issueType: issue.fields?.issuetype?.name ?? '',
        })),
      };
    },

    async issueIdOf(issueKey) {
      const response = await call('Reading the issue', route`/rest/api/3/issue/${issueKey}?fields=summary`);
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`Reading ${issueKey} failed: Jira answered ${response.status}`);
      return ((await response.json()) as { id: string }).id;
    },

    async createIssue(issue) {
      let issueTypeName = issue.issueTypeName;
      if (issueTypeName === undefined) {
        const response = await expectOk('Reading the project', route`/rest/api/3/project/${issue.projectKey}`);
        const project = (await response.json()) as { issueTypes?: { name?: string; subtask?: boolean }[] };
        issueTypeName = project.issueTypes?.find((type) => type.subtask !== true && typeof type.name === 'string')?.name;
        if (issueTypeName === undefined) throw new Error(`Project ${issue.projectKey} has no issue type to create a treatment action with`);
      }
      const description = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: issue.description }] }] };
      const response = await expectOk('Creating the treatment action', route`/rest/api/3/issue`, {
        method: 'POST',
        body: { fields: { project: { key: issue.projectKey }, issuetype: { name: issueTypeName }, summary: issue.summary, description } },
      });
      const created = (await response.json()) as { id: string; key: string };
      return { id: created.id, key: created.key };
    },

    async displayNames(accountIds) {
      const ids = [...new Set(accountIds)].slice(0, BULK_LIMIT);
      if (ids.length === 0) return {};
      const query = new URLSearchParams([['maxResults', String(BULK_LIMIT)], ...ids.map((id) => ['accountId', id])]);
      const response = await expectOk('Reading user names', route`/rest/api/3/user/bulk?${query}`);
      const body = (await response.json()) as { values?: { accountId?: string; displayName?: string }[] };
      return Object.fromEntries((body.values ?? []).flatMap((user) => (typeof user.accountId === 'string' && typeof user.displayName === 'string' ? [[user.accountId, user.displayName]] : [])));
    },
  };
}

/** As the app: group membership of the caller (which the caller must not claim for themselves) and display names. */
export const riskJiraAsApp = (): RiskJiraPort => riskJiraPort(asApp());

/** As the calling user: Jira shows only the issues they may browse and creates issues only where they may. */
export const riskJiraAsUser = (): RiskJiraPort => riskJiraPort(asUser());
