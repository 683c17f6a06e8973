import { asUser, route } from '@forge/api';
import { COMPLIANCE_LINKS_PROPERTY_KEY } from '../domain/schemas/complianceLinks';
import type { IssueLinksJira } from '../ports/complianceLinks';
import { jiraAsUser, jiraRequests } from './forgeJiraPort';

/** The links property as the calling user, so Jira enforces Browse (read) and Edit Issues (write) itself. */
export function issueLinksJiraAsUser(): IssueLinksJira {
  const { call, expectOk, errorOf } = jiraRequests(asUser());
  const base = jiraAsUser();
  return {
    async readLinks(issueId) {
      const response = await call('Reading the compliance links', route`/rest/api/3/issue/${issueId}/properties/${COMPLIANCE_LINKS_PROPERTY_KEY}`);
      if (response.ok) return { found: true, value: ((await response.json()) as { value?: unknown }).value };
      if (response.status !== 404) throw await errorOf(response, 'Reading the compliance links');
      // 404 means either "no such issue (or not yours to see)" or "no property yet": ask for the issue to tell them apart.
      const issue = await base.getIssue(issueId, []);
      if (issue === null) return { found: false };
      return { found: true, value: undefined };
    },
    async writeLinks(issueId, links) {
      await expectOk('Saving the compliance links', route`/rest/api/3/issue/${issueId}/properties/${COMPLIANCE_LINKS_PROPERTY_KEY}`, { method: 'PUT', body: links });
    },
    canEditIssue: (issueId) => base.canEditIssue(issueId),
  };
}
