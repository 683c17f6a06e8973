import { FINDING_KIND_LABELS, isNonconformity } from '../../domain/audit/finding';
import { closureGaps, gapText } from '../../domain/audit/nonconformityClosure';
import type { Nonconformity } from '../../domain/audit/nonconformity';
import { fail, ok, type HandlerResult } from '../../handlers/shared/result';
import type { AuditExecutionJira, AuditExecutionSettings, AuditIssue } from '../../ports/auditExecution';
import { actionStates } from './actionStates';
import type { ClosureView, NonconformityView } from './auditPanelView';

const ISSUE_NOT_VISIBLE = 'The issue does not exist or you do not have permission to see it.';

/** The issue as the calling user sees it: Jira's 404 for an issue they may not browse is the browse check. */
export async function visibleIssue(jira: AuditExecutionJira, issueId: string): Promise<HandlerResult<AuditIssue>> {
  const issue = await jira.getIssue(issueId);
  return issue === null ? fail('NOT_FOUND', ISSUE_NOT_VISIBLE) : ok(issue);
}

/** As `visibleIssue`, and the user holds Edit Issues on it. */
export async function editableIssue(jira: AuditExecutionJira, issueId: string, what: string): Promise<HandlerResult<AuditIssue>> {
  const issue = await visibleIssue(jira, issueId);
  if (!issue.ok) return issue;
  if (!(await jira.canEditIssue(issue.value.id))) return fail('FORBIDDEN', `You need the Edit Issues permission on ${issue.value.key} to ${what}.`);
  return issue;
}

export const isAuditIssue = (issue: AuditIssue, settings: AuditExecutionSettings): boolean =>
  issue.issueType === settings.auditIssueType && issue.audit?.role === 'audit';

export const isFindingIssue = (issue: AuditIssue, settings: AuditExecutionSettings): boolean => issue.issueType === settings.findingIssueType;

export const kindLabelOf = (issue: AuditIssue): string => (issue.audit?.findingKind === undefined ? 'Finding' : FINDING_KIND_LABELS[issue.audit.findingKind]);

export const isNonconformityIssue = (issue: AuditIssue): boolean => issue.audit?.findingKind !== undefined && isNonconformity(issue.audit.findingKind);

export async function presentNonconformity(jira: AuditExecutionJira, record: Nonconformity): Promise<NonconformityView> {
  const actions = await actionStates(jira, record.correctiveActions);
  return {
    rootCause: record.rootCause,
    correction: record.correction,
    correctiveActions: actions,
    effectiveness: record.effectiveness,
    version: record.version,
    closure: closureOf(record, actions),
    history: [...record.history].reverse(),
  };
}

export function closureOf(record: Nonconformity, actions: Parameters<typeof closureGaps>[1]): ClosureView {
  const gaps = closureGaps(record, actions);
  return { canClose: gaps.length === 0, missing: gaps.map(gapText) };
}
