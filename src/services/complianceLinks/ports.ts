import type { Clock } from '../../ports/clock';
import type { IssueLinksJira, LinkLedger, RiskLookup } from '../../ports/complianceLinks';

/** What the compliance-link use cases run on; `jira` acts as the calling user. */
export interface ComplianceLinksPorts {
  jira: IssueLinksJira;
  ledger: LinkLedger;
  risks: RiskLookup;
  clock: Clock;
}
