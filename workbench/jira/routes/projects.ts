import type { SimProject, SimStatus } from '../model';
import { type SimContext, selfUrl } from '../context';
import { JiraRestError, json } from '../http';
import { findProject, hasProjectPermission } from '../permissions';
import { presentProject, presentStatus } from '../presentMeta';
import { workflowFor } from '../workflows';
import { type Route, page, queryInt, queryList } from './route';

function requireVisibleProject(ctx: SimContext, idOrKey: string): SimProject {
  const project = findProject(ctx.state, idOrKey);
  if (!project || !hasProjectPermission(ctx.state, ctx.actor, project, 'BROWSE_PROJECTS')) {
    throw new JiraRestError(404, [`No project could be found with key '${idOrKey}'.`]);
  }
  return project;
}

const searchProjects: Route = {
  method: 'GET',
  template: '/rest/api/3/project/search',
  handle(ctx, req) {
    const keys = queryList(req.query, 'keys');
    const text = req.query.get('query')?.toLowerCase();
    const visible = ctx.state.projects.filter(
      (p) =>
        hasProjectPermission(ctx.state, ctx.actor, p, 'BROWSE_PROJECTS') &&
        (!keys || keys.includes(p.key) || keys.includes(p.id)) &&
        (!text || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text)),
    );
    const result = page(visible, queryInt(req.query, 'startAt', 0), Math.min(queryInt(req.query, 'maxResults', 50), 100));
    const pageUrl = (startAt: number) => selfUrl(ctx, `/rest/api/3/project/search?maxResults=${result.maxResults}&startAt=${startAt}`);
    return json(200, {
      self: pageUrl(result.startAt),
      ...(result.isLast ? {} : { nextPage: pageUrl(result.startAt + result.maxResults) }),
      maxResults: result.maxResults,
      startAt: result.startAt,
      total: result.total,
      isLast: result.isLast,
      values: result.values.map((p) => presentProject(ctx, p, false)),
    });
  },
};

const getProject: Route = {
  method: 'GET',
  template: '/rest/api/3/project/{projectIdOrKey}',
  handle(ctx, req) {
    return json(200, presentProject(ctx, requireVisibleProject(ctx, req.params.projectIdOrKey!), true));
  },
};

/** Statuses a workflow can reach: its initial status and every transition target, in workflow order. */
function workflowStatuses(ctx: SimContext, project: SimProject, issueTypeId: string): SimStatus[] {
  const workflow = workflowFor(ctx.state, project.id, issueTypeId);
  const ids = [...new Set([workflow.initialStatusId, ...workflow.transitions.flatMap((t) => [...t.from, t.to])])];
  return ids.map((id) => ctx.state.statuses.find((s) => s.id === id)).filter((s): s is SimStatus => s !== undefined);
}

const getProjectStatuses: Route = {
  method: 'GET',
  template: '/rest/api/3/project/{projectIdOrKey}/statuses',
  handle(ctx, req) {
    const project = requireVisibleProject(ctx, req.params.projectIdOrKey!);
    const body = project.issueTypeIds.flatMap((typeId) => {
      const type = ctx.state.issueTypes.find((t) => t.id === typeId);
      if (!type) return [];
      return [{
        self: selfUrl(ctx, `/rest/api/3/issuetype/${type.id}`),
        id: type.id,
        name: type.name,
        subtask: type.subtask,
        statuses: workflowStatuses(ctx, project, type.id).map((s) => presentStatus(ctx, s)),
      }];
    });
    return json(200, body);
  },
};

export const projectRoutes: Route[] = [searchProjects, getProject, getProjectStatuses];
