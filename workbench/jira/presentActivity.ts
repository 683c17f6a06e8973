import type { SimChangelogEntry, SimComment, SimIssue } from './model';
import { type SimContext, selfUrl } from './context';
import { formatJiraDate } from './dates';
import { presentUserDetails } from './presentUser';

export function presentComment(ctx: SimContext, issue: SimIssue, comment: SimComment): Record<string, unknown> {
  const author = presentUserDetails(ctx, comment.authorAccountId);
  return {
    self: selfUrl(ctx, `/rest/api/3/issue/${issue.id}/comment/${comment.id}`),
    id: comment.id,
    author,
    body: comment.body,
    updateAuthor: author,
    created: formatJiraDate(comment.created),
    updated: formatJiraDate(comment.updated),
    jsdPublic: true,
  };
}

/** `Changelog`. Jira sends `from: null`; the spec types these as plain strings, so absent values are omitted. */
export function presentChangelogEntry(ctx: SimContext, entry: SimChangelogEntry): Record<string, unknown> {
  return {
    id: entry.id,
    author: presentUserDetails(ctx, entry.authorAccountId),
    created: formatJiraDate(entry.created),
    items: entry.items.map((item) => {
      const fieldtype = item.fieldId.startsWith('customfield_') ? 'custom' : 'jira';
      const values = { from: item.from, fromString: item.fromString, to: item.to, toString: item.toString };
      const present = Object.entries(values).filter(([, v]) => v !== null);
      return { field: item.field, fieldId: item.fieldId, fieldtype, ...Object.fromEntries(present) };
    }),
  };
}
