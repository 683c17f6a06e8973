import { fail, ok, type HandlerResult } from '../../handlers/shared/result';
import type { AuditIssueView } from './auditPanelView';
import type { AuditExecutionPorts } from './executionPorts';
import { presentAudit } from './getAuditPanel';
import { editableIssue } from './loadAuditIssue';

/** The audit conclusions (ISO 19011 6.4.9) the report carries; compare-and-set on the execution record's version. */
export async function saveConclusions(
  ports: Pick<AuditExecutionPorts, 'jira' | 'store'>,
  auditIssueId: string,
  input: { conclusions: string; expectedVersion: number },
): Promise<HandlerResult<AuditIssueView>> {
  const issue = await editableIssue(ports.jira, auditIssueId, 'write the audit conclusions');
  if (!issue.ok) return issue;
  const execution = await ports.store.readExecution(issue.value.id);
  if (execution === null) return fail('NOT_FOUND', `${issue.value.key} was not started from the audit programme.`);
  const next = { ...execution, conclusions: input.conclusions, version: execution.version + 1 };
  if (execution.version !== input.expectedVersion || !(await ports.store.writeExecution(next, input.expectedVersion))) {
    return fail('CONFLICT', 'Someone else changed the conclusions since you opened the audit. Reload the panel and try again.');
  }
  return ok(await presentAudit(ports, issue.value));
}
