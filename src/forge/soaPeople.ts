import { asApp, route } from '@forge/api';
import type { PeopleDirectory } from '../ports/soaPeople';
import { jiraRequests } from './forgeJiraPort';
import { kvsClassificationStore } from './kvsClassificationStore';

// `user/bulk` answers at most 200 accounts a call; a page of the registers names far fewer.
const BULK_LIMIT = 200;

/**
 * As the app: the caller's groups come from Jira for `context.accountId`, so no payload can claim a group, and
 * the check works for users who may not browse users and groups themselves.
 */
export function soaPeopleAsApp(): PeopleDirectory {
  const { expectOk } = jiraRequests(asApp());
  return {
    async groupsOf(accountId) {
      const response = await expectOk('Reading the user\'s groups', route`/rest/api/3/user/groups?accountId=${accountId}`);
      const groups = (await response.json()) as { name?: string }[];
      return groups.flatMap((group) => (typeof group.name === 'string' ? [group.name] : []));
    },

    // One setting names the ISMS leads everywhere: escalation notices, SoA, AI register, audit programme.
    ismsLeadGroup: async () => (await kvsClassificationStore.settings.get()).ismsLeadGroup,

    async displayNames(accountIds) {
      const ids = [...new Set(accountIds)].slice(0, BULK_LIMIT);
      if (ids.length === 0) return {};
      const query = new URLSearchParams([['maxResults', String(BULK_LIMIT)], ...ids.map((id) => ['accountId', id])]);
      const response = await expectOk('Reading user names', route`/rest/api/3/user/bulk?${query}`);
      const body = (await response.json()) as { values?: { accountId?: string; displayName?: string }[] };
      return Object.fromEntries((body.values ?? []).flatMap((user) => (typeof user.accountId === 'string' && typeof user.displayName === 'string' ? [[user.accountId, user.displayName]] : [])));
    },
  };
}
