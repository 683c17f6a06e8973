import type { ProjectPermissionKey, SimProject } from '../model';
import type { SimContext } from '../context';
import { JiraRestError, badRequest, json } from '../http';
import { PROJECT_PERMISSION_KEYS, findProject, findUser, projectOf, requireVisibleIssue, userHasProjectPermission } from '../permissions';
import type { SimActor } from '../types';
import { type Route, bodyRecord, queryList } from './route';

// Jira's own ids and names for the permissions the model knows.
const PERMISSION_INFO: Record<ProjectPermissionKey | 'ADMINISTER', { id: string; name: string; type: 'PROJECT' | 'GLOBAL' }> = {
  ADMINISTER: { id: '0', name: 'Administer Jira', type: 'GLOBAL' },
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', type: 'PROJECT' },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', type: 'PROJECT' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', type: 'PROJECT' },
  ADD_COMMENTS: { id: '15', name: 'Add Comments', type: 'PROJECT' },
  LINK_ISSUES: { id: '21', name: 'Link Issues', type: 'PROJECT' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', type: 'PROJECT' },
  TRANSITION_ISSUES: { id: '46', name: 'Transition Issues', type: 'PROJECT' },
};

function isProjectKey(key: string): key is ProjectPermissionKey {
  return (PROJECT_PERMISSION_KEYS as string[]).includes(key);
}

/** Who a check is about: a user, or the app (which holds every permission). */
type Subject = { kind: 'app' } | { kind: 'user'; accountId: string };

function holds(ctx: SimContext, subject: Subject, key: string, projects: SimProject[]): boolean {
  if (subject.kind === 'app') return true;
  const user = findUser(ctx.state, subject.accountId);
  if (key === 'ADMINISTER') return user?.isSiteAdmin === true;
  return isProjectKey(key) && projects.some((p) => userHasProjectPermission(user, p, key));
}

function subjectOf(actor: SimActor): Subject {
  return actor.kind === 'app' ? { kind: 'app' } : { kind: 'user', accountId: actor.accountId };
}

function requireKnownKeys(keys: string[]): void {
  const unknown = keys.filter((k) => !(k in PERMISSION_INFO));
  if (unknown.length > 0) throw badRequest(`Invalid permission keys: ${unknown.join(', ')}.`);
}

const myPermissions: Route = {
  method: 'GET',
  template: '/rest/api/3/mypermissions',
  handle(ctx, req) {
    const keys = queryList(req.query, 'permissions');
    if (!keys) throw badRequest('The permissions query parameter is required.');
    requireKnownKeys(keys);
    const { query } = req;
    let projects = ctx.state.projects;
    const issueRef = query.get('issueKey') ?? query.get('issueId');
    const projectRef = query.get('projectKey') ?? query.get('projectId');
    if (issueRef !== null) {
      projects = [projectOf(ctx.state, requireVisibleIssue(ctx.state, ctx.actor, issueRef))];
    } else if (projectRef !== null) {
      const project = findProject(ctx.state, projectRef);
      if (!project || !holds(ctx, subjectOf(ctx.actor), 'BROWSE_PROJECTS', [project])) {
        throw new JiraRestError(404, [`No project could be found with key '${projectRef}'.`]);
      }
      projects = [project];
    }
    const permissions = Object.fromEntries(
      keys.map((key) => {
        const info = PERMISSION_INFO[key as keyof typeof PERMISSION_INFO];
        return [key, { id: info.id, key, name: info.name, type: info.type, description: info.name, havePermission: holds(ctx, subjectOf(ctx.actor), key, projects) }];
      }),
    );
    return json(200, { permissions });
  },
};

const checkPermissions: Route = {
  method: 'POST',
  template: '/rest/api/3/permissions/check',
  handle(ctx, req) {
    const body = bodyRecord(req.body);
    const accountId = typeof body.accountId === 'string' ? body.accountId : undefined;
    let subject = subjectOf(ctx.actor);
    if (accountId !== undefined) {
      const caller = ctx.actor.kind === 'user' ? findUser(ctx.state, ctx.actor.accountId) : undefined;
      if (ctx.actor.kind === 'user' && ctx.actor.accountId !== accountId && !caller?.isSiteAdmin) {
        throw new JiraRestError(403, ["You need the 'Administer Jira' global permission to check other users' permissions."]);
      }
      if (!findUser(ctx.state, accountId)) throw badRequest(`Unrecognized accountId: ${accountId}.`);
      subject = { kind: 'user', accountId };
    }
    const globalKeys = Array.isArray(body.globalPermissions) ? body.globalPermissions.map(String) : [];
    requireKnownKeys(globalKeys);
    const requests = Array.isArray(body.projectPermissions) ? (body.projectPermissions as Record<string, unknown>[]) : [];
    const projectPermissions = requests.flatMap((entry) => {
      const keys = Array.isArray(entry.permissions) ? entry.permissions.map(String) : [];
      requireKnownKeys(keys);
      const projectIds = Array.isArray(entry.projects) ? entry.projects.map(String) : [];
      const issueIds = Array.isArray(entry.issues) ? entry.issues.map(String) : [];
      return keys.map((key) => ({
        permission: key,
        projects: projectIds.filter((id) => {
          const project = findProject(ctx.state, id);
          return project !== undefined && holds(ctx, subject, key, [project]);
        }).map(Number),
        issues: issueIds.filter((id) => {
          const issue = ctx.state.issues.find((i) => i.id === id);
          return issue !== undefined && holds(ctx, subject, key, [projectOf(ctx.state, issue)]);
        }).map(Number),
      }));
    });
    return json(200, {
      globalPermissions: globalKeys.filter((key) => holds(ctx, subject, key, ctx.state.projects)),
      projectPermissions,
    });
  },
};

export const permissionRoutes: Route[] = [myPermissions, checkPermissions];
