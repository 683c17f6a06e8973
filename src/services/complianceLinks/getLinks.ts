import type { ComplianceLinksPorts } from './ports';
import { presentLinks, type LinksView } from './presentLinks';
import { readIssueLinks } from './readIssueLinks';
import { succeed, type LinksResult } from './linksResult';

/** The panel's view of one issue: its links with titles, the cross-standard suggestions and whether the user may edit. */
export async function getLinks(ports: ComplianceLinksPorts, issueId: string): Promise<LinksResult<LinksView>> {
  const current = await readIssueLinks(ports, issueId);
  if (!current.ok) return current;
  const { links } = current.value;
  const [canEdit, risks] = await Promise.all([ports.jira.canEditIssue(issueId), Promise.all(links.risks.map((id) => ports.risks.find(id)))]);
  return succeed(presentLinks(links, risks, canEdit));
}
