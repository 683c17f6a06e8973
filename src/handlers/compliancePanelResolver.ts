import Resolver from '@forge/resolver';

const resolver = new Resolver();

/** Tells the panel which issue it is on; the catalog search arrives with the catalog module. */
resolver.define('getIssueContext', ({ context }) => {
  const issue = (context.extension as { issue?: { id?: string; key?: string } }).issue;
  return { ok: true, value: { issueId: issue?.id ?? null, issueKey: issue?.key ?? null } };
});

export const compliancePanelResolver = resolver.getDefinitions();
