import type { SimChangelogEntry, SimChangelogItem, SimIssue } from './model';
import { type SimContext, nowIso } from './context';
import { nextChangelogId } from './ids';
import type { IssuePatch } from './issueInput';
import { displayNameOf } from './presentUser';

function item(field: string, fieldId: string, from: string | null, fromString: string | null, to: string | null, toString: string | null): SimChangelogItem {
  return { field, fieldId, from, fromString, to, toString };
}

/** Changelog strings for free-form values: text as is, ADF and objects as JSON. */
export function valueString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function nameOf(items: { id: string; name: string }[], id: string | null): string | null {
  return id === null ? null : (items.find((i) => i.id === id)?.name ?? id);
}

/** Applies a patch to the issue and returns one changelog item per field that really changed. */
export function applyIssuePatch(ctx: SimContext, issue: SimIssue, patch: IssuePatch): SimChangelogItem[] {
  const { state } = ctx;
  const items: SimChangelogItem[] = [];
  if (patch.summary !== undefined && patch.summary !== issue.summary) {
    items.push(item('summary', 'summary', null, issue.summary, null, patch.summary));
    issue.summary = patch.summary;
  }
  if (patch.description !== undefined && valueString(patch.description) !== valueString(issue.description)) {
    items.push(item('description', 'description', null, valueString(issue.description), null, valueString(patch.description)));
    issue.description = patch.description;
  }
  if (patch.labels !== undefined && patch.labels.join(' ') !== issue.labels.join(' ')) {
    items.push(item('labels', 'labels', null, issue.labels.join(' '), null, patch.labels.join(' ')));
    issue.labels = patch.labels;
  }
  if (patch.priorityId !== undefined && patch.priorityId !== issue.priorityId) {
    items.push(item('priority', 'priority', issue.priorityId, nameOf(state.priorities, issue.priorityId), patch.priorityId, nameOf(state.priorities, patch.priorityId)));
    issue.priorityId = patch.priorityId;
  }
  if (patch.assigneeAccountId !== undefined && patch.assigneeAccountId !== issue.assigneeAccountId) {
    items.push(item('assignee', 'assignee', issue.assigneeAccountId, displayNameOf(state, issue.assigneeAccountId), patch.assigneeAccountId, displayNameOf(state, patch.assigneeAccountId)));
    issue.assigneeAccountId = patch.assigneeAccountId;
  }
  if (patch.reporterAccountId !== undefined && patch.reporterAccountId !== issue.reporterAccountId) {
    items.push(item('reporter', 'reporter', issue.reporterAccountId, displayNameOf(state, issue.reporterAccountId), patch.reporterAccountId, displayNameOf(state, patch.reporterAccountId)));
    issue.reporterAccountId = patch.reporterAccountId;
  }
  if (patch.parentId !== undefined && patch.parentId !== (issue.parentId ?? null)) {
    const keyOf = (id: string | null | undefined) => (id ? (state.issues.find((i) => i.id === id)?.key ?? null) : null);
    items.push(item('IssueParentAssociation', 'parent', issue.parentId ?? null, keyOf(issue.parentId), patch.parentId, keyOf(patch.parentId)));
    issue.parentId = patch.parentId;
  }
  for (const [fieldId, value] of Object.entries(patch.customFields)) {
    items.push(...setCustomField(ctx, issue, fieldId, value));
  }
  return items;
}

export function setCustomField(ctx: SimContext, issue: SimIssue, fieldId: string, value: unknown): SimChangelogItem[] {
  const before = issue.customFields[fieldId] ?? null;
  if (valueString(before) === valueString(value)) return [];
  issue.customFields[fieldId] = value;
  const name = ctx.state.fields.find((f) => f.id === fieldId)?.name ?? fieldId;
  return [item(name, fieldId, null, valueString(before), null, valueString(value))];
}

/** Every write that changed something bumps `updated`, appends a changelog entry and fires `issue_updated`. */
export function recordIssueChange(ctx: SimContext, issue: SimIssue, items: SimChangelogItem[]): SimChangelogEntry | null {
  if (items.length === 0) return null;
  const created = nowIso(ctx);
  const entry: SimChangelogEntry = { id: nextChangelogId(ctx.state), authorAccountId: ctx.actorAccountId, created, items };
  issue.changelog.push(entry);
  issue.updated = created;
  ctx.emit({ type: 'issue_updated', issue, actor: ctx.actor, actorAccountId: ctx.actorAccountId, changelog: entry });
  return entry;
}
