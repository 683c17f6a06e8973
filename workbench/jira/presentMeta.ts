import type { SimField, SimIssueType, SimLinkType, SimPriority, SimProject, SimResolution, SimStatus } from './model';
import { type SimContext, selfUrl } from './context';
import { presentUserDetails } from './presentUser';

const STATUS_CATEGORIES = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
} as const;

export function presentStatus(ctx: SimContext, status: SimStatus): Record<string, unknown> {
  const category = STATUS_CATEGORIES[status.statusCategory];
  return {
    self: selfUrl(ctx, `/rest/api/3/status/${status.id}`),
    description: '',
    iconUrl: selfUrl(ctx, '/images/icons/statuses/generic.png'),
    name: status.name,
    id: status.id,
    statusCategory: { ...category, self: selfUrl(ctx, `/rest/api/3/statuscategory/${category.id}`) },
  };
}

export function presentIssueType(ctx: SimContext, type: SimIssueType): Record<string, unknown> {
  const body: Record<string, unknown> = {
    self: selfUrl(ctx, `/rest/api/3/issuetype/${type.id}`),
    id: type.id,
    description: type.description,
    iconUrl: selfUrl(ctx, `/rest/api/2/universal_avatar/view/type/issuetype/avatar/${type.id}`),
    name: type.name,
    subtask: type.subtask,
    hierarchyLevel: type.hierarchyLevel,
  };
  if (type.scopeProjectId) body.scope = { type: 'PROJECT', project: { id: type.scopeProjectId } };
  return body;
}

export function presentPriority(ctx: SimContext, priority: SimPriority): Record<string, unknown> {
  return {
    self: selfUrl(ctx, `/rest/api/3/priority/${priority.id}`),
    iconUrl: selfUrl(ctx, `/images/icons/priorities/${priority.name.toLowerCase()}.svg`),
    name: priority.name,
    id: priority.id,
  };
}

export function presentResolution(ctx: SimContext, resolution: SimResolution): Record<string, unknown> {
  return {
    self: selfUrl(ctx, `/rest/api/3/resolution/${resolution.id}`),
    id: resolution.id,
    description: '',
    name: resolution.name,
  };
}

export function presentLinkType(ctx: SimContext, type: SimLinkType): Record<string, unknown> {
  return {
    id: type.id,
    name: type.name,
    inward: type.inward,
    outward: type.outward,
    self: selfUrl(ctx, `/rest/api/3/issueLinkType/${type.id}`),
  };
}

export function presentField(field: SimField): Record<string, unknown> {
  const schema: Record<string, unknown> = { type: field.schema.type };
  for (const key of ['items', 'system', 'custom', 'customId'] as const) {
    if (field.schema[key] !== undefined) schema[key] = field.schema[key];
  }
  return {
    id: field.id,
    key: field.key,
    name: field.name,
    custom: field.custom,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: field.clauseNames,
    schema,
  };
}

/** `Project`; `full` adds what GET project/{key} returns beyond the search listing (lead, issue types). */
export function presentProject(ctx: SimContext, project: SimProject, full: boolean): Record<string, unknown> {
  const body: Record<string, unknown> = {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: selfUrl(ctx, `/rest/api/3/project/${project.id}`),
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: project.projectTypeKey,
    simplified: project.style === 'next-gen',
    style: project.style,
    isPrivate: false,
    properties: {},
  };
  if (full) {
    body.description = '';
    body.lead = presentUserDetails(ctx, project.leadAccountId);
    body.issueTypes = project.issueTypeIds
      .map((id) => ctx.state.issueTypes.find((t) => t.id === id))
      .filter((t): t is SimIssueType => t !== undefined)
      .map((t) => presentIssueType(ctx, t));
    body.assigneeType = 'UNASSIGNED';
  }
  return body;
}
