import type { CabContext } from '../../domain/cab';
import type { CabJiraPort } from '../../ports/cabJira';
import type { CabSettings } from '../../ports/cabSettings';

/** The facts of a change issue the CAB rules depend on, read fresh on every use (people change). */
export interface ChangeIssue {
  issueId: string;
  issueKey: string;
  summary: string;
  /** The issue's reporter: the change requester for segregation of duties. */
  requester: string;
  assignee: string | null;
}

export const PEOPLE_FIELDS = ['reporter', 'assignee'] as const;

export function accountIdOf(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const accountId = (value as { accountId?: unknown }).accountId;
  return typeof accountId === 'string' && accountId !== '' ? accountId : null;
}

/** `null` when the issue does not exist or this identity cannot browse it (Jira answers both with 404). */
export async function loadChange(jira: CabJiraPort, issueIdOrKey: string): Promise<ChangeIssue | null> {
  const issue = await jira.getIssue(issueIdOrKey, PEOPLE_FIELDS);
  if (issue === null) return null;
  return {
    issueId: issue.id,
    issueKey: issue.key,
    summary: issue.summary,
    // An issue without a reporter has no requester to exclude: the empty id matches no voter.
    requester: accountIdOf(issue.fields.reporter) ?? '',
    assignee: accountIdOf(issue.fields.assignee),
  };
}

export function cabContextFor(settings: CabSettings, people: { requester: string; assignee: string | null }): CabContext {
  return { template: settings.template, matrix: settings.matrix, policy: settings.policy, requester: people.requester, assignee: people.assignee };
}
