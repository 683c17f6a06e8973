import type { SimState, SimUser } from './model';
import { type SimContext, selfUrl } from './context';

function avatarUrls(accountId: string): Record<string, string> {
  const base = `https://avatar.invalid/${encodeURIComponent(accountId)}`;
  return { '16x16': `${base}?s=16`, '24x24': `${base}?s=24`, '32x32': `${base}?s=32`, '48x48': `${base}?s=48` };
}

/** `UserDetails` (authors, assignees). An account the state does not know shows as a bare, inactive account. */
export function presentUserDetails(ctx: SimContext, accountId: string): Record<string, unknown> {
  const user = ctx.state.users.find((u) => u.accountId === accountId);
  const self = selfUrl(ctx, `/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`);
  if (!user) return { self, accountId, active: false, displayName: 'Unknown user', avatarUrls: avatarUrls(accountId) };
  return {
    self,
    accountId: user.accountId,
    accountType: user.accountType,
    emailAddress: user.emailAddress,
    avatarUrls: avatarUrls(user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
  };
}

export function presentGroupName(ctx: SimContext, name: string): Record<string, unknown> {
  const group = ctx.state.groups.find((g) => g.name === name);
  return {
    name,
    groupId: group?.groupId ?? null,
    self: selfUrl(ctx, `/rest/api/3/group?groupId=${encodeURIComponent(group?.groupId ?? name)}`),
  };
}

/** `User` (myself, user): adds `groups` when `expand=groups` is asked. */
export function presentUser(ctx: SimContext, user: SimUser, expand: string[] = []): Record<string, unknown> {
  const body: Record<string, unknown> = { ...presentUserDetails(ctx, user.accountId), locale: 'en_US' };
  if (expand.includes('groups')) {
    body.groups = { size: user.groups.length, items: user.groups.map((g) => presentGroupName(ctx, g)) };
  }
  body.expand = 'groups,applicationRoles';
  return body;
}

export function displayNameOf(state: SimState, accountId: string | null): string | null {
  if (accountId === null) return null;
  return state.users.find((u) => u.accountId === accountId)?.displayName ?? accountId;
}
