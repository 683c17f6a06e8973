import type { JiraSimulator } from '../workbench/jira/simulator';

const APP = { kind: 'app' } as const;

/** Naive collection: classic 100-issue pages with all navigable fields, then one GET per issue. */
export async function collectIdsNaively(jira: JiraSimulator, jql: string): Promise<{ restCalls: number; invocations: number }> {
  let restCalls = 0;
  let nextPageToken: string | undefined;
  const ids: string[] = [];
  do {
    const response = await jira.handle({ method: 'POST', path: '/rest/api/3/search/jql', headers: {}, body: { jql, maxResults: 100, fields: ['*navigable'], nextPageToken }, actor: APP });
    restCalls += 1;
    const page = response.body as { issues: { id: string }[]; nextPageToken?: string };
    ids.push(...page.issues.map((issue) => issue.id));
    nextPageToken = page.nextPageToken;
  } while (nextPageToken);
  for (const id of ids) {
    await jira.handle({ method: 'GET', path: `/rest/api/3/issue/${id}`, headers: {}, actor: APP });
    restCalls += 1;
  }
  return { restCalls, invocations: 0 };
}

/** Token paging asking for ids only: up to 5,000 ids a page, nothing else fetched. */
export async function collectIdsWithTokenPaging(jira: JiraSimulator, jql: string): Promise<{ restCalls: number; invocations: number }> {
  let restCalls = 0;
  let nextPageToken: string | undefined;
  do {
    const response = await jira.handle({ method: 'POST', path: '/rest/api/3/search/jql', headers: {}, body: { jql, maxResults: 5000, fields: ['id'], nextPageToken }, actor: APP });
    restCalls += 1;
    nextPageToken = (response.body as { nextPageToken?: string }).nextPageToken;
  } while (nextPageToken);
  return { restCalls, invocations: 0 };
}
