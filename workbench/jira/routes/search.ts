import { type JqlContext, type JqlValidation, compileJql, parseJqlForApi } from '../jql';
import { precomputeAppFunctions } from '../jql/appFunctions';
import type { SimIssue } from '../model';
import type { SimContext } from '../context';
import { parseFieldSelection, selectPropertyKeys } from '../fieldSelection';
import { ISSUE_NOT_VISIBLE, JiraRestError, badRequest, json } from '../http';
import { canBrowseIssue, findIssue } from '../permissions';
import { presentIssue } from '../presentIssue';
import { type Route, bodyRecord, queryList, stringList } from './route';

// Enhanced search: 50 a page by default, at most 100, or 5,000 when only ids are asked for (DESIGN.md §4).
const DEFAULT_PAGE = 50;
const MAX_PAGE = 100;
const MAX_ID_PAGE = 5000;
const MAX_BULK_FETCH = 100;
const VALIDATION_MODES: JqlValidation[] = ['strict', 'warn', 'none'];

interface SearchInput {
  jql: string | undefined;
  nextPageToken: string | undefined;
  maxResults: number | undefined;
  fields: string[] | undefined;
  properties: string[] | undefined;
}

/** The enhanced search refuses queries with no restriction at all (empty, or only ORDER BY). */
function requireBoundedJql(jql: string | undefined): string {
  if (jql === undefined || /^\s*(order\s+by\b.*)?$/is.test(jql)) {
    throw badRequest('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  }
  return jql;
}

/** The engine's context for one query: the app's JQL functions are asked first, the engine gets their answers. */
async function jqlContextOf(ctx: SimContext, jql: string): Promise<JqlContext> {
  return {
    state: ctx.state,
    currentAccountId: ctx.actorAccountId,
    now: ctx.now(),
    aliases: ctx.jqlAliases,
    jqlFunctions: await precomputeAppFunctions(jql, ctx.jqlFunctions),
  };
}

/** Issues the caller may browse that match the JQL, in the query's order (ties by id, so pages are stable). */
async function matchingIssues(ctx: SimContext, jql: string): Promise<SimIssue[]> {
  const compiled = compileJql(jql, await jqlContextOf(ctx, jql));
  if (!compiled.ok) throw new JiraRestError(400, compiled.errorMessages);
  const { query } = compiled;
  return ctx.state.issues
    .filter((issue) => canBrowseIssue(ctx.state, ctx.actor, issue) && query.matches(issue))
    .sort((a, b) => query.compare(a, b) || Number(a.id) - Number(b.id));
}

// The page token carries the offset and the query it belongs to, so a token is not reused for another search.
function encodeToken(jql: string, offset: number): string {
  return Buffer.from(JSON.stringify({ jql, offset })).toString('base64url');
}

function decodeToken(token: string, jql: string): number {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    const { jql: tokenJql, offset } = decoded as { jql?: unknown; offset?: unknown };
    if (tokenJql === jql && typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // falls through to the error below
  }
  throw badRequest('The provided next page token is invalid or expired.');
}

async function search(ctx: SimContext, input: SearchInput) {
  const jql = requireBoundedJql(input.jql);
  const selection = parseFieldSelection(ctx.state, input.fields, ['id']);
  const limit = selection.idOnly ? MAX_ID_PAGE : MAX_PAGE;
  const pageSize = Math.max(1, Math.min(input.maxResults ?? DEFAULT_PAGE, limit));
  const offset = input.nextPageToken === undefined ? 0 : decodeToken(input.nextPageToken, jql);
  const issues = await matchingIssues(ctx, jql);
  const pageIssues = issues.slice(offset, offset + pageSize);
  const isLast = offset + pageIssues.length >= issues.length;
  return json(200, {
    issues: pageIssues.map((issue) =>
      presentIssue(ctx, issue, selection, selectPropertyKeys(Object.keys(issue.properties), input.properties)),
    ),
    ...(isLast ? {} : { nextPageToken: encodeToken(jql, offset + pageIssues.length) }),
    isLast,
  });
}

function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw badRequest(`${name} must be a string.`);
  return value;
}

function optionalInt(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw badRequest(`The value '${String(value)}' is invalid for ${name}.`);
  return n;
}

const searchPost: Route = {
  method: 'POST',
  template: '/rest/api/3/search/jql',
  handle(ctx, req) {
    const body = bodyRecord(req.body);
    return search(ctx, {
      jql: optionalString(body.jql, 'jql'),
      nextPageToken: optionalString(body.nextPageToken, 'nextPageToken'),
      maxResults: optionalInt(body.maxResults, 'maxResults'),
      fields: stringList(body.fields, 'fields'),
      properties: stringList(body.properties, 'properties'),
    });
  },
};

const searchGet: Route = {
  method: 'GET',
  template: '/rest/api/3/search/jql',
  handle(ctx, req) {
    return search(ctx, {
      jql: req.query.get('jql') ?? undefined,
      nextPageToken: req.query.get('nextPageToken') ?? undefined,
      maxResults: optionalInt(req.query.get('maxResults'), 'maxResults'),
      fields: queryList(req.query, 'fields'),
      properties: queryList(req.query, 'properties'),
    });
  },
};

const approximateCount: Route = {
  method: 'POST',
  template: '/rest/api/3/search/approximate-count',
  async handle(ctx, req) {
    const jql = requireBoundedJql(optionalString(bodyRecord(req.body).jql, 'jql'));
    return json(200, { count: (await matchingIssues(ctx, jql)).length });
  },
};

const bulkFetch: Route = {
  method: 'POST',
  template: '/rest/api/3/issue/bulkfetch',
  handle(ctx, req) {
    const body = bodyRecord(req.body);
    const idsOrKeys = stringList(body.issueIdsOrKeys, 'issueIdsOrKeys') ?? [];
    if (idsOrKeys.length === 0) throw badRequest('issueIdsOrKeys must contain at least one issue id or key.');
    if (idsOrKeys.length > MAX_BULK_FETCH) {
      throw badRequest(`The number of issues requested exceeds the maximum allowed (${MAX_BULK_FETCH}).`);
    }
    const selection = parseFieldSelection(ctx.state, stringList(body.fields, 'fields'), ['*navigable']);
    const properties = stringList(body.properties, 'properties');
    const issues: Record<string, unknown>[] = [];
    const issueErrors: { id: string; errorMessage: string }[] = [];
    for (const idOrKey of idsOrKeys) {
      const issue = findIssue(ctx.state, idOrKey);
      if (issue && canBrowseIssue(ctx.state, ctx.actor, issue)) {
        issues.push(presentIssue(ctx, issue, selection, selectPropertyKeys(Object.keys(issue.properties), properties)));
      } else {
        issueErrors.push({ id: idOrKey, errorMessage: ISSUE_NOT_VISIBLE });
      }
    }
    return json(200, { issues, issueErrors });
  },
};

const jqlParse: Route = {
  method: 'POST',
  template: '/rest/api/3/jql/parse',
  async handle(ctx, req) {
    const queries = stringList(bodyRecord(req.body).queries, 'queries');
    if (!queries) throw badRequest('queries is required.');
    const validation = req.query.get('validation') ?? 'strict';
    if (!VALIDATION_MODES.includes(validation as JqlValidation)) throw badRequest(`Invalid validation mode '${validation}'.`);
    const mode = validation as JqlValidation;
    // Each query gets its own functions' answers; `none` checks syntax only, so asks no app.
    const parsed = await Promise.all(
      queries.map(async (query) => {
        const queryCtx = mode === 'none' ? undefined : await jqlContextOf(ctx, query);
        return parseJqlForApi([query], { validation: mode, ctx: queryCtx }).queries;
      }),
    );
    return json(200, { queries: parsed.flat() });
  },
};

export const searchRoutes: Route[] = [searchPost, searchGet, approximateCount, bulkFetch, jqlParse];
