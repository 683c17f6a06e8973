import { asApp, route, type APIResponse } from '@forge/api';
import { and, equals } from '../domain/jql';
import { JiraError } from '../ports/jiraPort';
import type { ReviewJira, ReviewTaskFields } from '../ports/reviewsPorts';
import { jiraRequests, type Requester } from './forgeJiraPort';

/** Jira's answer when a field is not on the project's create or edit screen: `{errors: {duedate: "..."}}`. */
function namesDueDate(body: string): boolean {
  try {
    return (JSON.parse(body) as { errors?: Record<string, unknown> }).errors?.duedate !== undefined;
  } catch {
    return false;
  }
}

function fieldsOf(fields: ReviewTaskFields, withDueDate: boolean): Record<string, unknown> {
  return {
    summary: fields.summary,
    description: fields.description,
    assignee: fields.assignee === null ? null : { accountId: fields.assignee },
    ...(withDueDate && fields.dueDate !== null ? { duedate: fields.dueDate } : {}),
  };
}

/**
 * Review tasks as the app. A project whose screens leave out Due date refuses `duedate`: the task is then written
 * without it (its summary carries the date) and the rest of the run skips the field instead of failing twice.
 */
export function reviewJira(requester: Requester = asApp()): ReviewJira {
  const { call, expectOk, errorOf } = jiraRequests(requester);
  let isDueDateAccepted = true;

  async function withDueDateFallback(what: string, send: (withDueDate: boolean) => Promise<APIResponse>): Promise<APIResponse> {
    let response = await send(isDueDateAccepted);
    if (isDueDateAccepted && response.status === 400) {
      const body = await response.text();
      if (!namesDueDate(body)) throw new JiraError(400, `${what} failed with HTTP 400: ${body.slice(0, 300)}`);
      isDueDateAccepted = false;
      response = await send(false);
    }
    if (!response.ok) throw await errorOf(response, what);
    return response;
  }

  return {
    async createTask(task) {
      const response = await withDueDateFallback('Creating the review task', (withDueDate) =>
        call('Creating the review task', route`/rest/api/3/issue`, {
          method: 'POST',
          body: { fields: { project: { key: task.projectKey }, issuetype: { name: task.issueTypeName }, labels: task.labels, ...fieldsOf(task, withDueDate) } },
        }),
      );
      const created = (await response.json()) as { key: string };
      return { key: created.key };
    },

    async updateTask(issueKey, fields, addLabel) {
      await withDueDateFallback('Updating the review task', (withDueDate) =>
        call('Updating the review task', route`/rest/api/3/issue/${issueKey}`, {
          method: 'PUT',
          body: { fields: fieldsOf(fields, withDueDate), ...(addLabel === undefined ? {} : { update: { labels: [{ add: addLabel }] } }) },
        }),
      );
    },

    async taskState(issueKey) {
      const response = await call('Reading the review task', route`/rest/api/3/issue/${issueKey}?fields=status`);
      if (response.status === 404) return 'missing';
      if (!response.ok) throw await errorOf(response, 'Reading the review task');
      const body = (await response.json()) as { fields?: { status?: { statusCategory?: { key?: string } } } };
      return body.fields?.status?.statusCategory?.key === 'done' ? 'done' : 'open';
    },

    async findTaskByLabel(projectKey, label) {
      const jql = `${and(equals('project', projectKey), equals('labels', label)).text} ORDER BY created ASC`;
      const response = await expectOk('Searching for the review task', route`/rest/api/3/search/jql`, { method: 'POST', body: { jql, fields: ['key'], maxResults: 1 } });
      const body = (await response.json()) as { issues?: { key: string }[] };
      return body.issues?.[0]?.key ?? null;
    },

    async addComment(issueKey, body) {
      const response = await call('Commenting the digest', route`/rest/api/3/issue/${issueKey}/comment`, { method: 'POST', body: { body } });
      if (response.status === 404) return false;
      if (!response.ok) throw await errorOf(response, 'Commenting the digest');
      return true;
    },

    async projectLead(projectKey) {
      const response = await call('Reading the review project', route`/rest/api/3/project/${projectKey}`);
      if (response.status === 404) return null;
      if (!response.ok) throw await errorOf(response, 'Reading the review project');
      const body = (await response.json()) as { lead?: { accountId?: string } };
      return body.lead?.accountId ?? null;
    },
  };
}
