import type { SimField } from '../jira/model';

function system(id: string, name: string, schema: SimField['schema'], clauseNames: string[]): SimField {
  return { id, key: id, name, custom: false, schema, clauseNames };
}

/** Jira's system fields as GET /rest/api/3/field describes them (schema and JQL clause names). */
export function demoSystemFields(): SimField[] {
  return [
    system('summary', 'Summary', { type: 'string', system: 'summary' }, ['summary']),
    system('description', 'Description', { type: 'string', system: 'description' }, ['description']),
    system('labels', 'Labels', { type: 'array', items: 'string', system: 'labels' }, ['labels']),
    system('priority', 'Priority', { type: 'priority', system: 'priority' }, ['priority']),
    system('assignee', 'Assignee', { type: 'user', system: 'assignee' }, ['assignee']),
    system('reporter', 'Reporter', { type: 'user', system: 'reporter' }, ['reporter']),
    system('status', 'Status', { type: 'status', system: 'status' }, ['status']),
    system('issuetype', 'Issue Type', { type: 'issuetype', system: 'issuetype' }, ['issuetype', 'type']),
    system('project', 'Project', { type: 'project', system: 'project' }, ['project']),
    system('created', 'Created', { type: 'datetime', system: 'created' }, ['created', 'createdDate']),
    system('updated', 'Updated', { type: 'datetime', system: 'updated' }, ['updated', 'updatedDate']),
    system('resolution', 'Resolution', { type: 'resolution', system: 'resolution' }, ['resolution']),
    system('resolutiondate', 'Resolved', { type: 'datetime', system: 'resolutiondate' }, ['resolutiondate', 'resolved']),
    // GET /field lists parent without a schema; this is the schema its editmeta entry carries.
    system('parent', 'Parent', { type: 'issuelink', system: 'parent' }, ['parent']),
    system('comment', 'Comment', { type: 'comments-page', system: 'comment' }, ['comment']),
    system('issuelinks', 'Linked Issues', { type: 'array', items: 'issuelinks', system: 'issuelinks' }, ['issueLink']),
  ];
}
