import type { ComplianceLinksPorts } from '../services/complianceLinks/ports';
import { registerRiskLookup } from '../services/complianceLinks/registerRiskLookup';
import { issueLinksJiraAsUser } from './complianceLinksJira';
import { kvsLinkLedger } from './complianceLinksLedger';
import { riskKvsStore } from './riskKvsStore';

const systemClock = { now: () => new Date() };

/** Ports for a compliance-panel resolver call: Jira acts as the calling user; risks come from the register's store. */
export const userComplianceLinksPorts = (): ComplianceLinksPorts => ({
  jira: issueLinksJiraAsUser(),
  ledger: kvsLinkLedger,
  risks: registerRiskLookup(riskKvsStore),
  clock: systemClock,
});
