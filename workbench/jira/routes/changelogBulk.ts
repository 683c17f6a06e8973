import type { SimChangelogEntry, SimIssue } from '../model';
import { badRequest, json } from '../http';
import { canBrowseIssue, findIssue } from '../permissions';
import { presentChangelogEntry } from '../presentActivity';
import { type Route, bodyRecord, stringList } from './route';

const MAX_ISSUES = 1000;
const DEFAULT_PAGE = 1000;
const MAX_PAGE = 10000;

function decodeOffset(token: unknown): number {
  if (token === undefined) return 0;
  const offset = typeof token === 'string' ? Number(Buffer.from(token, 'base64url').toString('utf8')) : NaN;
  if (!Number.isInteger(offset) || offset < 0) throw badRequest('The provided next page token is invalid or expired.');
  return offset;
}

const bulkFetchChangelogs: Route = {
  method: 'POST',
  template: '/rest/api/3/changelog/bulkfetch',
  handle(ctx, req) {
    const body = bodyRecord(req.body);
    const idsOrKeys = stringList(body.issueIdsOrKeys, 'issueIdsOrKeys') ?? [];
    if (idsOrKeys.length === 0 || idsOrKeys.length > MAX_ISSUES) {
      throw badRequest(`issueIdsOrKeys must hold between 1 and ${MAX_ISSUES} issues.`);
    }
    const fieldIds = stringList(body.fieldIds, 'fieldIds');
    const pageSize = Math.min(typeof body.maxResults === 'number' ? body.maxResults : DEFAULT_PAGE, MAX_PAGE);
    const offset = decodeOffset(body.nextPageToken);
    // Hidden and unknown issues are left out; the page counts changelog entries across all issues.
    const entries: { issue: SimIssue; entry: SimChangelogEntry }[] = idsOrKeys
      .map((idOrKey) => findIssue(ctx.state, idOrKey))
      .filter((issue): issue is SimIssue => issue !== undefined && canBrowseIssue(ctx.state, ctx.actor, issue))
      .flatMap((issue) =>
        issue.changelog
          .map((entry) => ({ issue, entry: { ...entry, items: entry.items.filter((i) => !fieldIds || fieldIds.includes(i.fieldId)) } }))
          .filter(({ entry }) => entry.items.length > 0),
      );
    const pageEntries = entries.slice(offset, offset + pageSize);
    const byIssue = new Map<string, Record<string, unknown>[]>();
    for (const { issue, entry } of pageEntries) {
      byIssue.set(issue.id, [...(byIssue.get(issue.id) ?? []), presentChangelogEntry(ctx, entry)]);
    }
    const next = offset + pageEntries.length;
    return json(200, {
      issueChangeLogs: [...byIssue].map(([issueId, changeHistories]) => ({ issueId, changeHistories })),
      ...(next < entries.length ? { nextPageToken: Buffer.from(String(next)).toString('base64url') } : {}),
    });
  },
};

export const changelogBulkRoutes: Route[] = [bulkFetchChangelogs];
