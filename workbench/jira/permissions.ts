import type { Grant, ProjectPermissionKey, SimIssue, SimProject, SimState, SimUser } from './model';
import type { SimActor } from './types';
import { ISSUE_NOT_VISIBLE, JiraRestError } from './http';

export const PROJECT_PERMISSION_KEYS: ProjectPermissionKey[] = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'TRANSITION_ISSUES',
  'ADD_COMMENTS',
  'LINK_ISSUES',
  'ADMINISTER_PROJECTS',
];

function grantMatches(grant: Grant, user: SimUser): boolean {
  if ('anyone' in grant) return true;
  if ('group' in grant) return user.groups.includes(grant.group);
  return grant.accountId === user.accountId;
}

export function userHasProjectPermission(user: SimUser | undefined, project: SimProject, key: ProjectPermissionKey): boolean {
  if (!user || !user.active) return false;
  if (user.isSiteAdmin) return true;
  return (project.permissions[key] ?? []).some((grant) => grantMatches(grant, user));
}

/** The app actor acts with the app's own (site-wide) permissions: it sees and may change everything. */
export function hasProjectPermission(state: SimState, actor: SimActor, project: SimProject, key: ProjectPermissionKey): boolean {
  if (actor.kind === 'app') return true;
  return userHasProjectPermission(findUser(state, actor.accountId), project, key);
}

export function projectOf(state: SimState, issue: SimIssue): SimProject {
  const project = state.projects.find((p) => p.id === issue.projectId);
  if (!project) throw new Error(`Simulator state is inconsistent: issue ${issue.key} has unknown project ${issue.projectId}`);
  return project;
}

export function canBrowseIssue(state: SimState, actor: SimActor, issue: SimIssue): boolean {
  return hasProjectPermission(state, actor, projectOf(state, issue), 'BROWSE_PROJECTS');
}

export function findUser(state: SimState, accountId: string): SimUser | undefined {
  return state.users.find((u) => u.accountId === accountId);
}

export function findIssue(state: SimState, idOrKey: string): SimIssue | undefined {
  const upper = idOrKey.toUpperCase();
  return state.issues.find((i) => i.id === idOrKey || i.key === upper);
}

/** Missing and hidden issues look the same to the caller, as in Jira. */
export function requireVisibleIssue(state: SimState, actor: SimActor, idOrKey: string): SimIssue {
  const issue = findIssue(state, idOrKey);
  if (!issue || !canBrowseIssue(state, actor, issue)) throw new JiraRestError(404, [ISSUE_NOT_VISIBLE]);
  return issue;
}

export function requireIssuePermission(
  state: SimState,
  actor: SimActor,
  issue: SimIssue,
  key: ProjectPermissionKey,
  message: string,
): void {
  if (!hasProjectPermission(state, actor, projectOf(state, issue), key)) throw new JiraRestError(403, [message]);
}

export function findProject(state: SimState, idOrKey: string): SimProject | undefined {
  const upper = idOrKey.toUpperCase();
  return state.projects.find((p) => p.id === idOrKey || p.key === upper);
}
