import type { IssueCounts } from './generateIssues';

/** Generated issues per type on the demo site: about 300, weighted the way a service organisation's Jira looks. */
export const DEMO_COUNTS: IssueCounts = {
  incident: 95,
  serviceRequest: 40,
  problem: 15,
  change: 60,
  securityIncident: 25,
  vulnerability: 25,
  aiIncident: 20,
  aiSystemReview: 16,
};

const sd = DEMO_COUNTS.incident + DEMO_COUNTS.serviceRequest + DEMO_COUNTS.problem;
const sec = DEMO_COUNTS.securityIncident + DEMO_COUNTS.vulnerability;
const aig = DEMO_COUNTS.aiIncident + DEMO_COUNTS.aiSystemReview;

/**
 * The scripted issues of the last three days (see `showcaseIssues.ts`), by key, for tests and E2E:
 * they come after the generated ones, in creation order.
 */
export const DEMO_ISSUE_KEYS = {
  /** CHG, In review, requested by the change requester: waiting for the CAB. */
  postgresUpgrade: `CHG-${DEMO_COUNTS.change + 1}`,
  /** SD incident, In Progress with the agent; escalates the SEC incident below. */
  phishingReport: `SD-${sd + 1}`,
  /** SEC security incident, Investigating; escalated by the SD phishing report. */
  phishingCampaign: `SEC-${sec + 1}`,
  /** AIG AI incident, To Do, owned by the AI system owner. */
  modelDrift: `AIG-${aig + 1}`,
  /** SD incident, Open, assigned to the agent and not yet classified. */
  vpnOutage: `SD-${sd + 2}`,
} as const;
