import type { SimIssue, SimState } from '../../../workbench/jira/model';
import { createJiraSimulator, type JiraSimulatorOptions } from '../../../workbench/jira/simulator';
import type { SimActor, SimIssueEvent, SimResponse } from '../../../workbench/jira/types';

export const NOW = new Date('2026-11-24T20:25:57.000Z');
export const AGENT: SimActor = { kind: 'user', accountId: 'acc-agent' };
export const OUTSIDER: SimActor = { kind: 'user', accountId: 'acc-outsider' };
export const ADMIN: SimActor = { kind: 'user', accountId: 'acc-admin' };
export const APP: SimActor = { kind: 'app', appModuleKeys: ['cab-status-field'] };
export const CAB_STATUS_FIELD = 'customfield_10100';

const AGENTS = [{ group: 'service-desk-agents' }];

export function issue(overrides: Partial<SimIssue> & Pick<SimIssue, 'id' | 'key' | 'projectId' | 'issueTypeId' | 'statusId'>): SimIssue {
  return {
    summary: `Issue ${overrides.key}`,
    description: null,
    labels: [],
    priorityId: '2',
    assigneeAccountId: null,
    reporterAccountId: 'acc-agent',
    created: '2026-11-01T09:00:00.000Z',
    updated: '2026-11-01T09:00:00.000Z',
    resolutiondate: null,
    resolutionId: null,
    parentId: null,
    customFields: {},
    properties: {},
    comments: [],
    changelog: [],
    ...overrides,
  };
}

