import type { SimIssue } from '../model';
import { type SimContext, nowIso, selfUrl } from '../context';
import { parseFieldSelection, selectPropertyKeys } from '../fieldSelection';
import { fieldErrors, json, noContent } from '../http';
import { nextIssueId, nextIssueKey } from '../ids';
import { applyIssuePatch, recordIssueChange } from '../issueChanges';
import { readIssuePatch } from '../issueInput';
import { findProject, hasProjectPermission, requireIssuePermission, requireVisibleIssue } from '../permissions';
import { presentChangelogEntry } from '../presentActivity';
import { issueSelf, presentIssue } from '../presentIssue';
import { workflowFor } from '../workflows';
import { type Route, bodyRecord, queryInt, queryList } from './route';
import { writeProperty } from './properties';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function presentIssueForQuery(ctx: SimContext, issue: SimIssue, query: URLSearchParams): Record<string, unknown> {
  const selection = parseFieldSelection(ctx.state, queryList(query, 'fields'), ['*all']);
  const body = presentIssue(ctx, issue, selection, selectPropertyKeys(Object.keys(issue.properties), queryList(query, 'properties')));
  if (queryList(query, 'expand')?.includes('changelog')) {
    body.changelog = {
      startAt: 0,
      maxResults: issue.changelog.length,
      total: issue.changelog.length,
      histories: [...issue.changelog].reverse().map((e) => presentChangelogEntry(ctx, e)),
    };
  }
  return body;
}

const getIssue: Route = {
  method: 'GET',
  template: '/rest/api/3/issue/{issueIdOrKey}',
  handle(ctx, req) {
    const issue = requireVisibleIssue(ctx.state, ctx.actor, req.params.issueIdOrKey!);
    return json(200, presentIssueForQuery(ctx, issue, req.query));
  },
};

const editIssue: Route = {
  method: 'PUT',
  template: '/rest/api/3/issue/{issueIdOrKey}',
  handle(ctx, req) {
    const issue = requireVisibleIssue(ctx.state, ctx.actor, req.params.issueIdOrKey!);
    requireIssuePermission(ctx.state, ctx.actor, issue, 'EDIT_ISSUES', 'You do not have permission to edit issues in this project.');
    const patch = readIssuePatch(ctx, bodyRecord(req.body), issue);
    recordIssueChange(ctx, issue, applyIssuePatch(ctx, issue, patch));
    if (req.query.get('returnIssue') === 'true') return json(200, presentIssueForQuery(ctx, issue, req.query));
    return noContent();
  },
};

const createIssue: Route = {
  method: 'POST',
  template: '/rest/api/3/issue',
  handle(ctx, req) {
    const { state } = ctx;
    const body = bodyRecord(req.body);
    const fields = isRecord(body.fields) ? body.fields : {};
    const projectRef = isRecord(fields.project) ? fields.project : {};
    const project = findProject(state, String(projectRef.key ?? projectRef.id ?? ''));
    if (!project) throw fieldErrors({ project: 'Specify a valid project ID or key' });
    if (!hasProjectPermission(state, ctx.actor, project, 'CREATE_ISSUES')) {
      throw fieldErrors({ project: 'You do not have permission to create issues in this project.' });
    }
    const typeRef = isRecord(fields.issuetype) ? fields.issuetype : {};
    const issueType = state.issueTypes.find(
      (t) => project.issueTypeIds.includes(t.id) && (t.id === typeRef.id || t.name === typeRef.name),
    );
    if (!issueType) throw fieldErrors({ issuetype: 'Specify an issue type' });
    if (fields.summary === undefined) throw fieldErrors({ summary: 'You must specify a summary of the issue.' });
    const patch = readIssuePatch(ctx, body, undefined, ['project', 'issuetype']);
    if (issueType.subtask && !patch.parentId) throw fieldErrors({ parent: 'Given parent issue does not belong to appropriate hierarchy.' });

    const created = nowIso(ctx);
    const issue: SimIssue = {
      id: nextIssueId(state),
      key: nextIssueKey(state, project.id, project.key),
      projectId: project.id,
      issueTypeId: issueType.id,
      statusId: workflowFor(state, project.id, issueType.id).initialStatusId,
      summary: '',
      description: null,
      labels: [],
      priorityId: null,
      assigneeAccountId: null,
      reporterAccountId: ctx.actorAccountId,
      created,
      updated: created,
      resolutiondate: null,
      resolutionId: null,
      parentId: null,
      customFields: {},
      properties: {},
      comments: [],
      changelog: [],
    };
    // A new issue has no history: the patch fills it in without changelog entries.
    applyIssuePatch(ctx, issue, patch);
    for (const property of Array.isArray(body.properties) ? body.properties : []) {
      if (isRecord(property) && typeof property.key === 'string') writeProperty(issue, property.key, property.value);
    }
    state.issues.push(issue);
    ctx.emit({ type: 'issue_created', issue, actor: ctx.actor, actorAccountId: ctx.actorAccountId });
    return json(201, { id: issue.id, key: issue.key, self: issueSelf(ctx, issue) });
  },
};

const getChangelog: Route = {
  method: 'GET',
  template: '/rest/api/3/issue/{issueIdOrKey}/changelog',
  handle(ctx, req) {
    const issue = requireVisibleIssue(ctx.state, ctx.actor, req.params.issueIdOrKey!);
    const startAt = queryInt(req.query, 'startAt', 0);
    const maxResults = Math.min(queryInt(req.query, 'maxResults', 100), 100);
    const values = issue.changelog.slice(startAt, startAt + maxResults);
    const isLast = startAt + values.length >= issue.changelog.length;
    const self = selfUrl(ctx, `/rest/api/3/issue/${issue.key}/changelog?maxResults=${maxResults}&startAt=${startAt}`);
    const next = selfUrl(ctx, `/rest/api/3/issue/${issue.key}/changelog?maxResults=${maxResults}&startAt=${startAt + maxResults}`);
    return json(200, {
      self,
      ...(isLast ? {} : { nextPage: next }),
      maxResults,
      startAt,
      total: issue.changelog.length,
      isLast,
      values: values.map((e) => presentChangelogEntry(ctx, e)),
    });
  },
};

export const issueRoutes: Route[] = [getIssue, editIssue, createIssue, getChangelog];
