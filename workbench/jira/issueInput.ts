import type { SimIssue } from './model';
import type { SimContext } from './context';
import { fieldErrors } from './http';
import { findIssue } from './permissions';

/** The fields a create or edit request may change, parsed and checked against the state. */
export interface IssuePatch {
  summary?: string;
  description?: unknown;
  labels?: string[];
  priorityId?: string | null;
  assigneeAccountId?: string | null;
  reporterAccountId?: string;
  parentId?: string | null;
  customFields: Record<string, unknown>;
}

type Ref = { id?: unknown; key?: unknown; name?: unknown; accountId?: unknown };

function asRef(value: unknown): Ref | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Ref) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `update: {labels: [{add: "x"}, {remove: "y"}], summary: [{set: "..."}]}` folded into one value per field. */
function foldUpdateOperations(fieldId: string, ops: unknown, current: unknown): unknown {
  if (!Array.isArray(ops)) throw fieldErrors({ [fieldId]: 'Operations must be a list.' });
  let value = current;
  for (const op of ops) {
    if (!isRecord(op)) throw fieldErrors({ [fieldId]: 'Operation must be an object.' });
    for (const [verb, operand] of Object.entries(op)) {
      if (verb === 'set') value = operand;
      else if (verb === 'add' && Array.isArray(value)) value = [...value, operand];
      else if (verb === 'remove' && Array.isArray(value)) value = value.filter((v) => JSON.stringify(v) !== JSON.stringify(operand));
      else throw fieldErrors({ [fieldId]: `Field '${fieldId}' does not support operation '${verb}'.` });
    }
  }
  return value;
}

function currentValue(issue: SimIssue | undefined, fieldId: string): unknown {
  if (!issue) return fieldId === 'labels' ? [] : null;
  if (fieldId === 'labels') return issue.labels;
  if (fieldId.startsWith('customfield_')) return issue.customFields[fieldId] ?? null;
  return null;
}

/**
 * Reads `fields` and `update` of an `IssueUpdateDetails` body. `project` and `issuetype` are handled by create;
 * here they (like `status`, which only transitions change) are refused with Jira's "cannot be set" message.
 */
export function readIssuePatch(ctx: SimContext, body: unknown, existing: SimIssue | undefined, ignore: string[] = []): IssuePatch {
  const input = isRecord(body) ? body : {};
  const fields = isRecord(input.fields) ? input.fields : {};
  const update = isRecord(input.update) ? input.update : {};
  const values: Record<string, unknown> = { ...fields };
  for (const [fieldId, ops] of Object.entries(update)) {
    values[fieldId] = foldUpdateOperations(fieldId, ops, values[fieldId] ?? currentValue(existing, fieldId));
  }
  const patch: IssuePatch = { customFields: {} };
  const errors: Record<string, string> = {};
  const { state } = ctx;
  for (const [fieldId, value] of Object.entries(values)) {
    if (ignore.includes(fieldId)) continue;
    const ref = asRef(value);
    switch (fieldId) {
      case 'summary':
        if (typeof value !== 'string' || value.trim() === '') errors.summary = 'You must specify a summary of the issue.';
        else if (value.length > 255) errors.summary = 'Summary must be less than 255 characters.';
        else patch.summary = value;
        break;
      case 'description':
        if (value !== null && !isRecord(value)) errors.description = 'Operation value must be an Atlassian Document (see the Atlassian Document Format).';
        else patch.description = value;
        break;
      case 'labels':
        if (!Array.isArray(value) || value.some((l) => typeof l !== 'string')) errors.labels = 'Labels must be a list of strings.';
        else if (value.some((l: string) => /\s/.test(l))) errors.labels = 'Labels cannot contain spaces.';
        else patch.labels = [...new Set(value as string[])];
        break;
      case 'priority': {
        const priority = ref && state.priorities.find((p) => p.id === ref.id || p.name === ref.name);
        if (value === null) patch.priorityId = null;
        else if (!priority) errors.priority = 'The priority selected is invalid.';
        else patch.priorityId = priority.id;
        break;
      }
      case 'assignee':
        if (value === null || ref?.accountId === null) patch.assigneeAccountId = null;
        else if (!state.users.some((u) => u.accountId === ref?.accountId && u.active)) errors.assignee = `User '${String(ref?.accountId)}' cannot be assigned issues.`;
        else patch.assigneeAccountId = ref!.accountId as string;
        break;
      case 'reporter':
        if (!state.users.some((u) => u.accountId === ref?.accountId)) errors.reporter = 'Specify a valid value for reporter.';
        else patch.reporterAccountId = ref!.accountId as string;
        break;
      case 'parent': {
        const parent = value === null ? null : findIssue(state, String(ref?.key ?? ref?.id ?? ''));
        if (value !== null && !parent) errors.parent = 'Could not find issue by id or key.';
        else patch.parentId = parent ? parent.id : null;
        break;
      }
      default: {
        const field = state.fields.find((f) => f.custom && (f.id === fieldId || f.key === fieldId));
        // A read-only Forge field is written only by its app (app/field/value), so issue edits cannot set it.
        if (!field || field.readOnly) errors[fieldId] = `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;
        else patch.customFields[field.id] = value;
      }
    }
  }
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  return patch;
}
