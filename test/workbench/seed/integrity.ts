import type { SimState, SimWorkflow } from '../../../workbench/jira/model';

const DAY_MS = 86_400_000;

function workflowOf(state: SimState, projectId: string, issueTypeId: string): SimWorkflow | undefined {
  const own = state.workflows.filter((w) => w.projectId === projectId);
  return own.find((w) => w.issueTypeIds.includes(issueTypeId)) ?? own.find((w) => w.issueTypeIds.length === 0);
}

function reachableStatuses(workflow: SimWorkflow): Set<string> {
  const seen = new Set([workflow.initialStatusId]);
  const queue = [workflow.initialStatusId];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    for (const t of workflow.transitions) {
      if ((t.from.length === 0 || t.from.includes(at)) && !seen.has(t.to)) {
        seen.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return seen;
}

function hasTransition(workflow: SimWorkflow, from: string, to: string): boolean {
  return workflow.transitions.some((t) => t.to === to && (t.from.length === 0 || t.from.includes(from)));
}

/**
 * Every way a seeded state could contradict itself or Jira, as readable sentences (empty when consistent).
 * Written independently of the generator so the two cannot share a mistake.
 */
export function integrityProblems(state: SimState, now: Date): string[] {
  const problems: string[] = [];
  const nowMs = now.getTime();
  const users = new Set(state.users.map((u) => u.accountId));
  const projects = new Map(state.projects.map((p) => [p.id, p]));
  const types = new Map(state.issueTypes.map((t) => [t.id, t]));
  const statuses = new Map(state.statuses.map((s) => [s.id, s]));
  const priorities = new Set(state.priorities.map((p) => p.id));
  const resolutions = new Set(state.resolutions.map((r) => r.id));
  const issueIds = new Set<string>();
  const keys = new Set<string>();
  const keyNumbers = new Map<string, number[]>();
  const reachable = new Map<SimWorkflow, Set<string>>();
  const commentIds = new Set<string>();
  const changelogIds = new Set<string>();
  const max = { issueId: 0, commentId: 0, changelogId: 0, linkId: 0 };

  for (const issue of state.issues) {
    const where = `${issue.key}:`;
    if (issueIds.has(issue.id)) problems.push(`${where} duplicate id ${issue.id}`);
    if (keys.has(issue.key)) problems.push(`${where} duplicate key`);
    issueIds.add(issue.id);
    keys.add(issue.key);
    if (!/^\d+$/.test(issue.id) || Number(issue.id) < 10000) problems.push(`${where} id ${issue.id} is not numeric from 10000`);
    max.issueId = Math.max(max.issueId, Number(issue.id));

    const project = projects.get(issue.projectId);
    if (!project) {
      problems.push(`${where} unknown project ${issue.projectId}`);
      continue;
    }
    const match = /^([A-Z]+)-(\d+)$/.exec(issue.key);
    if (!match || match[1] !== project.key) problems.push(`${where} key does not belong to project ${project.key}`);
    else keyNumbers.set(project.key, [...(keyNumbers.get(project.key) ?? []), Number(match[2])]);

    const type = types.get(issue.issueTypeId);
    if (!type) problems.push(`${where} unknown issue type ${issue.issueTypeId}`);
    if (!project.issueTypeIds.includes(issue.issueTypeId)) problems.push(`${where} type ${issue.issueTypeId} not allowed in ${project.key}`);
    if (type?.scopeProjectId !== undefined && type.scopeProjectId !== project.id) problems.push(`${where} type scoped to another project`);

    const workflow = workflowOf(state, issue.projectId, issue.issueTypeId);
    const status = statuses.get(issue.statusId);
    if (!workflow) problems.push(`${where} no workflow`);
    if (!status) problems.push(`${where} unknown status ${issue.statusId}`);
    if (workflow) {
      if (!reachable.has(workflow)) reachable.set(workflow, reachableStatuses(workflow));
      if (!reachable.get(workflow)?.has(issue.statusId)) problems.push(`${where} status ${issue.statusId} unreachable in ${workflow.name}`);
      let at = workflow.initialStatusId;
      for (const entry of issue.changelog) {
        for (const item of entry.items.filter((i) => i.fieldId === 'status')) {
          if (item.from !== at) problems.push(`${where} changelog ${entry.id} moves from ${item.from} but the issue was in ${at}`);
          if (item.from !== null && item.to !== null && !hasTransition(workflow, item.from, item.to)) problems.push(`${where} no transition ${item.from} → ${item.to}`);
          at = item.to ?? at;
        }
      }
      if (at !== issue.statusId) problems.push(`${where} changelog ends in ${at}, issue is in ${issue.statusId}`);
    }

    for (const person of [issue.reporterAccountId, issue.assigneeAccountId, ...issue.comments.map((c) => c.authorAccountId), ...issue.changelog.map((c) => c.authorAccountId)]) {
      if (person !== null && !users.has(person)) problems.push(`${where} unknown user ${person}`);
    }
    if (issue.priorityId !== null && !priorities.has(issue.priorityId)) problems.push(`${where} unknown priority ${issue.priorityId}`);
    if (issue.resolutionId !== null && !resolutions.has(issue.resolutionId)) problems.push(`${where} unknown resolution ${issue.resolutionId}`);
    const isDone = status?.statusCategory === 'done';
    if ((issue.resolutionId !== null) !== isDone) problems.push(`${where} resolution ${issue.resolutionId} but status category ${status?.statusCategory}`);
    if ((issue.resolutiondate !== null) !== isDone) problems.push(`${where} resolutiondate ${issue.resolutiondate} but status category ${status?.statusCategory}`);

    const created = Date.parse(issue.created);
    const updated = Date.parse(issue.updated);
    if (!(created >= nowMs - 365 * DAY_MS)) problems.push(`${where} created ${issue.created} more than 12 months before now`);
    if (!(created <= updated && updated <= nowMs)) problems.push(`${where} created ${issue.created}, updated ${issue.updated}, now ${now.toISOString()} out of order`);
    if (issue.resolutiondate !== null) {
      const resolved = Date.parse(issue.resolutiondate);
      if (!(created <= resolved && resolved <= updated)) problems.push(`${where} resolved ${issue.resolutiondate} outside created..updated`);
    }
    let previous = created;
    for (const entry of issue.changelog) {
      const at = Date.parse(entry.created);
      if (!(previous <= at && at <= updated)) problems.push(`${where} changelog ${entry.id} at ${entry.created} out of order`);
      previous = at;
      if (changelogIds.has(entry.id)) problems.push(`${where} duplicate changelog id ${entry.id}`);
      changelogIds.add(entry.id);
      max.changelogId = Math.max(max.changelogId, Number(entry.id));
    }
    for (const comment of issue.comments) {
      const at = Date.parse(comment.created);
      if (!(created <= at && at <= updated)) problems.push(`${where} comment ${comment.id} at ${comment.created} outside created..updated`);
      if (commentIds.has(comment.id)) problems.push(`${where} duplicate comment id ${comment.id}`);
      commentIds.add(comment.id);
      max.commentId = Math.max(max.commentId, Number(comment.id));
    }
  }

  for (const [projectKey, numbers] of keyNumbers) {
    const inOrder = numbers.every((n, i) => n === i + 1);
    if (!inOrder) problems.push(`${projectKey}: keys are not sequential from ${projectKey}-1 in issue order`);
    if ((state.counters[`issueKey:${projectKey}`] ?? -1) < numbers.length) problems.push(`${projectKey}: key counter behind the last key`);
  }

  const linkTypes = new Set(state.linkTypes.map((t) => t.id));
  const linkIds = new Set<string>();
  for (const link of state.links) {
    if (linkIds.has(link.id)) problems.push(`link ${link.id}: duplicate id`);
    linkIds.add(link.id);
    max.linkId = Math.max(max.linkId, Number(link.id));
    if (!linkTypes.has(link.typeId)) problems.push(`link ${link.id}: unknown type ${link.typeId}`);
    if (!issueIds.has(link.inwardIssueId) || !issueIds.has(link.outwardIssueId)) problems.push(`link ${link.id}: an end does not exist`);
    if (link.inwardIssueId === link.outwardIssueId) problems.push(`link ${link.id}: links an issue to itself`);
  }

  for (const [counter, highest] of Object.entries(max)) {
    if ((state.counters[counter] ?? -1) < highest) problems.push(`counter ${counter} is ${state.counters[counter]}, below the highest id ${highest}`);
  }
  return problems;
}
