import type { SimTransition, SimWorkflow } from '../jira/model';

/** The workflow for an issue type in a project: one naming the type wins over the project's catch-all. */
export function workflowFor(workflows: readonly SimWorkflow[], projectId: string, issueTypeId: string): SimWorkflow | undefined {
  const own = workflows.filter((w) => w.projectId === projectId);
  return own.find((w) => w.issueTypeIds.includes(issueTypeId)) ?? own.find((w) => w.issueTypeIds.length === 0);
}

/** The transition that moves an issue from one status to another, global transitions included. */
export function transitionBetween(workflow: SimWorkflow, fromStatusId: string, toStatusId: string): SimTransition | undefined {
  return workflow.transitions.find((t) => t.to === toStatusId && (t.from.length === 0 || t.from.includes(fromStatusId)));
}
