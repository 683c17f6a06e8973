import type { SimIssueLink } from '../model';
import { selfUrl } from '../context';
import { JiraRestError, badRequest, json } from '../http';
import { nextLinkId } from '../ids';
import { recordIssueChange } from '../issueChanges';
import { requireIssuePermission, requireVisibleIssue } from '../permissions';
import { presentIssueLink } from '../presentIssue';
import { presentLinkType } from '../presentMeta';
import { type Route, bodyRecord } from './route';

function ref(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

const createLink: Route = {
  method: 'POST',
  template: '/rest/api/3/issueLink',
  handle(ctx, req) {
    const { state } = ctx;
    const body = bodyRecord(req.body);
    const typeRef = ref(body.type);
    const type = state.linkTypes.find((t) => t.id === typeRef.id || t.name === typeRef.name);
    if (!type) throw new JiraRestError(404, [`No issue link type with name '${String(typeRef.name ?? typeRef.id)}' found.`]);
    const idOf = (side: unknown) => {
      const r = ref(side);
      return String(r.key ?? r.id ?? '');
    };
    const inward = requireVisibleIssue(state, ctx.actor, idOf(body.inwardIssue));
    const outward = requireVisibleIssue(state, ctx.actor, idOf(body.outwardIssue));
    if (inward.id === outward.id) throw badRequest('You cannot link an issue to itself.');
    requireIssuePermission(state, ctx.actor, inward, 'LINK_ISSUES', 'You do not have the permission to link issues.');
    const existing = state.links.find((l) => l.typeId === type.id && l.inwardIssueId === inward.id && l.outwardIssueId === outward.id);
    // Jira answers a repeated link with 201 and keeps the one link.
    if (existing) return { status: 201, headers: { location: selfUrl(ctx, `/rest/api/3/issueLink/${existing.id}`) }, body: undefined };

    const link: SimIssueLink = { id: nextLinkId(state), typeId: type.id, inwardIssueId: inward.id, outwardIssueId: outward.id };
    state.links.push(link);
    // Both issues record the link in their history, each in its own words.
    recordIssueChange(ctx, inward, [
      { field: 'Link', fieldId: 'issuelinks', from: null, fromString: null, to: outward.key, toString: `This issue ${type.outward} ${outward.key}` },
    ]);
    recordIssueChange(ctx, outward, [
      { field: 'Link', fieldId: 'issuelinks', from: null, fromString: null, to: inward.key, toString: `This issue ${type.inward} ${inward.key}` },
    ]);
    ctx.emit({ type: 'issuelink_created', link, actor: ctx.actor, actorAccountId: ctx.actorAccountId });
    return { status: 201, headers: { location: selfUrl(ctx, `/rest/api/3/issueLink/${link.id}`) }, body: undefined };
  },
};

const getLink: Route = {
  method: 'GET',
  template: '/rest/api/3/issueLink/{linkId}',
  handle(ctx, req) {
    const link = ctx.state.links.find((l) => l.id === req.params.linkId);
    if (!link) throw new JiraRestError(404, ['No issue link with id exists.']);
    requireVisibleIssue(ctx.state, ctx.actor, link.inwardIssueId);
    requireVisibleIssue(ctx.state, ctx.actor, link.outwardIssueId);
    return json(200, presentIssueLink(ctx, link));
  },
};

const getLinkTypes: Route = {
  method: 'GET',
  template: '/rest/api/3/issueLinkType',
  handle(ctx) {
    return json(200, { issueLinkTypes: ctx.state.linkTypes.map((t) => presentLinkType(ctx, t)) });
  },
};

export const linkRoutes: Route[] = [createLink, getLink, getLinkTypes];
