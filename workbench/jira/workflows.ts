import type { SimState, SimTransition, SimWorkflow } from './model';

/** The workflow of a (project, issue type): a workflow naming the type wins over the project's catch-all one. */
export function workflowFor(state: SimState, projectId: string, issueTypeId: string): SimWorkflow {
  const candidates = state.workflows.filter((w) => w.projectId === projectId);
  const workflow =
    candidates.find((w) => w.issueTypeIds.includes(issueTypeId)) ?? candidates.find((w) => w.issueTypeIds.length === 0);
  if (!workflow) throw new Error(`Simulator state has no workflow for project ${projectId}, issue type ${issueTypeId}`);
  return workflow;
}

export function transitionsFrom(workflow: SimWorkflow, statusId: string): SimTransition[] {
  return workflow.transitions.filter((t) => t.from.length === 0 || t.from.includes(statusId));
}
