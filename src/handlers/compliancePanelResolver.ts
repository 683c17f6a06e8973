import Resolver from '@forge/resolver';
import { z } from 'zod';
import { CatalogSearchInput } from '../domain/schemas/catalogSearch';
import { userComplianceLinksPorts } from '../forge/complianceLinksPorts';
import { searchCatalog } from '../services/catalog/searchCatalog';
import { getLinks } from '../services/complianceLinks/getLinks';
import { linkClause, linkRisk, unlinkClause, unlinkRisk } from '../services/complianceLinks/linkCommands';
import { succeed, type LinksResult } from '../services/complianceLinks/linksResult';
import { searchRisks } from '../services/complianceLinks/searchRisks';
import { failureOf } from './classificationErrors';
import { fail, ok, parsePayload } from './shared/result';

/** The issue and the user come from the invocation context, never from the payload. */
const CallContext = z.looseObject({
  accountId: z.string().min(1),
  extension: z.looseObject({ issue: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }) }),
});

export const ClauseLinkInput = z.strictObject({ clauseId: z.string().max(100, { error: 'A clause id is at most 100 characters.' }) });
export const RiskLinkInput = z.strictObject({ riskId: z.string().max(20, { error: 'A risk id is at most 20 characters.' }) });
export const RiskSearchInput = z.strictObject({ query: z.string().max(200, { error: 'The search text is limited to 200 characters.' }) });

function callerOf(context: unknown) {
  const parsed = CallContext.safeParse(context);
  return parsed.success ? { accountId: parsed.data.accountId, issueId: parsed.data.extension.issue.id } : null;
}

const NO_CALLER = 'Open the compliance panel from an issue while signed in.';

/** Runs a use case for the caller; Jira's refusals and crashes become the house error codes. */
async function asCaller<T>(context: unknown, what: string, run: (caller: { accountId: string; issueId: string }) => Promise<LinksResult<T>>) {
  const caller = callerOf(context);
  if (!caller) return fail('FORBIDDEN', NO_CALLER);
  try {
    return await run(caller);
  } catch (error) {
    return failureOf(error, what);
  }
}

const resolver = new Resolver();

/** Tells the panel which issue it is on, from the invocation context (never from the payload). */
resolver.define('getIssueContext', ({ context }) => {
  const issue = (context.extension as { issue?: { id?: string; key?: string } }).issue;
  return ok({ issueId: issue?.id ?? null, issueKey: issue?.key ?? null });
});

/** Clause/control picker: ranked search over the three standards' catalog. */
resolver.define('searchCatalog', ({ payload }) => {
  const input = parsePayload(CatalogSearchInput, payload);
  return input.ok ? ok(searchCatalog(input.value)) : input;
});

resolver.define('getLinks', ({ context }) => asCaller(context, 'Loading the compliance links', (caller) => getLinks(userComplianceLinksPorts(), caller.issueId)));

resolver.define('linkClause', ({ payload, context }) => {
  const input = parsePayload(ClauseLinkInput, payload);
  if (!input.ok) return input;
  return asCaller(context, 'Linking the clause', (caller) => linkClause(userComplianceLinksPorts(), caller.issueId, caller.accountId, input.value.clauseId));
});

resolver.define('unlinkClause', ({ payload, context }) => {
  const input = parsePayload(ClauseLinkInput, payload);
  if (!input.ok) return input;
  return asCaller(context, 'Removing the clause', (caller) => unlinkClause(userComplianceLinksPorts(), caller.issueId, caller.accountId, input.value.clauseId));
});

resolver.define('linkRisk', ({ payload, context }) => {
  const input = parsePayload(RiskLinkInput, payload);
  if (!input.ok) return input;
  return asCaller(context, 'Linking the risk', (caller) => linkRisk(userComplianceLinksPorts(), caller.issueId, caller.accountId, input.value.riskId));
});

resolver.define('unlinkRisk', ({ payload, context }) => {
  const input = parsePayload(RiskLinkInput, payload);
  if (!input.ok) return input;
  return asCaller(context, 'Removing the risk', (caller) => unlinkRisk(userComplianceLinksPorts(), caller.issueId, caller.accountId, input.value.riskId));
});

/** Searching the register needs no issue, but a signed-in user in the panel's context. */
resolver.define('searchRisks', ({ payload, context }) => {
  const input = parsePayload(RiskSearchInput, payload);
  if (!input.ok) return input;
  return asCaller(context, 'Searching the risk register', async () => succeed(await searchRisks(userComplianceLinksPorts(), input.value.query)));
});

export const compliancePanelResolver = resolver.getDefinitions();
