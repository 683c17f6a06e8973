import { linkRisk } from '../services/complianceLinks/linkCommands';
import type { RiskPorts } from '../services/risk/ports';
import { userComplianceLinksPorts } from './complianceLinksPorts';
import { riskJiraAsApp, riskJiraAsUser } from './riskJiraPort';
import { riskKvsStore } from './riskKvsStore';

const systemClock = { now: () => new Date() };

export const riskRegisterPorts = (): RiskPorts => ({
  store: riskKvsStore,
  appJira: riskJiraAsApp(),
  userJira: riskJiraAsUser(),
  clock: systemClock,
  async linkIssueToRisk(issueId, riskId, caller) {
    const linked = await linkRisk(userComplianceLinksPorts(), issueId, caller.accountId, riskId);
    return linked.ok ? { ok: true } : { ok: false, message: linked.error.message };
  },
});
