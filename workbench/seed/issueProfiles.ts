import { DEMO_USERS as U, STAFF_USERS as STAFF } from './demoUsers';
import { ISSUE_TYPE_IDS, PRIORITY_IDS as P, RESOLUTION_IDS as R, STATUS_IDS as S } from './siteCatalog';

/** Types the generator fills with history; the IMS project's types start empty (audits and reviews are made in the app). */
export type IssueTypeKey = Exclude<keyof typeof ISSUE_TYPE_IDS, 'audit' | 'auditFinding' | 'correctiveAction' | 'task'>;
export type ProjectKey = 'SD' | 'CHG' | 'SEC' | 'AIG';

/** A summary with `{slot}`s; `escalatesTo` marks incidents that the security or AI team takes over. */
export interface SummaryTemplate {
  text: string;
  labels?: readonly string[];
  escalatesTo?: 'SEC' | 'AIG';
}

/** How issues of one type look and live: words, people, and the status paths they take through the workflow. */
export interface IssueProfile {
  type: IssueTypeKey;
  projectKey: ProjectKey;
  summaries: readonly SummaryTemplate[];
  /** First description paragraph. */
  descriptions: readonly string[];
  /** Second description paragraph. */
  impacts: readonly string[];
  labels: readonly string[];
  priorities: readonly (readonly [string, number])[];
  reporters: readonly string[];
  assignees: readonly string[];
  /** Whole status paths from the initial status, weighted; an open issue stops part-way along one. */
  lifecycles: readonly (readonly [readonly string[], number])[];
  /** Resolution when the path ends in a "positive" done status (declined ones always get Won't Do). */
  resolutions: readonly (readonly [string, number])[];
  /** Typical days from creation to done. */
  daysToDone: readonly [number, number];
  comments: readonly string[];
}

const sdAgents = [U.agent.accountId, STAFF.secondAgent.accountId];
const employees = [STAFF.financeClerk.accountId, STAFF.salesRep.accountId, STAFF.hrPartner.accountId, U.requester.accountId, STAFF.dataScientist.accountId];
const securityTeam = [STAFF.securityAnalyst.accountId, U.ismsLead.accountId];
const aiTeam = [U.aiOwner.accountId, STAFF.dataScientist.accountId];

const sdLifecycles = [
  [[S.open, S.inProgress, S.resolved, S.closed], 6],
  [[S.open, S.inProgress, S.waitingForCustomer, S.inProgress, S.resolved, S.closed], 2],
  [[S.open, S.resolved, S.closed], 1],
] as const;

