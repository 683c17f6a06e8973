import type { SimIssue, SimIssueLink, SimStatus, SimWorkflow } from '../jira/model';
import { adfParagraphs } from './adf';
import { DEMO_ISSUE_KEYS } from './demoPlan';
import { DEMO_USERS as U, STAFF_USERS as STAFF } from './demoUsers';
import { nextCounter } from './generateIssues';
import { ISSUE_TYPE_IDS as T, LINK_TYPE_IDS, PRIORITY_IDS as P, PROJECT_IDS, STATUS_IDS as S } from './siteCatalog';
import { transitionBetween, workflowFor } from './workflowLookup';

const HOUR_MS = 3_600_000;

interface Scenario {
  name: keyof typeof DEMO_ISSUE_KEYS;
  projectKey: keyof typeof PROJECT_IDS;
  issueTypeId: string;
  hoursAgo: number;
  summary: string;
  paragraphs: string[];
  labels: string[];
  priorityId: string;
  reporter: string;
  assignee: string;
  /** Statuses after the initial one, each reached one hour after the previous event. */
  path: string[];
  comments: { author: string; text: string }[];
}

/** The issues a demo and the E2E tests start from: recent, open, and each in front of one role. */
const SCENARIOS: Scenario[] = [
  {
    name: 'postgresUpgrade',
    projectKey: 'CHG',
    issueTypeId: T.change,
    hoursAgo: 50,
    summary: 'Upgrade PostgreSQL 14 → 16 on billing cluster',
    paragraphs: [
      'PostgreSQL 14 leaves community support in November 2026. Upgrade the three-node billing cluster with pg_upgrade in the Saturday window, 22:00–02:00 CET.',
      'Rollback: restore the snapshot taken at 21:45 and re-point the billing services. Billing is read-only for about 30 minutes.',
    ],
    labels: ['database', 'maintenance-window'],
    priorityId: P.medium,
    reporter: U.requester.accountId,
    assignee: U.requester.accountId,
    path: [S.inReview],
    comments: [{ author: U.cabMember.accountId, text: 'Please attach the staging test results before Thursday’s CAB.' }],
  },
  {
    name: 'phishingReport',
    projectKey: 'SD',
    issueTypeId: T.incident,
    hoursAgo: 26,
    summary: 'Phishing email reported by finance',
    paragraphs: [
      'Julia from finance forwarded an e-mail asking to "confirm the supplier bank details" on a look-alike login page.',
      'At least 14 colleagues in finance received it; two say they clicked the link.',
    ],
    labels: ['phishing', 'security'],
    priorityId: P.high,
    reporter: STAFF.financeClerk.accountId,
    assignee: U.agent.accountId,
    path: [S.inProgress],
    comments: [{ author: U.agent.accountId, text: 'Headers forwarded to the security team; blocking the sender domain now.' }],
  },
  {
    name: 'phishingCampaign',
    projectKey: 'SEC',
    issueTypeId: T.securityIncident,
    hoursAgo: 24,
    summary: 'Credential phishing campaign targeting finance',
    paragraphs: [
      'Look-alike domain registered two days ago; the landing page harvests SSO credentials.',
      'Two finance accounts may be compromised. Personal data involved: unknown yet.',
    ],
    labels: ['phishing', 'personal-data'],
    priorityId: P.highest,
    reporter: STAFF.securityAnalyst.accountId,
    assignee: STAFF.securityAnalyst.accountId,
    path: [S.investigating],
    comments: [],
  },
  {
    name: 'modelDrift',
    projectKey: 'AIG',
    issueTypeId: T.aiIncident,
    hoursAgo: 10,
    summary: 'Model drift alert on credit-scoring model',
    paragraphs: [
      'Population stability index for the income feature is 0.31 (threshold 0.25) for three consecutive days.',
      'Approval rate for applicants under 25 fell from 41% to 28% over the same period.',
    ],
    labels: ['drift', 'bias'],
    priorityId: P.high,
    reporter: STAFF.dataScientist.accountId,
    assignee: U.aiOwner.accountId,
    path: [],
    comments: [],
  },
  {
    name: 'vpnOutage',
    projectKey: 'SD',
    issueTypeId: T.incident,
    hoursAgo: 3,
    summary: 'VPN outage for Berlin office',
    paragraphs: ['Nobody in the Berlin office can connect to the VPN since 07:55; the gateway answers but authentication times out.', 'About 120 users affected; remote colleagues are fine.'],
    labels: ['network', 'vpn', 'major-incident'],
    priorityId: P.highest,
    reporter: STAFF.salesRep.accountId,
    assignee: U.agent.accountId,
    path: [],
    comments: [],
  },
];

