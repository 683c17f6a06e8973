import type { SimIssue, StatusCategoryKey } from '../model';
import type { CompileEnv } from './env';
import {
  COMPARISON_OPERATORS,
  EMPTY_VALUE,
  EQUALITY_OPERATORS,
  oneOf,
  operators,
  valueNotFound,
  type FieldSpec,
  type ResolvedOperand,
} from './fieldSpec';
import { failure, success, type Outcome } from './problems';

/**
 * Fields whose values are things of the site with an id and a name: project (also by key), issue type, status,
 * status category, resolution and priority. A value names one or more of them (names are case-insensitive and
 * may be shared, e.g. team-managed issue types); naming none is Jira's "does not exist" error.
 */

interface Named {
  id: string;
  name: string;
  key?: string;
}

function namedField(
  name: string,
  candidates: readonly Named[],
  values: (issue: SimIssue) => (string | null)[],
  extra: Partial<FieldSpec> = {},
): FieldSpec {
  const resolve = (value: string): Outcome<ResolvedOperand> => {
    const wanted = value.toLowerCase();
    const ids = candidates
      .filter((candidate) => candidate.id === value || candidate.name.toLowerCase() === wanted || candidate.key?.toLowerCase() === wanted)
      .map((candidate) => candidate.id);
    return ids.length > 0 ? success(oneOf(ids)) : failure('value', valueNotFound(value, name));
  };
  const byId = new Map(candidates.map((candidate, index) => [candidate.id, { candidate, index }]));
  return {
    name,
    operators: operators(EQUALITY_OPERATORS),
    values: (issue) => values(issue).filter((value): value is string => value !== null),
    literal: resolve,
    functions: {},
    sortKey: (issue) => {
      const first = values(issue)[0];
      const found = first == null ? undefined : byId.get(first);
      return found ? [found.candidate.name.toLowerCase()] : null;
    },
    ...extra,
  };
}

export function projectField(name: string, env: CompileEnv): FieldSpec {
  const projects = env.ctx.state.projects;
  const spec = namedField(name, projects, (issue) => [issue.projectId]);
  const keyOf = new Map(projects.map((project) => [project.id, project.key.toLowerCase()]));
  return { ...spec, sortKey: (issue) => [keyOf.get(issue.projectId) ?? ''] };
}

export function issueTypeField(name: string, env: CompileEnv): FieldSpec {
  return namedField(name, env.ctx.state.issueTypes, (issue) => [issue.issueTypeId]);
}

export function statusField(name: string, env: CompileEnv): FieldSpec {
  const statuses = env.ctx.state.statuses;
  const spec = namedField(name, statuses, (issue) => [issue.statusId]);
  // Jira sorts statuses in their administration order, not by name.
  const position = new Map(statuses.map((status, index) => [status.id, index]));
  return { ...spec, sortKey: (issue) => [position.get(issue.statusId) ?? statuses.length] };
}

const STATUS_CATEGORIES: { key: StatusCategoryKey; id: string; name: string }[] = [
  { key: 'new', id: '2', name: 'To Do' },
  { key: 'indeterminate', id: '4', name: 'In Progress' },
  { key: 'done', id: '3', name: 'Done' },
];

export function statusCategoryField(name: string, env: CompileEnv): FieldSpec {
  const categoryOf = new Map(env.ctx.state.statuses.map((status) => [status.id, status.statusCategory]));
  const candidates = STATUS_CATEGORIES.map((category) => ({ id: category.key, name: category.name, key: category.key }));
  // Category ids as Jira numbers them (2 To Do, 4 In Progress, 3 Done) are accepted too.
  const withJiraIds = [...candidates, ...STATUS_CATEGORIES.map((category) => ({ id: category.key, name: category.id }))];
  const spec = namedField(name, withJiraIds, (issue) => [categoryOf.get(issue.statusId) ?? null]);
  const order = new Map(STATUS_CATEGORIES.map((category, index) => [category.key, index]));
  return { ...spec, sortKey: (issue) => [order.get(categoryOf.get(issue.statusId) ?? 'new') ?? 0] };
}

export function resolutionField(name: string, env: CompileEnv): FieldSpec {
  const spec = namedField(name, env.ctx.state.resolutions, (issue) => [issue.resolutionId]);
  return {
    ...spec,
    // `resolution = Unresolved` is Jira's spelling of `resolution IS EMPTY`.
    literal: (value, operator) => (value.toLowerCase() === 'unresolved' ? success(EMPTY_VALUE) : spec.literal(value, operator)),
  };
}

/**
 * Priorities compare by their order on the site (first = highest): `priority > Medium` finds higher priorities.
 * ORDER BY priority DESC (its default) lists the highest first.
 */
export function priorityField(name: string, env: CompileEnv): FieldSpec {
  const priorities = env.ctx.state.priorities;
  const index = new Map(priorities.map((priority, position) => [priority.id, position]));
  const spec = namedField(name, priorities, (issue) => [issue.priorityId]);
  return {
    ...spec,
    operators: operators(EQUALITY_OPERATORS, COMPARISON_OPERATORS),
    literal: (value, operator) => {
      const resolved = spec.literal(value, operator);
      if (!resolved.ok || resolved.value === EMPTY_VALUE) return resolved;
      const target = resolved.value;
      const targetIndex = priorities.findIndex((priority) => target.equals(priority.id));
      return success({
        equals: target.equals,
        compare: (issueValue) => {
          const issueIndex = index.get(String(issueValue));
          return issueIndex === undefined ? undefined : targetIndex - issueIndex;
        },
      });
    },
    sortKey: (issue) => {
      const position = issue.priorityId === null ? undefined : index.get(issue.priorityId);
      return position === undefined ? null : [-position];
    },
    sortsDescendingByDefault: true,
  };
}
