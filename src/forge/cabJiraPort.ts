import { asApp, asUser, route } from '@forge/api';
import type { CabJiraPort } from '../ports/cabJira';
import type { IssueSnapshot } from '../ports/jiraPort';
import { jiraAsApp, jiraAsUser, jiraRequests, type Requester } from './forgeJiraPort';

type SearchBody = { issues?: { id: string; key: string; fields?: Record<string, unknown> }[] };

function cabJiraPort(requester: Requester, base: ReturnType<typeof jiraAsApp>): CabJiraPort {
  const { expectOk } = jiraRequests(requester);
  return {
    getIssue: (issueIdOrKey, fieldIds) => base.getIssue(issueIdOrKey, fieldIds),
    canEditIssue: (issueId) => base.canEditIssue(issueId),
    findAppFieldId: (moduleKey) => base.findAppFieldId(moduleKey),

    async addComment(issueIdOrKey, body) {
      await expectOk('Commenting on the change', route`/rest/api/3/issue/${issueIdOrKey}/comment`, { method: 'POST', body: { body } });
    },

    async getCurrentUser() {
      // As the user: `myself` answers for the caller only, so no payload can name someone else's groups.
      const response = await expectOk('Reading your groups', route`/rest/api/3/myself?expand=groups`);
      const body = (await response.json()) as { accountId: string; displayName?: string; groups?: { items?: { name?: string }[] } };
      const groups = (body.groups?.items ?? []).flatMap((group) => (typeof group.name === 'string' ? [group.name] : []));
      return { accountId: body.accountId, displayName: body.displayName ?? body.accountId, groups };
    },

    async setAppFieldValues(updates) {
      // One call for both fields; no changelog entry per write, the CAB audit trail is the record of changes.
      await expectOk('Updating the CAB fields', route`/rest/api/3/app/field/value?generateChangelog=false`, {
        method: 'POST',
        body: { updates: updates.map((update) => ({ customField: update.fieldId, issueIds: update.issueIds.map(Number), value: update.value })) },
      });
    },

    async searchIssues(jql, fieldIds, maxResults) {
      const response = await expectOk('Searching the CAB agenda', route`/rest/api/3/search/jql`, {
        method: 'POST',
        body: { jql, fields: ['summary', ...fieldIds], maxResults },
      });
      const body = (await response.json()) as SearchBody;
      return (body.issues ?? []).map((issue): IssueSnapshot => {
        const fields = issue.fields ?? {};
        return {
          id: issue.id,
          key: issue.key,
          summary: typeof fields.summary === 'string' ? fields.summary : '',
          fields: Object.fromEntries(fieldIds.map((id) => [id, fields[id] ?? null])),
        };
      });
    },

    async listStatuses() {
      const response = await expectOk('Listing the workflow statuses', route`/rest/api/3/status`);
      const statuses = (await response.json()) as { id?: string; name?: string }[];
      return statuses.flatMap((status) => (typeof status.id === 'string' && typeof status.name === 'string' ? [{ id: status.id, name: status.name }] : []));
    },
  };
}

/** Jira as the app: the read-only fields, notifications and the workflow validator (which runs without a user). */
export const cabJiraAsApp = (): CabJiraPort => cabJiraPort(asApp(), jiraAsApp());

/** Jira as the calling user: Jira enforces that user's Browse and Edit permissions on every call. */
export const cabJiraAsUser = (): CabJiraPort => cabJiraPort(asUser(), jiraAsUser());
