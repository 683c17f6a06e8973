import type { SimField, SimIssue } from '../model';
import type { SimContext } from '../context';
import { JiraRestError, badRequest, noContent } from '../http';
import { nowIso } from '../context';
import { recordIssueChange, setCustomField } from '../issueChanges';
import { type Route, bodyRecord } from './route';

interface FieldUpdate {
  field: SimField;
  issues: SimIssue[];
  value: unknown;
}

/**
 * `app/field` writes are for the app that owns the Forge field (asApp), and they skip the field's validation
 * expression. An app actor without `appModuleKeys` owns every Forge field (one app per workbench).
 */
function requireOwnedField(ctx: SimContext, fieldIdOrKey: string): SimField {
  if (ctx.actor.kind !== 'app') {
    throw new JiraRestError(403, ['Only the app that provides the custom field can update its value this way.']);
  }
  const field = ctx.state.fields.find((f) => f.custom && (f.id === fieldIdOrKey || f.key === fieldIdOrKey));
  if (!field) throw new JiraRestError(404, [`The custom field '${fieldIdOrKey}' was not found.`]);
  const owned = field.forgeModuleKey !== undefined && (ctx.actor.appModuleKeys?.includes(field.forgeModuleKey) ?? true);
  if (!owned) throw new JiraRestError(403, [`The custom field '${fieldIdOrKey}' is not provided by this app.`]);
  return field;
}

function checkValueType(field: SimField, value: unknown): void {
  if (value === null) return;
  const type = field.schema.type;
  const ok =
    type === 'array' ? Array.isArray(value)
    : type === 'number' ? typeof value === 'number'
    : type === 'string' || type === 'datetime' || type === 'date' ? typeof value === 'string'
    : type === 'user' ? typeof value === 'object' && value !== null && 'accountId' in value
    : true;
  if (!ok) throw badRequest(`The value for field '${field.id}' must be of type ${type}.`);
}

function readUpdate(ctx: SimContext, fieldIdOrKey: string, update: unknown): FieldUpdate {
  const field = requireOwnedField(ctx, fieldIdOrKey);
  const raw = bodyRecord(update);
  if (!Array.isArray(raw.issueIds) || !('value' in raw)) throw badRequest('Each update needs issueIds and value.');
  const issues = raw.issueIds.map((id) => {
    const issue = ctx.state.issues.find((i) => i.id === String(id));
    if (!issue) throw new JiraRestError(404, [`Issue ${String(id)} was not found.`]);
    return issue;
  });
  checkValueType(field, raw.value);
  return { field, issues, value: raw.value };
}

/** Checks every update before writing any, so a bad one changes nothing. */
function applyUpdates(ctx: SimContext, updates: FieldUpdate[], generateChangelog: boolean) {
  for (const { field, issues, value } of updates) {
    for (const issue of issues) {
      const items = setCustomField(ctx, issue, field.id, value);
      if (generateChangelog) recordIssueChange(ctx, issue, items);
      else if (items.length > 0) issue.updated = nowIso(ctx);
    }
  }
  return noContent();
}

function updatesOf(body: unknown): unknown[] {
  const updates = bodyRecord(body).updates;
  if (!Array.isArray(updates)) throw badRequest('updates must be a list.');
  return updates;
}

const setFieldValue: Route = {
  method: 'PUT',
  template: '/rest/api/3/app/field/{fieldIdOrKey}/value',
  handle(ctx, req) {
    const updates = updatesOf(req.body).map((u) => readUpdate(ctx, req.params.fieldIdOrKey!, u));
    return applyUpdates(ctx, updates, req.query.get('generateChangelog') !== 'false');
  },
};

const setFieldValues: Route = {
  method: 'POST',
  template: '/rest/api/3/app/field/value',
  handle(ctx, req) {
    const updates = updatesOf(req.body).map((u) => readUpdate(ctx, String(bodyRecord(u).customField ?? ''), u));
    return applyUpdates(ctx, updates, req.query.get('generateChangelog') !== 'false');
  },
};

export const appFieldRoutes: Route[] = [setFieldValue, setFieldValues];
