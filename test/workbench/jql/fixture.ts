import type { SimIssue, SimState } from '../../../workbench/jira/model';
import { compileJql } from '../../../workbench/jira/jql/compileJql';
import type { JqlContext } from '../../../workbench/jira/jql/context';

/** Wednesday 18 February 2026, noon UTC: startOfWeek() is Sunday the 15th, startOfMonth() the 1st. */
export const NOW = new Date('2026-02-18T12:00:00.000Z');

export const ALICE = 'acc-alice';
export const BOB = 'acc-bob';
export const CAROL = 'acc-carol';

const CLASSIFICATION = 'customfield_10070';

function adf(text: string): unknown {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

function issue(partial: Partial<SimIssue> & Pick<SimIssue, 'id' | 'key' | 'summary' | 'created'>): SimIssue {
  return {
    projectId: '10000',
    issueTypeId: '1',
    statusId: '1',
    description: null,
    labels: [],
    priorityId: '3',
    assigneeAccountId: null,
    reporterAccountId: ALICE,
    updated: partial.created,
    resolutiondate: null,
    resolutionId: null,
    parentId: null,
    customFields: {},
    properties: {},
    comments: [],
    changelog: [],
    ...partial,
  };
}

/** A small site: a service desk project (SD) and a change project (CHG), six issues with varied fields. */
export function fixtureState(): SimState {
  return {
    site: { cloudId: 'cloud-test', baseUrl: 'https://triad-test.example' },
    users: [
      { accountId: ALICE, displayName: 'Alice Agent', emailAddress: 'alice@example.com', accountType: 'atlassian', active: true, timeZone: 'UTC', groups: ['service-desk'] },
      { accountId: BOB, displayName: 'Bob Approver', emailAddress: 'bob@example.com', accountType: 'atlassian', active: true, timeZone: 'UTC', groups: ['cab', 'service-desk'] },
      { accountId: CAROL, displayName: 'Carol Lead', emailAddress: 'carol@example.com', accountType: 'atlassian', active: true, timeZone: 'UTC', groups: ['cab'] },
    ],
    groups: [
      { name: 'service-desk', groupId: 'g-1' },
      { name: 'cab', groupId: 'g-2' },
    ],
    projects: [
      { id: '10000', key: 'SD', name: 'Service Desk', projectTypeKey: 'service_desk', style: 'classic', leadAccountId: ALICE, issueTypeIds: ['1', '3'], permissions: {} },
      { id: '10001', key: 'CHG', name: 'Change Management', projectTypeKey: 'software', style: 'classic', leadAccountId: CAROL, issueTypeIds: ['2', '3'], permissions: {} },
    ],
    issueTypes: [
      { id: '1', name: 'Incident', description: '', subtask: false, hierarchyLevel: 0 },
      { id: '2', name: 'Change', description: '', subtask: false, hierarchyLevel: 0 },
      { id: '3', name: 'Sub-task', description: '', subtask: true, hierarchyLevel: -1 },
    ],
    statuses: [
      { id: '1', name: 'Open', statusCategory: 'new' },
      { id: '3', name: 'In Progress', statusCategory: 'indeterminate' },
      { id: '5', name: 'Done', statusCategory: 'done' },
    ],
    workflows: [],
    fields: [
      { id: 'customfield_10050', key: 'customfield_10050', name: 'Impact score', custom: true, schema: { type: 'number', customId: 10050 }, clauseNames: [] },
      { id: 'customfield_10060', key: 'customfield_10060', name: 'Root cause', custom: true, schema: { type: 'string', customId: 10060 }, clauseNames: [] },
      { id: CLASSIFICATION, key: CLASSIFICATION, name: 'Classification', custom: true, schema: { type: 'object', customId: 10070 }, clauseNames: [], forgeModuleKey: 'ims-classification' },
      { id: 'customfield_10080', key: 'customfield_10080', name: 'Review date', custom: true, schema: { type: 'date', customId: 10080 }, clauseNames: [] },
    ],
    priorities: [
      { id: '1', name: 'Highest' },
      { id: '2', name: 'High' },
      { id: '3', name: 'Medium' },
      { id: '4', name: 'Low' },
    ],
    resolutions: [
      { id: '10000', name: 'Done' },
      { id: '10001', name: "Won't Do" },
    ],
    linkTypes: [{ id: '100', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }],
    issues: [
      issue({
        id: '20001',
        key: 'SD-1',
        summary: 'Disk full on the mail server',
        description: adf('The backup volume ran out of space overnight.'),
        created: '2026-01-05T09:30:00.000Z',
        updated: '2026-02-17T08:00:00.000Z',
        labels: ['outage', 'Mail'],
        priorityId: '1',
        assigneeAccountId: ALICE,
        customFields: { customfield_10050: 8, [CLASSIFICATION]: { security: false, severity: 2, domains: ['service'] } },
        properties: { 'ims-links': { clauses: ['ISO20000-1:8.6.1'] } },
      }),
      issue({
        id: '20002',
        key: 'SD-2',
        summary: 'Phishing email reported by finance',
        description: adf('Credential harvesting link; user clicked it.'),
        created: '2026-02-16T14:00:00.000Z',
        statusId: '3',
        labels: ['security'],
        priorityId: '2',
        assigneeAccountId: BOB,
        reporterAccountId: CAROL,
        customFields: { customfield_10050: 5, customfield_10060: 'Weak mail filtering rules', [CLASSIFICATION]: { security: true, severity: 1, domains: ['service', 'security'] } },
        properties: { 'ims-links': { clauses: ['ISO27001:A.5.24', 'ISO27001:A.5.25'] } },
        comments: [{ id: 'c1', authorAccountId: BOB, body: adf('Reset the password of the affected account.'), created: '2026-02-16T15:00:00.000Z', updated: '2026-02-16T15:00:00.000Z' }],
      }),
      issue({
        id: '20003',
        key: 'SD-3',
        summary: 'Printer offline',
        created: '2025-12-20T10:00:00.000Z',
        statusId: '5',
        resolutionId: '10000',
        resolutiondate: '2026-01-31T10:00:00.000Z',
        priorityId: '4',
        customFields: { customfield_10080: '2026-03-01' },
      }),
      issue({
        id: '20004',
        key: 'SD-4',
        summary: 'Reset mail password for the printer account',
        created: '2026-02-18T07:00:00.000Z',
        issueTypeId: '3',
        parentId: '20001',
        priorityId: null,
        assigneeAccountId: CAROL,
      }),
      issue({
        id: '20005',
        key: 'CHG-1',
        projectId: '10001',
        issueTypeId: '2',
        summary: 'Upgrade the mail server',
        created: '2026-02-01T00:00:00.000Z',
        statusId: '5',
        resolutionId: '10001',
        resolutiondate: '2026-02-10T16:45:00.000Z',
        reporterAccountId: CAROL,
        customFields: { [CLASSIFICATION]: { security: true, severity: 3, domains: ['service', 'security', 'ai'] } },
        properties: { 'ims-links': { clauses: ['ISO27001:A.5.24', 'ISO42001:A.6.2.6'] } },
      }),
      issue({
        id: '20006',
        key: 'CHG-2',
        projectId: '10001',
        issueTypeId: '2',
        summary: 'Rotate TLS certificates',
        created: '2026-02-18T11:59:00.000Z',
        statusId: '3',
        priorityId: '2',
        assigneeAccountId: ALICE,
      }),
    ],
    links: [{ id: '30001', typeId: '100', outwardIssueId: '20005', inwardIssueId: '20001' }],
    counters: {},
  };
}

function classification(issue: SimIssue): Record<string, unknown> | undefined {
  const value = issue.customFields[CLASSIFICATION];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function linkedClauses(issue: SimIssue): unknown {
  const links = issue.properties['ims-links'];
  return typeof links === 'object' && links !== null ? (links as { clauses?: unknown }).clauses : undefined;
}

/** The context the workbench would build: the app's aliases from the manifest and its JQL functions. */
export function fixtureContext(overrides: Partial<JqlContext> = {}): JqlContext {
  return {
    state: fixtureState(),
    currentAccountId: ALICE,
    now: NOW,
    aliases: [
      { name: 'imsClass.security', resolve: (issue) => classification(issue)?.security },
      { name: 'imsClass.severity', resolve: (issue) => classification(issue)?.severity },
      { name: 'imsClass.domains', resolve: (issue) => classification(issue)?.domains },
      { name: 'imsClause', resolve: linkedClauses },
    ],
    jqlFunctions: {
      evidenceFor: (args) => `imsClause = "${args[0] ?? ''}"`,
      securityIncidents: () => 'imsClass.security = "true" AND issuetype = Incident',
      brokenFunction: () => 'imsClass.security = true',
      refusingFunction: (args) => ({ error: `Unknown clause '${args[0] ?? ''}'.` }),
      loopingFunction: () => 'issue in loopingFunction()',
    },
    ...overrides,
  };
}

/** Keys of the fixture issues matching the JQL, in the query's order; fails the test if the query is refused. */
export function searchKeys(jql: string, ctx: JqlContext = fixtureContext()): string[] {
  const compiled = compileJql(jql, ctx);
  if (!compiled.ok) throw new Error(`JQL refused: ${compiled.errorMessages.join(' | ')}`);
  const { query } = compiled;
  return ctx.state.issues.filter((issue) => query.matches(issue)).sort((a, b) => query.compare(a, b)).map((issue) => issue.key);
}

/** The sorted keys, for assertions about which issues match regardless of order. */
export function matchingKeys(jql: string, ctx?: JqlContext): string[] {
  return searchKeys(jql, ctx).sort();
}

/** The error messages for a refused query; fails the test if the query compiles. */
export function errorsOf(jql: string, ctx: JqlContext = fixtureContext()): string[] {
  const compiled = compileJql(jql, ctx);
  if (compiled.ok) throw new Error(`JQL unexpectedly accepted: ${jql}`);
  return compiled.errorMessages;
}
