import type { CabContext } from '../../domain/cab';
import type { CabJiraPort } from '../../ports/cabJira';
import type { CabSettings } from '../../ports/cabSettings';
import type { CabSettingsRepository } from '../../ports/cabStore';

/** The facts of a change issue the CAB rules depend on, read fresh on every use (people change). */
export interface ChangeIssue {
  issueId: string;
  issueKey: string;
  summary: string;
  /** The issue's reporter: the change requester for segregation of duties. */
  requester: string;
  assignee: string | null;
  /** The issue type's name: the CAB acts only on the configured change types. */
  issueType: string;
}

export const PEOPLE_FIELDS = ['reporter', 'assignee'] as const;
const CHANGE_FIELDS = [...PEOPLE_FIELDS, 'issuetype'] as const;

export function accountIdOf(value: unknown): string | null {
  if (value === null || typeof value !== 'object') return null;
  const accountId = (value as { accountId?: unknown }).accountId;
  return typeof accountId === 'string' && accountId !== '' ? accountId : null;
}

/** `null` when the issue does not exist or this identity cannot browse it (Jira answers both with 404). */
export async function loadChange(jira: CabJiraPort, issueIdOrKey: string): Promise<ChangeIssue | null> {
  const issue = await jira.getIssue(issueIdOrKey, CHANGE_FIELDS);
  if (issue === null) return null;
  return {
    issueId: issue.id,
    issueKey: issue.key,
    summary: issue.summary,
    // An issue without a reporter has no requester to exclude: the empty id matches no voter.
    requester: accountIdOf(issue.fields.reporter) ?? '',
    assignee: accountIdOf(issue.fields.assignee),
    issueType: nameOf(issue.fields.issuetype),
  };
}

function nameOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return '';
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

/** Jira compares issue type names case-insensitively in JQL; the settings follow it. */
export function isChangeIssue(settings: CabSettings, change: ChangeIssue): boolean {
  const type = change.issueType.trim().toLowerCase();
  return settings.changeIssueTypes.some((name) => name.trim().toLowerCase() === type);
}

/** Why the CAB declines an issue of another type: the panel shows it as a short note, not as an error. */
export function notAChange(settings: CabSettings, change: ChangeIssue) {
  const types = settings.changeIssueTypes.join(', ');
  return {
    ok: false as const,
    error: { code: 'NOT_FOUND' as const, reason: 'NOT_A_CHANGE' as const, message: `${change.issueKey} is a ${change.issueType || 'issue'}, not a change: the CAB checklist applies to issues of type ${types}.` },
  };
}

/**
 * The template a record is evaluated with: the version it started on, which stays valid after the admin edits the
 * template (records keep their version). A change without a record starts on the current template.
 */
export async function templateFor(settings: CabSettings, templates: Pick<CabSettingsRepository, 'getTemplate'>, templateVersion: number | undefined): Promise<CabSettings['template']> {
  if (templateVersion === undefined || templateVersion === settings.template.version) return settings.template;
  const template = await templates.getTemplate(templateVersion);
  // A missing version would silently re-evaluate answers against other questions: refuse loudly instead.
  if (template === undefined) throw new Error(`Checklist template version ${templateVersion} is not stored: the record cannot be evaluated.`);
  return template;
}

export function cabContextFor(settings: CabSettings, people: { requester: string; assignee: string | null }, template: CabSettings['template'] = settings.template): CabContext {
  return { template, matrix: settings.matrix, policy: settings.policy, requester: people.requester, assignee: people.assignee };
}
