import { EMPTY_LINKS } from '../../domain/complianceLinks';
import { ComplianceLinksSchema, type ComplianceLinks } from '../../domain/schemas/complianceLinks';
import type { ComplianceLinksPorts } from './ports';
import { ISSUE_NOT_FOUND, refuse, succeed, type LinksResult } from './linksResult';

/**
 * The issue's current links, as the calling user. Reading the property through Jira as the user is the browse
 * check: Jira answers 404 for an issue the user may not see. When the ledger holds the issue, its committed
 * state wins over the property, which may lag one write behind (see `changeLinks`).
 */
export async function readIssueLinks(ports: Pick<ComplianceLinksPorts, 'jira' | 'ledger'>, issueId: string): Promise<LinksResult<{ version: number; links: ComplianceLinks }>> {
  const stored = await ports.jira.readLinks(issueId);
  if (!stored.found) return refuse('NOT_FOUND', ISSUE_NOT_FOUND);
  const entry = await ports.ledger.read(issueId);
  if (entry !== null) return succeed(entry);
  if (stored.value === undefined) return succeed({ version: 0, links: EMPTY_LINKS });
  const parsed = ComplianceLinksSchema.safeParse(stored.value);
  if (!parsed.success) {
    // Entity properties are writable over REST by anyone who can edit the issue: refuse to build on a value we did not write.
    return refuse('CONFLICT', `The issue's compliance links were changed outside the app and no longer read correctly (${parsed.error.issues[0]?.message ?? 'invalid value'}); ask an admin to remove the property.`);
  }
  return succeed({ version: 0, links: parsed.data });
}