export const ISSUE_PROFILES: Record<IssueTypeKey, IssueProfile> = {
  incident: {
    type: 'incident',
    projectKey: 'SD',
    summaries: [
      { text: 'VPN outage for {office} office', labels: ['network', 'vpn'] },
      { text: '{service} unavailable for {team} users', labels: ['outage'] },
      { text: 'Slow response times on {service}', labels: ['performance'] },
      { text: 'Cannot log in to {app}', labels: ['access'] },
      { text: 'Printer queue stuck in {office} office', labels: ['printing'] },
      { text: 'E-mail delivery delayed for {team}', labels: ['e-mail'] },
      { text: '{app} sync failing since this morning', labels: ['integration'] },
      { text: 'Wi-Fi drops in {office} meeting rooms', labels: ['network'] },
      { text: 'Nightly export job failed on {service}', labels: ['batch'] },
      { text: 'Disk almost full on {host}', labels: ['capacity'] },
      { text: '{vendor} degradation affecting {service}', labels: ['supplier'] },
      { text: 'Phishing email reported by {team}', labels: ['phishing', 'security'], escalatesTo: 'SEC' },
      { text: 'Suspicious login alerts for {team} accounts', labels: ['security'], escalatesTo: 'SEC' },
      { text: 'Laptop lost on the way to the {office} office', labels: ['security', 'asset'], escalatesTo: 'SEC' },
      { text: 'Model drift alert on {model} model', labels: ['ai', 'monitoring'], escalatesTo: 'AIG' },
      { text: 'Customer complaint about {model} decision', labels: ['ai', 'complaint'], escalatesTo: 'AIG' },
    ],
    descriptions: [
      'Users in the {office} office report that {service} stopped responding around 08:40 local time.',
      'Monitoring raised an alert for {host}; the {team} team confirmed the symptoms by phone.',
      'Reported through the portal by the {team} team. Several colleagues see the same error.',
      'The {severity} disruption started after the morning peak and is still ongoing.',
    ],
    impacts: [
      'Impact: {team} cannot complete month-end tasks until the service is back.',
      'Workaround: use the web client or the {office} office hot desks for now.',
      'No workaround known. Around 40 users affected.',
      'Impact limited to one team; the customer-facing services are not affected.',
    ],
    labels: ['network', 'outage', 'access', 'performance', 'major-incident', 'known-error'],
    priorities: [[P.highest, 1], [P.high, 3], [P.medium, 5], [P.low, 2]],
    reporters: employees,
    assignees: sdAgents,
    lifecycles: sdLifecycles,
    resolutions: [[R.done, 12], [R.duplicate, 1], [R.cannotReproduce, 1]],
    daysToDone: [0.1, 4],
    comments: [
      'I can reproduce this from the {office} office. Looking into it now.',
      'Restarted the affected service on {host}; monitoring for the next hour.',
      'Users confirm it works again. Resolving.',
      'This looks related to the change rolled out on {service} yesterday.',
      'Still failing for me, same error as before.',
      'Escalated to second line with the logs attached.',
    ],
  },
  serviceRequest: {
    type: 'serviceRequest',
    projectKey: 'SD',
    summaries: [
      { text: 'Access to {app} for new joiner in {team}', labels: ['access', 'onboarding'] },
      { text: 'New laptop for {team} colleague', labels: ['hardware'] },
      { text: 'Increase mailbox quota for {team} shared inbox', labels: ['e-mail'] },
      { text: 'Remove {app} access for leaver', labels: ['access', 'offboarding'] },
      { text: 'Install {app} desktop client', labels: ['software'] },
      { text: 'Guest Wi-Fi for visitors in {office}', labels: ['network'] },
      { text: 'Report export from {service} for {team}', labels: ['reporting'] },
    ],
    descriptions: [
      'Please set this up for the {team} team by the end of the week.',
      'Requested on behalf of the {team} lead; approval is attached to the request.',
      'Standard request from the catalogue. Cost centre: {team}.',
    ],
    impacts: ['Needed for the start date next Monday.', 'No urgency, but please confirm when done.', 'Manager approval received by e-mail.'],
    labels: ['access', 'hardware', 'software', 'onboarding', 'offboarding', 'standard-change'],
    priorities: [[P.medium, 6], [P.low, 4], [P.lowest, 1], [P.high, 1]],
    reporters: employees,
    assignees: sdAgents,
    lifecycles: sdLifecycles,
    resolutions: [[R.done, 10], [R.wontDo, 1]],
    daysToDone: [0.5, 7],
    comments: ['Approved by the line manager.', 'Access granted; please log out and in again.', 'Waiting for the hardware delivery.', 'Can you confirm the cost centre?'],
  },
  problem: {
    type: 'problem',
    projectKey: 'SD',
    summaries: [
      { text: 'Recurring timeouts on {service}', labels: ['known-error'] },
      { text: 'Root cause of repeated VPN drops in {office}', labels: ['network', 'rca'] },
      { text: 'Memory leak in {service} batch jobs on {host}', labels: ['rca'] },
      { text: 'Intermittent {app} authentication failures', labels: ['access', 'rca'] },
    ],
    descriptions: [
      'At least five incidents in the last month point to the same underlying cause in {service}.',
      'Trend analysis shows the {severity} failures cluster around batch windows on {host}.',
    ],
    impacts: ['Known error recorded; workaround documented in the knowledge base.', 'A permanent fix probably needs a change on {service}.'],
    labels: ['known-error', 'rca', 'capacity'],
    priorities: [[P.high, 2], [P.medium, 4], [P.low, 1]],
    reporters: sdAgents,
    assignees: [STAFF.secondAgent.accountId, U.agent.accountId],
    lifecycles: [[[S.open, S.inProgress, S.resolved, S.closed], 3], [[S.open, S.inProgress, S.resolved], 1]],
    resolutions: [[R.done, 6], [R.wontDo, 1]],
    daysToDone: [7, 60],
    comments: ['Root cause identified: connection pool exhausted under load.', 'Raised a change to apply the permanent fix.', 'Workaround published to the knowledge base.'],
  },
  change: {
    type: 'change',
    projectKey: 'CHG',
    summaries: [
      { text: 'Upgrade PostgreSQL 14 → 16 on {database}', labels: ['database'] },
      { text: 'Rotate TLS certificates for {service}', labels: ['security', 'certificates'] },
      { text: 'Migrate {service} to the new Kubernetes cluster', labels: ['infrastructure'] },
      { text: 'Patch {component} on {host}', labels: ['patching', 'security'] },
      { text: 'Enable MFA for all {app} users', labels: ['security', 'access'] },
      { text: 'Retrain {model} model on Q3 data', labels: ['ai', 'model-release'] },
      { text: 'Switch {service} e-mail provider to {vendor}', labels: ['supplier'] },
      { text: 'Firewall rule change for {office} office VPN', labels: ['network'] },
      { text: 'Decommission legacy {service} servers', labels: ['infrastructure'] },
      { text: 'Deploy {model} model v2 to production', labels: ['ai', 'model-release'] },
    ],
    descriptions: [
      'Planned during the Saturday maintenance window, 22:00–02:00 CET. Rollback plan: restore the snapshot taken before the change.',
      'Normal change. Implementation by the platform team; tested in staging last week.',
      'Required to stay within vendor support. The {vendor} advisory recommends completing it this quarter.',
    ],
    impacts: [
      'Service impact: {service} read-only for about 30 minutes.',
      'Security impact: reduces exposure of {service}; no new data flows.',
      'No user-visible downtime expected; {team} informed in advance.',
    ],
    labels: ['standard-change', 'emergency-change', 'maintenance-window'],
    priorities: [[P.high, 2], [P.medium, 6], [P.low, 2]],
    reporters: [U.requester.accountId, U.requester.accountId, U.cabChair.accountId],
    assignees: [U.requester.accountId, U.cabMember.accountId],
    lifecycles: [
      [[S.draft, S.inReview, S.approved, S.implementing, S.done], 10],
      [[S.draft, S.inReview, S.draft, S.inReview, S.approved, S.implementing, S.done], 2],
      [[S.draft, S.inReview, S.rejected], 1],
      [[S.draft, S.cancelled], 1],
      [[S.draft, S.inReview, S.approved, S.cancelled], 1],
    ],
    resolutions: [[R.done, 1]],
    daysToDone: [3, 30],
    comments: [
      'Rollback plan looks fine. Please add the monitoring checks you will watch.',
      'Security impact reviewed: no objections.',
      'Can we move this to the next window? {team} has a release that weekend.',
      'Implemented as planned, no incidents raised.',
      'Backup verified before the start of the window.',
    ],
  },
  securityIncident: {
    type: 'securityIncident',
    projectKey: 'SEC',
    summaries: [
      { text: 'Credential phishing campaign targeting {team}', labels: ['phishing'] },
      { text: 'Malware detected on {team} laptop', labels: ['malware'] },
      { text: 'Unauthorised access attempt on {service}', labels: ['access'] },
      { text: 'Customer data sent to wrong recipient by {team}', labels: ['data-breach', 'personal-data'] },
      { text: 'Lost device with access to {app}', labels: ['asset'] },
      { text: 'Brute-force attempts against {host}', labels: ['access'] },
    ],
    descriptions: [
      'Detected by the SOC at 03:12 UTC; the affected account belongs to the {team} team.',
      'Escalated from the service desk after a user report. Scope still being assessed.',
      'EDR alert on a {team} device; the device was isolated automatically.',
    ],
    impacts: [
      'Personal data may be involved: check the 72-hour notification deadline.',
      'No evidence of data exfiltration so far.',
      'Credentials reset for the affected accounts.',
    ],
    labels: ['phishing', 'malware', 'personal-data', 'gdpr', 'soc'],
    priorities: [[P.highest, 2], [P.high, 4], [P.medium, 2]],
    reporters: [U.ismsLead.accountId, STAFF.securityAnalyst.accountId, STAFF.securityAnalyst.accountId],
    assignees: securityTeam,
    lifecycles: [[[S.open, S.investigating, S.contained, S.closed], 4], [[S.open, S.investigating, S.closed], 2]],
    resolutions: [[R.done, 6], [R.cannotReproduce, 1], [R.duplicate, 1]],
    daysToDone: [1, 14],
    comments: [
      'Indicators of compromise added to the blocklist.',
      'Legal informed; personal data involved for about 120 customers.',
      'Containment confirmed, moving to lessons learned.',
      'False positive: the login came from the new {office} office range.',
    ],
  },
  vulnerability: {
    type: 'vulnerability',
    projectKey: 'SEC',
    summaries: [
      { text: '{cve} in {component} on {host}', labels: ['cve'] },
      { text: 'Outdated {component} version on {host}', labels: ['patching'] },
      { text: 'Weak TLS configuration on {service}', labels: ['configuration'] },
      { text: 'Pen test finding: IDOR in {service}', labels: ['pentest'] },
    ],
    descriptions: [
      'Found by the weekly scan. CVSS 8.1; exploit code is public.',
      'Reported in the annual penetration test by the external auditor.',
      '{vendor} published an advisory for this version; a fixed release is available.',
    ],
    impacts: ['Exposure: internal network only.', 'Exposure: internet-facing, affects {service}.', 'Compensating control: WAF rule in place since the report.'],
    labels: ['cve', 'patching', 'pentest', 'internet-facing'],
    priorities: [[P.highest, 1], [P.high, 3], [P.medium, 4], [P.low, 2]],
    reporters: [STAFF.automation.accountId, STAFF.securityAnalyst.accountId],
    assignees: securityTeam,
    lifecycles: [
      [[S.open, S.inProgress, S.mitigated], 6],
      [[S.open, S.riskAccepted], 1],
      [[S.open, S.inProgress, S.riskAccepted], 1],
    ],
    resolutions: [[R.done, 8], [R.duplicate, 1]],
    daysToDone: [2, 45],
    comments: ['Patch scheduled with the next change window.', 'Risk accepted by the asset owner until the system is decommissioned.', 'Rescan clean after the upgrade.'],
  },
  aiIncident: {
    type: 'aiIncident',
    projectKey: 'AIG',
    summaries: [
      { text: 'Model drift alert on {model} model', labels: ['drift'] },
      { text: 'Possible bias in {model} outcomes for older applicants', labels: ['bias'] },
      { text: '{model} chatbot disclosed internal pricing', labels: ['misuse', 'transparency'] },
      { text: 'Training data for {model} contains personal data', labels: ['privacy', 'personal-data'] },
      { text: 'Unexpected rejections by {model} model after release', labels: ['drift'] },
    ],
    descriptions: [
      'Population stability index above 0.25 for three consecutive days on the {model} model.',
      'Raised after a customer complaint forwarded by the {team} team.',
      'The monitoring dashboard shows a jump in error rate since the last release.',
    ],
    impacts: [
      'Affected decisions are being reviewed by hand until the model is checked.',
      'AI harm kind: bias. Affected group still being assessed.',
      'Model rolled back to the previous version as a precaution.',
    ],
    labels: ['drift', 'bias', 'privacy', 'transparency', 'human-oversight'],
    priorities: [[P.highest, 1], [P.high, 3], [P.medium, 3]],
    reporters: [U.aiOwner.accountId, STAFF.dataScientist.accountId, U.ismsLead.accountId],
    assignees: aiTeam,
    lifecycles: [[[S.toDo, S.inProgress, S.done], 4], [[S.toDo, S.inProgress, S.inReview, S.done], 2]],
    resolutions: [[R.done, 6], [R.cannotReproduce, 1]],
    daysToDone: [2, 21],
    comments: ['Feature distribution for income shifted after the data pipeline change.', 'Fairness metrics within tolerance after retraining.', 'Human review of 200 sampled decisions found no systematic error.'],
  },
  aiSystemReview: {
    type: 'aiSystemReview',
    projectKey: 'AIG',
    summaries: [
      { text: 'Annual impact assessment: {model} model', labels: ['impact-assessment'] },
      { text: 'Pre-release review of {model} model v2', labels: ['release-review'] },
      { text: 'Supplier review: {vendor} AI services', labels: ['supplier'] },
      { text: 'Data quality review for {model} training set', labels: ['data-quality'] },
    ],
    descriptions: [
      'Scheduled review of the {model} system against the AI policy and the risk register.',
      'Triggered by a significant change to the {model} model.',
    ],
    impacts: ['Outcome feeds the next management review.', 'Owner sign-off required before the next release.'],
    labels: ['impact-assessment', 'release-review', 'supplier', 'data-quality'],
    priorities: [[P.medium, 5], [P.high, 1], [P.low, 2]],
    reporters: [U.aiOwner.accountId, U.ismsLead.accountId],
    assignees: aiTeam,
    lifecycles: [[[S.toDo, S.inProgress, S.inReview, S.done], 4], [[S.toDo, S.inReview, S.done], 1]],
    resolutions: [[R.done, 1]],
    daysToDone: [10, 45],
    comments: ['Intended purpose and affected groups documented.', 'Transparency notice updated on the portal.', 'Signed off by the system owner.'],
  },
};

/** Done statuses that mean "we decided not to": Jira sites resolve these as Won't Do. */
export const DECLINED_STATUS_IDS: readonly string[] = [S.rejected, S.cancelled, S.riskAccepted];
