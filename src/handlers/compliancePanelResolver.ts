import Resolver from '@forge/resolver';
import { CatalogSearchInput } from '../domain/schemas/catalogSearch';
import { searchCatalog } from '../services/catalog/searchCatalog';
import { ok, parsePayload } from './shared/result';

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

export const compliancePanelResolver = resolver.getDefinitions();
