import type { CorrectiveActionRef } from '../../domain/audit/nonconformity';
import type { ActionState } from '../../domain/audit/nonconformityClosure';
import type { AuditExecutionJira } from '../../ports/auditExecution';

/**
 * The current Jira state of corrective actions, in one bulk fetch. An action Jira no longer returns (deleted, or
 * moved where the identity cannot see it) is not done: closing on evidence nobody can see would fail an audit.
 */
export async function actionStates(jira: Pick<AuditExecutionJira, 'fetchIssues'>, actions: readonly CorrectiveActionRef[]): Promise<ActionState[]> {
  if (actions.length === 0) return [];
  const found = new Map((await jira.fetchIssues(actions.map((action) => action.issueId))).map((issue) => [issue.id, issue]));
  return actions.map((action) => {
    const issue = found.get(action.issueId);
    return { issueId: action.issueId, issueKey: issue?.key ?? action.issueKey, summary: issue?.summary ?? null, status: issue?.status ?? null, isDone: issue?.isDone ?? false };
  });
}
