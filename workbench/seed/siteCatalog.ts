import type { SimIssueType, SimLinkType, SimPriority, SimResolution, SimStatus } from '../jira/model';

/** Project ids, as Jira numbers them on a new site. */
export const PROJECT_IDS = { SD: '10000', CHG: '10001', SEC: '10002', AIG: '10003', IMS: '10004' } as const;

export const ISSUE_TYPE_IDS = {
  incident: '10001',
  serviceRequest: '10002',
  problem: '10003',
  change: '10004',
  securityIncident: '10005',
  vulnerability: '10006',
  aiIncident: '10007',
  aiSystemReview: '10008',
  audit: '10009',
  auditFinding: '10010',
  correctiveAction: '10011',
  task: '10012',
} as const;

const T = ISSUE_TYPE_IDS;

export function demoIssueTypes(): SimIssueType[] {
  const standard = (id: string, name: string, description: string): SimIssueType => ({ id, name, description, subtask: false, hierarchyLevel: 0 });
  // Team-managed projects own their issue types: same names may exist elsewhere, scoped by project id.
  const scoped = (id: string, name: string, description: string): SimIssueType => ({ ...standard(id, name, description), scopeProjectId: PROJECT_IDS.AIG });
  return [
    standard(T.incident, 'Incident', 'An unplanned interruption to a service or a reduction in its quality.'),
    standard(T.serviceRequest, 'Service request', 'A request for information, advice, access or a standard change.'),
    standard(T.problem, 'Problem', 'The cause, or potential cause, of one or more incidents.'),
    standard(T.change, 'Change', 'Addition, modification or removal of anything that could affect services.'),
    standard(T.securityIncident, 'Security incident', 'An event that compromises confidentiality, integrity or availability of information.'),
    standard(T.vulnerability, 'Vulnerability', 'A weakness of an asset or control that can be exploited.'),
    scoped(T.aiIncident, 'AI incident', 'Harm or a near miss caused by an AI system: bias, drift, misuse, safety, privacy.'),
    scoped(T.aiSystemReview, 'AI system review', 'A periodic or triggered impact assessment of an AI system.'),
    // An audit is a parent (epic level) so its checklist and findings sit under it.
    { ...standard(T.audit, 'Audit', 'An internal audit of the integrated management system (clause 9.2).'), hierarchyLevel: 1 },
    standard(T.auditFinding, 'Audit finding', 'A nonconformity, observation or opportunity for improvement raised by an audit.'),
    standard(T.correctiveAction, 'Corrective action', 'An action that removes the cause of a nonconformity (clause 10).'),
    standard(T.task, 'Task', 'A piece of work for the management system: reviews, follow-ups.'),
  ];
}

/** Jira's built-in statuses keep their historic ids (1 Open, 3 In Progress, 5 Resolved, 6 Closed); the rest start at 10000. */
export const STATUS_IDS = {
  open: '1',
  inProgress: '3',
  resolved: '5',
  closed: '6',
  waitingForCustomer: '10000',
  draft: '10001',
  inReview: '10002',
  approved: '10003',
  implementing: '10004',
  done: '10005',
  rejected: '10006',
  cancelled: '10007',
  investigating: '10008',
  contained: '10009',
  mitigated: '10010',
  riskAccepted: '10011',
  toDo: '10012',
} as const;

const S = STATUS_IDS;

export function demoStatuses(): SimStatus[] {
  return [
    { id: S.open, name: 'Open', statusCategory: 'new' },
    { id: S.inProgress, name: 'In Progress', statusCategory: 'indeterminate' },
    { id: S.resolved, name: 'Resolved', statusCategory: 'done' },
    { id: S.closed, name: 'Closed', statusCategory: 'done' },
    { id: S.waitingForCustomer, name: 'Waiting for customer', statusCategory: 'indeterminate' },
    { id: S.draft, name: 'Draft', statusCategory: 'new' },
    { id: S.inReview, name: 'In review', statusCategory: 'indeterminate' },
    { id: S.approved, name: 'Approved', statusCategory: 'indeterminate' },
    { id: S.implementing, name: 'Implementing', statusCategory: 'indeterminate' },
    { id: S.done, name: 'Done', statusCategory: 'done' },
    { id: S.rejected, name: 'Rejected', statusCategory: 'done' },
    { id: S.cancelled, name: 'Cancelled', statusCategory: 'done' },
    { id: S.investigating, name: 'Investigating', statusCategory: 'indeterminate' },
    { id: S.contained, name: 'Contained', statusCategory: 'indeterminate' },
    { id: S.mitigated, name: 'Mitigated', statusCategory: 'done' },
    { id: S.riskAccepted, name: 'Risk accepted', statusCategory: 'done' },
    { id: S.toDo, name: 'To Do', statusCategory: 'new' },
  ];
}

/** Jira's default priority scheme: ids 1 (Highest) to 5 (Lowest). */
export const PRIORITY_IDS = { highest: '1', high: '2', medium: '3', low: '4', lowest: '5' } as const;

export function demoPriorities(): SimPriority[] {
  return [
    { id: '1', name: 'Highest' },
    { id: '2', name: 'High' },
    { id: '3', name: 'Medium' },
    { id: '4', name: 'Low' },
    { id: '5', name: 'Lowest' },
  ];
}

/** Jira Cloud's default resolutions. */
export const RESOLUTION_IDS = { done: '10000', wontDo: '10001', duplicate: '10002', cannotReproduce: '10003' } as const;

export function demoResolutions(): SimResolution[] {
  return [
    { id: RESOLUTION_IDS.done, name: 'Done' },
    { id: RESOLUTION_IDS.wontDo, name: "Won't Do" },
    { id: RESOLUTION_IDS.duplicate, name: 'Duplicate' },
    { id: RESOLUTION_IDS.cannotReproduce, name: 'Cannot Reproduce' },
  ];
}

export const LINK_TYPE_IDS = { blocks: '10000', cloners: '10001', duplicate: '10002', relates: '10003', escalates: '10004' } as const;

/**
 * Jira's default link types plus "Escalates". Direction, as Jira's issue view reads it: the link's inward
 * issue carries the outward phrase, so `{inwardIssueId: SD-7, outwardIssueId: SEC-2}` reads "SD-7 escalates SEC-2".
 */
export function demoLinkTypes(): SimLinkType[] {
  return [
    { id: LINK_TYPE_IDS.blocks, name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
    { id: LINK_TYPE_IDS.cloners, name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
    { id: LINK_TYPE_IDS.duplicate, name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
    { id: LINK_TYPE_IDS.relates, name: 'Relates', inward: 'relates to', outward: 'relates to' },
    { id: LINK_TYPE_IDS.escalates, name: 'Escalates', inward: 'is escalated by', outward: 'escalates' },
  ];
}
