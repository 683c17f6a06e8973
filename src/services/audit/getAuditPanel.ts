import { checklistProgress } from '../../domain/audit/checklist';
import { AUDIT_ID_SEARCH_ALIAS } from '../../domain/audit/finding';
import { and, equals } from '../../domain/jql';
import { ok, type HandlerResult } from '../../handlers/shared/result';
import type { AuditIssue } from '../../ports/auditExecution';
import { actionStates } from './actionStates';
import type { AuditIssueView, AuditPanelView, FindingIssueView, FindingRow } from './auditPanelView';
import type { AuditExecutionPorts } from './executionPorts';
import { closureOf, isAuditIssue, isFindingIssue, kindLabelOf, presentNonconformity, visibleIssue } from './loadAuditIssue';

type PanelPorts = Pick<AuditExecutionPorts, 'jira' | 'store'>;

/** What the audit panel shows on the issue it is open on, as the calling user may see it. */
export async function getAuditPanel(ports: PanelPorts, issueId: string): Promise<HandlerResult<AuditPanelView>> {
  const issue = await visibleIssue(ports.jira, issueId);
  if (!issue.ok) return issue;
  const settings = await ports.store.settings();
  if (isAuditIssue(issue.value, settings)) return ok(await presentAudit(ports, issue.value));
  if (isFindingIssue(issue.value, settings)) return ok(await presentFinding(ports, issue.value));
  return ok({ kind: 'other', message: `The audit panel works on ${settings.auditIssueType} and ${settings.findingIssueType} issues started from the audit programme.` });
}

export async function presentAudit(ports: PanelPorts, issue: AuditIssue): Promise<AuditIssueView> {
  const [execution, canEdit, findings] = await Promise.all([
    ports.store.readExecution(issue.id),
    ports.jira.canEditIssue(issue.id),
    findingRows(ports, issue),
  ]);
  const progress = checklistProgress(issue.description);
  const checked = new Set(progress.checkedClauses);
  return {
    kind: 'audit',
    issueKey: issue.key,
    auditId: issue.audit?.auditId ?? '',
    canEdit,
    period: execution?.period ?? null,
    checklist: (execution?.checklist ?? []).map((line) => ({ ...line, isChecked: checked.has(line.clause) })),
    progress: { total: progress.total, checked: progress.checked },
    unlinkedClauses: execution?.unlinkedClauses ?? [],
    conclusions: execution?.conclusions ?? '',
    version: execution?.version ?? 0,
    findings,
  };
}

/**
 * The audit's findings (issues carrying its audit id) with each nonconformity's closure state: one search, one
 * store query and one bulk fetch of every corrective action, whatever the number of findings.
 */
export async function findingRows(ports: PanelPorts, audit: AuditIssue): Promise<FindingRow[]> {
  if (audit.audit === null) return [];
  const settings = await ports.store.settings();
  const [issues, records] = await Promise.all([
    ports.jira.searchIssues(`${and(equals(AUDIT_ID_SEARCH_ALIAS, audit.audit.auditId), equals('issuetype', settings.findingIssueType)).text} ORDER BY key ASC`),
    ports.store.listNonconformities(audit.key),
  ]);
  const states = await actionStates(ports.jira, records.flatMap((record) => record.correctiveActions));
  const stateOf = new Map(states.map((state) => [state.issueId, state]));
  const recordOf = new Map(records.map((record) => [record.findingIssueId, record]));
  return issues.map((finding) => {
    const record = recordOf.get(finding.id);
    const actions = record?.correctiveActions.flatMap((action) => stateOf.get(action.issueId) ?? []) ?? [];
    return {
      issueKey: finding.key,
      summary: finding.summary,
      kind: finding.audit?.findingKind ?? null,
      kindLabel: kindLabelOf(finding),
      status: finding.status,
      isDone: finding.isDone,
      closure: record === undefined ? null : closureOf(record, actions),
    };
  });
}

async function presentFinding(ports: PanelPorts, issue: AuditIssue): Promise<FindingIssueView> {
  const [record, canEdit] = await Promise.all([ports.store.readNonconformity(issue.id), ports.jira.canEditIssue(issue.id)]);
  return {
    kind: 'finding',
    issueKey: issue.key,
    auditIssueKey: record?.auditIssueKey ?? issue.parentKey,
    findingKind: issue.audit?.findingKind ?? record?.kind ?? null,
    kindLabel: kindLabelOf(issue),
    status: issue.status,
    canEdit,
    nonconformity: record === null ? null : await presentNonconformity(ports.jira, record),
  };
}