function scenarioIssue(scenario: Scenario, nowMs: number, workflows: readonly SimWorkflow[], statuses: ReadonlyMap<string, SimStatus>, counters: Record<string, number>): SimIssue {
  const projectId = PROJECT_IDS[scenario.projectKey];
  const workflow = workflowFor(workflows, projectId, scenario.issueTypeId);
  if (!workflow) throw new Error(`No workflow for showcase issue ${scenario.name}`);
  const at = (hoursAfterCreation: number): string => new Date(nowMs - (scenario.hoursAgo - hoursAfterCreation) * HOUR_MS).toISOString();
  const key = `${scenario.projectKey}-${nextCounter(counters, `issueKey:${scenario.projectKey}`)}`;
  if (key !== DEMO_ISSUE_KEYS[scenario.name]) throw new Error(`Showcase issue ${scenario.name} got ${key}, DEMO_ISSUE_KEYS says ${DEMO_ISSUE_KEYS[scenario.name]}`);
  const issue: SimIssue = {
    id: nextCounter(counters, 'issueId'),
    key,
    projectId,
    issueTypeId: scenario.issueTypeId,
    statusId: workflow.initialStatusId,
    summary: scenario.summary,
    description: adfParagraphs(scenario.paragraphs),
    labels: [...scenario.labels],
    priorityId: scenario.priorityId,
    assigneeAccountId: scenario.assignee,
    reporterAccountId: scenario.reporter,
    created: at(0),
    updated: at(0),
    resolutiondate: null,
    resolutionId: null,
    customFields: {},
    properties: {},
    comments: [],
    changelog: [],
  };
  let hour = 0;
  for (const toId of scenario.path) {
    const from = statuses.get(issue.statusId);
    const to = statuses.get(toId);
    if (!from || !to || !transitionBetween(workflow, from.id, to.id)) throw new Error(`Showcase issue ${scenario.name} cannot move to ${toId}`);
    hour += 1;
    const author = scenario.projectKey === 'CHG' ? scenario.reporter : scenario.assignee;
    issue.changelog.push({
      id: nextCounter(counters, 'changelogId'),
      authorAccountId: author,
      created: at(hour),
      items: [{ field: 'status', fieldId: 'status', from: from.id, fromString: from.name, to: to.id, toString: to.name }],
    });
    issue.statusId = to.id;
  }
  for (const { author, text } of scenario.comments) {
    hour += 1;
    issue.comments.push({ id: nextCounter(counters, 'commentId'), authorAccountId: author, body: adfParagraphs([text]), created: at(hour), updated: at(hour) });
  }
  issue.updated = at(hour);
  return issue;
}

export function showcaseIssues(
  now: Date,
  workflows: readonly SimWorkflow[],
  statuses: readonly SimStatus[],
  counters: Record<string, number>,
): { issues: SimIssue[]; links: SimIssueLink[] } {
  const byId = new Map(statuses.map((s) => [s.id, s]));
  const issues = SCENARIOS.map((scenario) => scenarioIssue(scenario, now.getTime(), workflows, byId, counters));
  const byName = new Map(SCENARIOS.map((scenario, i) => [scenario.name, issues[i] as SimIssue]));
  const report = byName.get('phishingReport') as SimIssue;
  const campaign = byName.get('phishingCampaign') as SimIssue;
  const links: SimIssueLink[] = [{ id: nextCounter(counters, 'linkId'), typeId: LINK_TYPE_IDS.escalates, inwardIssueId: report.id, outwardIssueId: campaign.id }];
  return { issues, links };
}
