import type { SimComment } from '../model';
import { nowIso } from '../context';
import { fieldErrors, json } from '../http';
import { nextCommentId } from '../ids';
import { requireIssuePermission, requireVisibleIssue } from '../permissions';
import { presentComment } from '../presentActivity';
import { type Route, bodyRecord, page, queryInt } from './route';

const getComments: Route = {
  method: 'GET',
  template: '/rest/api/3/issue/{issueIdOrKey}/comment',
  handle(ctx, req) {
    const issue = requireVisibleIssue(ctx.state, ctx.actor, req.params.issueIdOrKey!);
    const newestFirst = req.query.get('orderBy') === '-created';
    const ordered = newestFirst ? [...issue.comments].reverse() : issue.comments;
    const { values, startAt, maxResults, total } = page(ordered, queryInt(req.query, 'startAt', 0), queryInt(req.query, 'maxResults', 5000));
    return json(200, { comments: values.map((c) => presentComment(ctx, issue, c)), startAt, maxResults, total });
  },
};

const addComment: Route = {
  method: 'POST',
  template: '/rest/api/3/issue/{issueIdOrKey}/comment',
  handle(ctx, req) {
    const issue = requireVisibleIssue(ctx.state, ctx.actor, req.params.issueIdOrKey!);
    requireIssuePermission(ctx.state, ctx.actor, issue, 'ADD_COMMENTS', 'You do not have the permission to comment on this issue.');
    const body = bodyRecord(req.body).body;
    // REST v3 takes comment bodies as Atlassian Document Format only.
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw fieldErrors({ comment: 'Comment body can not be empty!' });
    }
    const created = nowIso(ctx);
    const comment: SimComment = { id: nextCommentId(ctx.state), authorAccountId: ctx.actorAccountId, body, created, updated: created };
    issue.comments.push(comment);
    issue.updated = created;
    ctx.emit({ type: 'issue_commented', issue, actor: ctx.actor, actorAccountId: ctx.actorAccountId, comment });
    return json(201, presentComment(ctx, issue, comment));
  },
};

export const commentRoutes: Route[] = [getComments, addComment];
