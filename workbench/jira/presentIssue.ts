import type { SimIssue, SimIssueLink } from './model';
import { type SimContext, selfUrl } from './context';
import { formatJiraDate } from './dates';
import type { FieldSelection } from './fieldSelection';
import { presentComment } from './presentActivity';
import { presentIssueType, presentLinkType, presentPriority, presentProject, presentResolution, presentStatus } from './presentMeta';
import { presentUserDetails } from './presentUser';

function byId<T extends { id: string }>(items: T[], id: string | null | undefined, what: string): T | null {
  if (id === null || id === undefined) return null;
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`Simulator state is inconsistent: unknown ${what} ${id}`);
  return found;
}

export function issueSelf(ctx: SimContext, issue: SimIssue): string {
  return selfUrl(ctx, `/rest/api/3/issue/${issue.id}`);
}

/** The short form Jira nests for linked issues and parents (`LinkedIssue`, whose `fields` is the `Fields` schema). */
export function presentLinkedIssue(ctx: SimContext, issue: SimIssue): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    summary: issue.summary,
    status: presentStatus(ctx, byId(ctx.state.statuses, issue.statusId, 'status')!),
    issuetype: presentIssueType(ctx, byId(ctx.state.issueTypes, issue.issueTypeId, 'issue type')!),
  };
  const priority = byId(ctx.state.priorities, issue.priorityId, 'priority');
  if (priority) fields.priority = presentPriority(ctx, priority);
  return { id: issue.id, key: issue.key, self: issueSelf(ctx, issue), fields };
}

export function presentIssueLink(ctx: SimContext, link: SimIssueLink, viewedFrom?: SimIssue): Record<string, unknown> {
  const type = byId(ctx.state.linkTypes, link.typeId, 'link type')!;
  const inward = byId(ctx.state.issues, link.inwardIssueId, 'issue')!;
  const outward = byId(ctx.state.issues, link.outwardIssueId, 'issue')!;
  const body: Record<string, unknown> = {
    id: link.id,
    self: selfUrl(ctx, `/rest/api/3/issueLink/${link.id}`),
    type: presentLinkType(ctx, type),
  };
  // Seen from one of its issues, a link names only the other side (as in the issue's `issuelinks` field).
  if (viewedFrom?.id !== inward.id) body.inwardIssue = presentLinkedIssue(ctx, inward);
  if (viewedFrom?.id !== outward.id) body.outwardIssue = presentLinkedIssue(ctx, outward);
  return body;
}

/** System fields as thunks: a search page of 5,000 ids must not build comments and links it will not return. */
function systemFields(ctx: SimContext, issue: SimIssue): Record<string, () => unknown> {
  const { state } = ctx;
  const user = (accountId: string | null) => (accountId === null ? null : presentUserDetails(ctx, accountId));
  const status = () => presentStatus(ctx, byId(state.statuses, issue.statusId, 'status')!);
  const parent = () => byId(state.issues, issue.parentId, 'parent issue');
  const fields: Record<string, () => unknown> = {
    summary: () => issue.summary,
    description: () => issue.description ?? null,
    labels: () => issue.labels,
    priority: () => {
      const priority = byId(state.priorities, issue.priorityId, 'priority');
      return priority ? presentPriority(ctx, priority) : null;
    },
    assignee: () => user(issue.assigneeAccountId),
    reporter: () => user(issue.reporterAccountId),
    creator: () => user(issue.reporterAccountId),
    status,
    statusCategory: () => status().statusCategory,
    issuetype: () => presentIssueType(ctx, byId(state.issueTypes, issue.issueTypeId, 'issue type')!),
    project: () => presentProject(ctx, byId(state.projects, issue.projectId, 'project')!, false),
    created: () => formatJiraDate(issue.created),
    updated: () => formatJiraDate(issue.updated),
    resolution: () => {
      const resolution = byId(state.resolutions, issue.resolutionId, 'resolution');
      return resolution ? presentResolution(ctx, resolution) : null;
    },
    resolutiondate: () => (issue.resolutiondate ? formatJiraDate(issue.resolutiondate) : null),
    subtasks: () => state.issues.filter((i) => i.parentId === issue.id && isSubtask(ctx, i)).map((i) => presentLinkedIssue(ctx, i)),
    issuelinks: () =>
      state.links
        .filter((l) => l.inwardIssueId === issue.id || l.outwardIssueId === issue.id)
        .map((l) => presentIssueLink(ctx, l, issue)),
    comment: () => ({
      comments: issue.comments.map((c) => presentComment(ctx, issue, c)),
      self: selfUrl(ctx, `/rest/api/3/issue/${issue.id}/comment`),
      maxResults: issue.comments.length,
      total: issue.comments.length,
      startAt: 0,
    }),
  };
  // Jira leaves `parent` out of issues that have none.
  if (issue.parentId) fields.parent = () => presentLinkedIssue(ctx, parent()!);
  return fields;
}

function isSubtask(ctx: SimContext, issue: SimIssue): boolean {
  return ctx.state.issueTypes.find((t) => t.id === issue.issueTypeId)?.subtask === true;
}

/** `IssueBean`: `fields` filtered by the selection, custom fields as `customfield_N`, properties when asked. */
export function presentIssue(
  ctx: SimContext,
  issue: SimIssue,
  selection: FieldSelection,
  propertyKeys?: string[],
): Record<string, unknown> {
  const all = systemFields(ctx, issue);
  for (const field of ctx.state.fields) {
    if (field.custom) all[field.id] = () => issue.customFields[field.id] ?? null;
  }
  const fields: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(all)) {
    if (selection.includes(id)) fields[id] = value();
  }
  const body: Record<string, unknown> = {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: issueSelf(ctx, issue),
    key: issue.key,
    fields,
  };
  if (propertyKeys !== undefined) {
    body.properties = Object.fromEntries(propertyKeys.map((k) => [k, issue.properties[k]]));
  }
  return body;
}
