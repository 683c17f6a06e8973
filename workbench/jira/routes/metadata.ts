import { formatJiraDate } from '../dates';
import { JiraRestError, badRequest, json } from '../http';
import { findProject, hasProjectPermission } from '../permissions';
import { presentField, presentIssueType, presentPriority, presentResolution, presentStatus } from '../presentMeta';
import type { Route } from './route';

const getFields: Route = {
  method: 'GET',
  template: '/rest/api/3/field',
  handle(ctx) {
    return json(200, ctx.state.fields.map(presentField));
  },
};

const getIssueTypes: Route = {
  method: 'GET',
  template: '/rest/api/3/issuetype',
  handle(ctx) {
    return json(200, ctx.state.issueTypes.map((t) => presentIssueType(ctx, t)));
  },
};

const getIssueTypesForProject: Route = {
  method: 'GET',
  template: '/rest/api/3/issuetype/project',
  handle(ctx, req) {
    const projectId = req.query.get('projectId');
    if (projectId === null) throw badRequest('The projectId query parameter is required.');
    const project = findProject(ctx.state, projectId);
    if (!project || !hasProjectPermission(ctx.state, ctx.actor, project, 'BROWSE_PROJECTS')) {
      throw new JiraRestError(404, ['The project is not found or the user does not have permission to view it.']);
    }
    const types = ctx.state.issueTypes.filter((t) => project.issueTypeIds.includes(t.id));
    return json(200, types.map((t) => presentIssueType(ctx, t)));
  },
};

const getStatuses: Route = {
  method: 'GET',
  template: '/rest/api/3/status',
  handle(ctx) {
    return json(200, ctx.state.statuses.map((s) => presentStatus(ctx, s)));
  },
};

const getPriorities: Route = {
  method: 'GET',
  template: '/rest/api/3/priority',
  handle(ctx) {
    return json(200, ctx.state.priorities.map((p) => presentPriority(ctx, p)));
  },
};

const getResolutions: Route = {
  method: 'GET',
  template: '/rest/api/3/resolution',
  handle(ctx) {
    return json(200, ctx.state.resolutions.map((r) => presentResolution(ctx, r)));
  },
};

const getServerInfo: Route = {
  method: 'GET',
  template: '/rest/api/3/serverInfo',
  handle(ctx) {
    return json(200, {
      baseUrl: ctx.state.site.baseUrl,
      displayUrl: ctx.state.site.baseUrl,
      version: '1001.0.0-SNAPSHOT',
      versionNumbers: [1001, 0, 0],
      deploymentType: 'Cloud',
      buildNumber: 100000,
      buildDate: formatJiraDate('2025-12-01T00:00:00.000Z'),
      serverTime: formatJiraDate(ctx.now().toISOString()),
      scmInfo: 'workbench',
      serverTitle: 'Jira (workbench simulator)',
      serverTimeZone: 'Etc/UTC',
    });
  },
};

export const metadataRoutes: Route[] = [
  getFields,
  getIssueTypes,
  getIssueTypesForProject,
  getStatuses,
  getPriorities,
  getResolutions,
  getServerInfo,
];
