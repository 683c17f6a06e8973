import type { SimChangelogItem, SimIssue, SimResolution, SimTransition } from '../model';
import { type SimContext, nowIso } from '../context';
import { JiraRestError, badRequest, fieldErrors, json, noContent } from '../http';
import { applyIssuePatch, recordIssueChange } from '../issueChanges';
import { readIssuePatch } from '../issueInput';
import { hasProjectPermission, projectOf, requireIssuePermission, requireVisibleIssue } from '../permissions';
import { presentStatus } from '../presentMeta';
import { transitionsFrom, workflowFor } from '../workflows';
import { type Route, bodyRecord } from './route';

function statusOf(ctx: SimContext, statusId: string) {
  const status = ctx.state.statuses.find((s) => s.id === statusId);
  if (!status) throw new Error(`Simulator state is inconsistent: unknown status ${statusId}`);
  return status;
}

function availableTransitions(ctx: SimContext, issue: SimIssue): SimTransition[] {
  return transitionsFrom(workflowFor(ctx.state, issue.projectId, issue.issueTypeId), issue.statusId);
}

function presentTransition(ctx: SimContext, transition: SimTransition): Record<string, unknown> {
  return {
    id: transition.id,
    name: transition.name,
    to: presentStatus(ctx, statusOf(ctx, transition.to)),
    hasScreen: false,
    isGlobal: transition.from.length === 0,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    looped: false,
  };
}

const getTransitions: Route = {
  method: 'GET',
  template: '/rest/api/3/issue/{issueIdOrKey}/transitions',
  handle(ctx, req) {
    const issue = requireVisibleIssue(ctx.state, ctx.actor, req.params.issueIdOrKey!);
    // Without the Transition permission Jira lists no transitions rather than failing.
    const allowed = hasProjectPermission(ctx.state, ctx.actor, projectOf(ctx.state, issue), 'TRANSITION_ISSUES');
    const wanted = req.query.get('transitionId');
    const transitions = (allowed ? availableTransitions(ctx, issue) : []).filter((t) => wanted === null || t.id === wanted);
    return json(200, { expand: 'transitions', transitions: transitions.map((t) => presentTransition(ctx, t)) });
  },
};

function readResolution(ctx: SimContext, body: Record<string, unknown>): SimResolution | undefined {
  const fields = body.fields as Record<string, unknown> | undefined;
  const ref = fields?.resolution as { id?: unknown; name?: unknown } | undefined;
  if (ref === undefined) return undefined;
  const resolution = ctx.state.resolutions.find((r) => r.id === ref?.id || r.name === ref?.name);
  if (!resolution) throw fieldErrors({ resolution: 'The resolution selected is invalid.' });
  return resolution;
}

/** Done-category statuses carry a resolution (the given one, else the site's first); others have none. */
function resolutionItems(ctx: SimContext, issue: SimIssue, targetIsDone: boolean, given: SimResolution | undefined): SimChangelogItem[] {
  const before = ctx.state.resolutions.find((r) => r.id === issue.resolutionId) ?? null;
  const after = targetIsDone ? (given ?? before ?? ctx.state.resolutions[0] ?? null) : null;
  if ((before?.id ?? null) === (after?.id ?? null)) return [];
  issue.resolutionId = after?.id ?? null;
  issue.resolutiondate = after ? nowIso(ctx) : null;
  return [{ field: 'resolution', fieldId: 'resolution', from: before?.id ?? null, fromString: before?.name ?? null, to: after?.id ?? null, toString: after?.name ?? null }];
}

const doTransition: Route = {
  method: 'POST',
  template: '/rest/api/3/issue/{issueIdOrKey}/transitions',
  async handle(ctx, req) {
    const issue = requireVisibleIssue(ctx.state, ctx.actor, req.params.issueIdOrKey!);
    requireIssuePermission(ctx.state, ctx.actor, issue, 'TRANSITION_ISSUES', 'You do not have permission to transition this issue.');
    const body = bodyRecord(req.body);
    const transitionId = String((body.transition as { id?: unknown } | undefined)?.id ?? '');
    if (transitionId === '') throw badRequest('Missing transition id.');
    const transition = availableTransitions(ctx, issue).find((t) => t.id === transitionId);
    if (!transition) throw badRequest(`Transition id '${transitionId}' is not valid for this issue.`);
    const patch = readIssuePatch(ctx, body, issue, ['resolution']);
    const resolution = readResolution(ctx, body);

    // Workflow validators see the issue before it moves; a refusal changes nothing.
    const verdict = await ctx.beforeTransition({ issue, transition, actor: ctx.actor });
    if (!verdict.ok) throw new JiraRestError(400, [verdict.message]);

    const from = statusOf(ctx, issue.statusId);
    const to = statusOf(ctx, transition.to);
    const items = applyIssuePatch(ctx, issue, patch);
    if (from.id !== to.id) {
      items.push({ field: 'status', fieldId: 'status', from: from.id, fromString: from.name, to: to.id, toString: to.name });
      issue.statusId = to.id;
    }
    items.push(...resolutionItems(ctx, issue, to.statusCategory === 'done', resolution));
    recordIssueChange(ctx, issue, items);
    return noContent();
  },
};

export const transitionRoutes: Route[] = [getTransitions, doTransition];
