import type { SimUser } from '../model';
import { type SimContext, selfUrl } from '../context';
import { JiraRestError, badRequest, json } from '../http';
import { findUser } from '../permissions';
import { presentGroupName, presentUser, presentUserDetails } from '../presentUser';
import { type Route, page, queryInt, queryList } from './route';

const USER_NOT_FOUND = 'Specified user does not exist or you do not have required permissions';

function requireAccountId(query: URLSearchParams): string {
  const accountId = query.get('accountId');
  if (!accountId) throw badRequest("The query parameter 'accountId' is required.");
  return accountId;
}

function requireUser(ctx: SimContext, accountId: string): SimUser {
  const user = findUser(ctx.state, accountId);
  if (!user) throw new JiraRestError(404, [USER_NOT_FOUND]);
  return user;
}

const myself: Route = {
  method: 'GET',
  template: '/rest/api/3/myself',
  handle(ctx, req) {
    const user = findUser(ctx.state, ctx.actorAccountId);
    if (!user) return json(200, presentUserDetails(ctx, ctx.actorAccountId));
    return json(200, presentUser(ctx, user, queryList(req.query, 'expand')));
  },
};

const getUser: Route = {
  method: 'GET',
  template: '/rest/api/3/user',
  handle(ctx, req) {
    const user = requireUser(ctx, requireAccountId(req.query));
    return json(200, presentUser(ctx, user, queryList(req.query, 'expand')));
  },
};

const bulkUsers: Route = {
  method: 'GET',
  template: '/rest/api/3/user/bulk',
  handle(ctx, req) {
    const accountIds = queryList(req.query, 'accountId');
    if (!accountIds) throw badRequest("The query parameter 'accountId' is required.");
    // Unknown accounts are left out, as Jira does.
    const users = accountIds.map((id) => findUser(ctx.state, id)).filter((u): u is SimUser => u !== undefined);
    const result = page(users, queryInt(req.query, 'startAt', 0), Math.min(queryInt(req.query, 'maxResults', 10), 200));
    return json(200, {
      self: selfUrl(ctx, '/rest/api/3/user/bulk'),
      maxResults: result.maxResults,
      startAt: result.startAt,
      total: result.total,
      isLast: result.isLast,
      values: result.values.map((u) => presentUser(ctx, u)),
    });
  },
};

const userGroups: Route = {
  method: 'GET',
  template: '/rest/api/3/user/groups',
  handle(ctx, req) {
    const user = requireUser(ctx, requireAccountId(req.query));
    return json(200, user.groups.map((g) => presentGroupName(ctx, g)));
  },
};

const groupMembers: Route = {
  method: 'GET',
  template: '/rest/api/3/group/member',
  handle(ctx, req) {
    // Needs the admin scope and Browse users and groups: site admins and the app here.
    if (ctx.actor.kind === 'user' && !findUser(ctx.state, ctx.actor.accountId)?.isSiteAdmin) {
      throw new JiraRestError(403, ['You do not have permission to view the members of this group.']);
    }
    const groupId = req.query.get('groupId');
    const groupName = req.query.get('groupname');
    if (groupId === null && groupName === null) throw badRequest('Either groupId or groupname must be given.');
    const group = ctx.state.groups.find((g) => g.groupId === groupId || g.name === groupName);
    if (!group) throw new JiraRestError(404, ['The group was not found.']);
    const includeInactive = req.query.get('includeInactiveUsers') === 'true';
    const members = ctx.state.users.filter((u) => u.groups.includes(group.name) && (includeInactive || u.active));
    const result = page(members, queryInt(req.query, 'startAt', 0), Math.min(queryInt(req.query, 'maxResults', 50), 50));
    return json(200, {
      self: selfUrl(ctx, `/rest/api/3/group/member?groupId=${encodeURIComponent(group.groupId)}`),
      maxResults: result.maxResults,
      startAt: result.startAt,
      total: result.total,
      isLast: result.isLast,
      values: result.values.map((u) => presentUserDetails(ctx, u.accountId)),
    });
  },
};

export const userRoutes: Route[] = [myself, getUser, bulkUsers, userGroups, groupMembers];
