import { closureGaps, closureRefusal } from '../../domain/audit/nonconformityClosure';
import { actionStates } from './actionStates';
import type { ClosureGatePorts } from './executionPorts';
import { isNonconformityIssue } from './loadAuditIssue';

export type ClosureDecision = { allowed: true } | { allowed: false; message: string };

/**
 * The `nc-closure-gate` decision, as the app (validators run without a user). Transitions into statuses outside
 * Jira's done category pass; closing a nonconformity needs its clause 10 record complete. Other issues of the
 * workflow (audits, tasks, observations) pass, so the validator can sit on a workflow shared by all IMS types.
 */
export async function gateNonconformity(ports: ClosureGatePorts, request: { issueKey: string; toStatusId: string }): Promise<ClosureDecision> {
  const statuses = await ports.jira.statusCategories();
  const target = statuses.get(request.toStatusId);
  // Fail closed: a status the app cannot place might be a done one.
  if (target === undefined) return { allowed: false, message: `The nonconformity closure could not be checked: status ${request.toStatusId} is unknown.` };
  if (!target.isDone) return { allowed: true };

  const issue = await ports.jira.getIssue(request.issueKey);
  if (issue === null) return { allowed: false, message: `The nonconformity closure could not be checked: ${request.issueKey} was not found.` };
  const record = await ports.store.readNonconformity(issue.id);
  if (record === null) {
    // A nonconformity by its property but without a record was not raised through the app's checks: refuse.
    return isNonconformityIssue(issue)
      ? { allowed: false, message: `${issue.key} has no corrective action record: open the audit panel to record the root cause, correction and actions.` }
      : { allowed: true };
  }
  const gaps = closureGaps(record, await actionStates(ports.jira, record.correctiveActions));
  return gaps.length === 0 ? { allowed: true } : { allowed: false, message: closureRefusal(issue.key, gaps) };
}