/** A service desk project (SD), a change project (CHG), an agent, an outsider, a site admin and the app's account. */
export function fixtureState(): SimState {
  const grants = { BROWSE_PROJECTS: AGENTS, CREATE_ISSUES: AGENTS, EDIT_ISSUES: AGENTS, TRANSITION_ISSUES: AGENTS, ADD_COMMENTS: AGENTS, LINK_ISSUES: AGENTS };
  return {
    site: { cloudId: 'cloud-test', baseUrl: 'https://triad-test.example.net' },
    users: [
      { accountId: 'acc-agent', displayName: 'Alex Agent', emailAddress: 'alex@example.net', accountType: 'atlassian', active: true, timeZone: 'Europe/Berlin', groups: ['service-desk-agents'] },
      { accountId: 'acc-outsider', displayName: 'Olive Outsider', emailAddress: 'olive@example.net', accountType: 'atlassian', active: true, timeZone: 'UTC', groups: [] },
      { accountId: 'acc-admin', displayName: 'Ada Admin', emailAddress: 'ada@example.net', accountType: 'atlassian', active: true, timeZone: 'UTC', groups: ['jira-admins'], isSiteAdmin: true },
      { accountId: 'acc-app', displayName: 'Triad', emailAddress: '', accountType: 'app', active: true, timeZone: 'UTC', groups: [] },
    ],
    groups: [
      { name: 'service-desk-agents', groupId: 'g-agents' },
      { name: 'jira-admins', groupId: 'g-admins' },
    ],
    projects: [
      { id: '10000', key: 'SD', name: 'Service Desk', projectTypeKey: 'service_desk', style: 'classic', leadAccountId: 'acc-admin', issueTypeIds: ['10001', '10003'], permissions: grants },
      { id: '10001', key: 'CHG', name: 'Changes', projectTypeKey: 'software', style: 'classic', leadAccountId: 'acc-admin', issueTypeIds: ['10002'], permissions: grants },
    ],
    issueTypes: [
      { id: '10001', name: 'Incident', description: 'Unplanned interruption', subtask: false, hierarchyLevel: 0 },
      { id: '10002', name: 'Change', description: 'A change to a service', subtask: false, hierarchyLevel: 0 },
      { id: '10003', name: 'Sub-task', description: 'Part of a task', subtask: true, hierarchyLevel: -1 },
    ],
    statuses: [
      { id: '1', name: 'Open', statusCategory: 'new' },
      { id: '3', name: 'In Progress', statusCategory: 'indeterminate' },
      { id: '5', name: 'Resolved', statusCategory: 'done' },
      { id: '10010', name: 'Awaiting CAB', statusCategory: 'new' },
      { id: '10011', name: 'Approved', statusCategory: 'indeterminate' },
    ],
    workflows: [
      {
        id: 'wf-sd', name: 'Service desk workflow', projectId: '10000', issueTypeIds: [], initialStatusId: '1',
        transitions: [
          { id: '11', name: 'Start progress', from: ['1'], to: '3' },
          { id: '21', name: 'Resolve', from: ['1', '3'], to: '5' },
          { id: '31', name: 'Reopen', from: ['5'], to: '1' },
        ],
      },
      {
        id: 'wf-chg', name: 'Change workflow', projectId: '10001', issueTypeIds: ['10002'], initialStatusId: '10010',
        transitions: [{ id: '41', name: 'Approve', from: ['10010'], to: '10011', validatorModuleKeys: ['cab-approval-validator'] }],
      },
    ],
    fields: [
      { id: 'summary', key: 'summary', name: 'Summary', custom: false, schema: { type: 'string', system: 'summary' }, clauseNames: ['summary'] },
      { id: 'labels', key: 'labels', name: 'Labels', custom: false, schema: { type: 'array', items: 'string', system: 'labels' }, clauseNames: ['labels'] },
      { id: 'status', key: 'status', name: 'Status', custom: false, schema: { type: 'status', system: 'status' }, clauseNames: ['status'] },
      { id: 'customfield_10050', key: 'customfield_10050', name: 'Service', custom: true, schema: { type: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield', customId: 10050 }, clauseNames: ['cf[10050]', 'Service'] },
      {
        id: CAB_STATUS_FIELD, key: 'triad__cab-status-field', name: 'CAB status', custom: true,
        schema: { type: 'string', custom: 'ari:cloud:ecosystem::extension/triad/cab-status-field', customId: 10100 },
        forgeModuleKey: 'cab-status-field', readOnly: true, clauseNames: ['cf[10100]', 'CAB status'],
      },
    ],
    priorities: [
      { id: '1', name: 'High' },
      { id: '2', name: 'Medium' },
      { id: '3', name: 'Low' },
    ],
    resolutions: [
      { id: '10000', name: 'Done' },
      { id: '10001', name: "Won't Do" },
    ],
    linkTypes: [
      { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
      { id: '10001', name: 'Relates', inward: 'relates to', outward: 'relates to' },
    ],
    issues: [
      issue({ id: '20001', key: 'SD-1', projectId: '10000', issueTypeId: '10001', statusId: '1', summary: 'Mail server down', labels: ['email'], properties: { imsClauses: { ids: ['ISO20000-1:8.6.1'] } } }),
      issue({ id: '20002', key: 'SD-2', projectId: '10000', issueTypeId: '10001', statusId: '3', assigneeAccountId: 'acc-agent' }),
      issue({ id: '20003', key: 'CHG-1', projectId: '10001', issueTypeId: '10002', statusId: '10010', customFields: { [CAB_STATUS_FIELD]: 'pending' } }),
    ],
    links: [],
    counters: {},
  };
}

export function strictSimulator(state: SimState = fixtureState(), options: Partial<JiraSimulatorOptions> = {}) {
  const events: SimIssueEvent[] = [];
  const simulator = createJiraSimulator(state, { now: () => NOW, strict: true, onIssueEvent: (e) => events.push(e), ...options });
  const call = (actor: SimActor, method: string, path: string, body?: unknown): Promise<SimResponse> =>
    simulator.handle({ method, path, headers: { accept: 'application/json' }, body, actor });
  return { simulator, state, events, call };
}

/** Narrows a response body for assertions. */
export function bodyOf<T = Record<string, unknown>>(response: SimResponse): T {
  return response.body as T;
}
