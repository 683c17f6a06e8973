import type { LinkChange, LinkResult } from '../../domain/complianceLinks';
import type { ComplianceLinks } from '../../domain/schemas/complianceLinks';
import type { ComplianceLinksPorts } from './ports';
import { presentLinks, type LinksView } from './presentLinks';
import { readIssueLinks } from './readIssueLinks';
import { refuse, succeed, type LinksResult } from './linksResult';

export type LinkCommand = (links: ComplianceLinks, change: LinkChange) => LinkResult;

// Each retry re-reads the ledger and re-applies the command, so a lost race costs one more round trip, not a change.
const MAX_COMMIT_ATTEMPTS = 5;
const MAX_PROPERTY_CATCH_UPS = 3;

/**
 * Applies one link command for the calling user. The user must see the issue (property read as the user) and hold
 * Edit Issues. The change commits to the ledger with compare-and-set plus its audit event in one transaction;
 * then the property, which JQL indexes, is written from the ledger.
 */
export async function changeLinks(
  ports: ComplianceLinksPorts,
  issueId: string,
  accountId: string,
  command: LinkCommand,
  /** Runs once the user is authorized, before any write: a refusal it returns is the answer. */
  precondition: () => Promise<LinksResult<void>> = () => Promise.resolve(succeed(undefined)),
): Promise<LinksResult<LinksView>> {
  const visible = await readIssueLinks(ports, issueId);
  if (!visible.ok) return visible;
  if (!(await ports.jira.canEditIssue(issueId))) return refuse('FORBIDDEN', 'You need the Edit Issues permission to change the compliance links of this issue.');
  const allowed = await precondition();
  if (!allowed.ok) return allowed;

  let current = visible.value;
  for (let attempt = 0; attempt < MAX_COMMIT_ATTEMPTS; attempt += 1) {
    if (attempt > 0) {
      const reread = await readIssueLinks(ports, issueId);
      if (!reread.ok) return reread;
      current = reread.value;
    }
    const result = command(current.links, { issueId, actor: { accountId }, now: ports.clock.now() });
    if (!result.ok) return refuse(result.error.code, result.error.message);
    const version = current.version + 1;
    if (await ports.ledger.commit(issueId, current.version, result.links, result.event)) {
      await writeProperty(ports, issueId, version, result.links);
      const risks = await Promise.all(result.links.risks.map((id) => ports.risks.find(id)));
      return succeed(presentLinks(result.links, risks, true));
    }
  }
  return refuse('CONFLICT', 'Others are changing the links of this issue right now. Reload the panel and try again.');
}

/**
 * Writes the property from the ledger. Two committed writes can reach Jira in either order; whoever writes checks
 * afterwards whether the ledger moved on and, if so, writes the newer state, so the last write to land is the latest.
 */
async function writeProperty(ports: ComplianceLinksPorts, issueId: string, version: number, links: ComplianceLinks): Promise<void> {
  let written = { version, links };
  for (let round = 0; round < MAX_PROPERTY_CATCH_UPS; round += 1) {
    await ports.jira.writeLinks(issueId, written.links);
    const latest = await ports.ledger.read(issueId);
    if (latest === null || latest.version <= written.version) return;
    written = latest;
  }
}
