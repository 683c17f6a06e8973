import type { SimIssue } from '../model';
import { selfUrl } from '../context';
import { JiraRestError, badRequest, json, noContent } from '../http';
import { requireIssuePermission, requireVisibleIssue } from '../permissions';
import type { Route } from './route';

// Jira's limits for entity properties: key ≤ 255 characters, value ≤ 32,768 characters of JSON.
const MAX_KEY_LENGTH = 255;
const MAX_VALUE_LENGTH = 32768;

/** Stores a property and says whether it is new. Property writes do not touch `updated` or the changelog in Jira. */
export function writeProperty(issue: SimIssue, key: string, value: unknown): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) throw badRequest(`The property key must be between 1 and ${MAX_KEY_LENGTH} characters long.`);
  if (value === undefined) throw badRequest('The property value must be valid JSON.');
  if (JSON.stringify(value).length > MAX_VALUE_LENGTH) {
    throw badRequest(`The property value is too long: the maximum is ${MAX_VALUE_LENGTH} characters.`);
  }
  const isNew = !(key in issue.properties);
  issue.properties[key] = value;
  return isNew;
}

function propertyNotFound(key: string): JiraRestError {
  return new JiraRestError(404, [`The property with key '${key}' does not exist.`]);
}

const listProperties: Route = {
  method: 'GET',
  template: '/rest/api/3/issue/{issueIdOrKey}/properties',
  handle(ctx, req) {
    const issue = requireVisibleIssue(ctx.state, ctx.actor, req.params.issueIdOrKey!);
    const keys = Object.keys(issue.properties).map((key) => ({
      key,
      self: selfUrl(ctx, `/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(key)}`),
    }));
    return json(200, { keys });
  },
};

const getProperty: Route = {
  method: 'GET',
  template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
  handle(ctx, req) {
    const issue = requireVisibleIssue(ctx.state, ctx.actor, req.params.issueIdOrKey!);
    const key = req.params.propertyKey!;
    if (!(key in issue.properties)) throw propertyNotFound(key);
    return json(200, { key, value: issue.properties[key] });
  },
};

const setProperty: Route = {
  method: 'PUT',
  template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
  handle(ctx, req) {
    const issue = requireVisibleIssue(ctx.state, ctx.actor, req.params.issueIdOrKey!);
    requireIssuePermission(ctx.state, ctx.actor, issue, 'EDIT_ISSUES', 'You do not have permission to edit issues in this project.');
    const isNew = writeProperty(issue, req.params.propertyKey!, req.body);
    return { status: isNew ? 201 : 200, headers: {}, body: undefined };
  },
};

const deleteProperty: Route = {
  method: 'DELETE',
  template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
  handle(ctx, req) {
    const issue = requireVisibleIssue(ctx.state, ctx.actor, req.params.issueIdOrKey!);
    requireIssuePermission(ctx.state, ctx.actor, issue, 'EDIT_ISSUES', 'You do not have permission to edit issues in this project.');
    const key = req.params.propertyKey!;
    if (!(key in issue.properties)) throw propertyNotFound(key);
    delete issue.properties[key];
    return noContent();
  },
};

export const propertyRoutes: Route[] = [listProperties, getProperty, setProperty, deleteProperty];
