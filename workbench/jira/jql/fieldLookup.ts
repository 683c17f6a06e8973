import type { Field } from '@atlaskit/jql-ast';
import type { SimIssue } from '../model';
import { adfText } from './adfText';
import { aliasField } from './aliasFields';
import { customFieldSpec } from './customFields';
import { dateField } from './dateFields';
import type { CompileEnv } from './env';
import type { FieldSpec } from './fieldSpec';
import { issueKeyField, parentField } from './issueKeyFields';
import { issueTypeField, priorityField, projectField, resolutionField, statusCategoryField, statusField } from './namedValueFields';
import { failure, success, type Outcome } from './problems';
import { textField, wordSetField } from './textFields';
import { userField } from './userFields';

type SystemFieldFactory = (name: string, env: CompileEnv) => FieldSpec;

const descriptionText = (issue: SimIssue): string[] => (issue.description == null ? [] : [adfText(issue.description)]);
const commentTexts = (issue: SimIssue): string[] => issue.comments.map((comment) => adfText(comment.body));

/** System fields by lower-case JQL clause name (Jira's clause names are case-insensitive). */
const SYSTEM_FIELDS: Record<string, SystemFieldFactory> = {
  project: projectField,
  issuetype: issueTypeField,
  type: issueTypeField,
  status: statusField,
  statuscategory: statusCategoryField,
  resolution: resolutionField,
  priority: priorityField,
  key: issueKeyField,
  issuekey: issueKeyField,
  issue: issueKeyField,
  id: issueKeyField,
  parent: parentField,
  created: (name, env) => dateField(name, env, (issue) => issue.created),
  createddate: (name, env) => dateField(name, env, (issue) => issue.created),
  updated: (name, env) => dateField(name, env, (issue) => issue.updated),
  updateddate: (name, env) => dateField(name, env, (issue) => issue.updated),
  resolved: (name, env) => dateField(name, env, (issue) => issue.resolutiondate),
  resolutiondate: (name, env) => dateField(name, env, (issue) => issue.resolutiondate),
  labels: (name) => wordSetField(name, (issue) => issue.labels),
  assignee: (name, env) => userField(name, env, (issue) => (issue.assigneeAccountId ? [issue.assigneeAccountId] : [])),
  reporter: (name, env) => userField(name, env, (issue) => [issue.reporterAccountId]),
  summary: (name) => textField(name, (issue) => [issue.summary]),
  description: (name) => textField(name, descriptionText),
  comment: (name) => textField(name, commentTexts),
  text: (name, env) => {
    const textFieldIds = env.ctx.state.fields.filter((field) => field.custom && field.schema.type === 'string').map((field) => field.id);
    return textField(name, (issue) => [allText(issue, textFieldIds)], { onlyContains: true });
  },
};

/**
 * The field a clause names: a system field, one of the app's search aliases, or a custom field (`cf[10050]`, its
 * name or one of its clause names). Anything else is Jira's "does not exist" error. Entity properties by path
 * (`issue.property[x].y`) are not searchable: Jira only finds them through declared aliases.
 */
export function lookupField(field: Field, env: CompileEnv): Outcome<FieldSpec> {
  const name = field.value;
  const lower = name.toLowerCase();
  const notFound = failure<FieldSpec>('validation', `Field '${field.properties && field.properties.length > 0 ? field.text : name}' does not exist or you do not have permission to view it.`);
  if (field.properties && field.properties.length > 0) return notFound;

  const system = SYSTEM_FIELDS[lower];
  if (system) return success(system(name, env));

  const alias = env.ctx.aliases.find((candidate) => candidate.name.toLowerCase() === lower);
  // A date-typed alias (`format: date-time` in the manifest) searches like a date field: date functions included.
  if (alias?.type === 'date') return success(dateField(name, env, (issue) => firstString(alias.resolve(issue))));
  if (alias) return success(aliasField(name, alias, env));

  const customId = /^cf\[(\d+)\]$/i.exec(name)?.[1];
  const custom = env.ctx.state.fields.find(
    (candidate) =>
      candidate.custom &&
      (customId !== undefined
        ? candidate.id === `customfield_${customId}`
        : candidate.name.toLowerCase() === lower || candidate.clauseNames.some((clause) => clause.toLowerCase() === lower)),
  );
  return custom ? success(customFieldSpec(name, custom, env)) : notFound;
}

/** `text` searches the summary, description, comments and every text custom field together. */
function allText(issue: SimIssue, textFieldIds: string[]): string {
  const customTexts = textFieldIds.flatMap((id) => {
    const value = issue.customFields[id];
    return value == null ? [] : [adfText(value)];
  });
  return [issue.summary, ...descriptionText(issue), ...commentTexts(issue), ...customTexts].join('\n');
}

function firstString(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}
