import type { Grant, ProjectPermissionKey, SimProject, SimTransition, SimWorkflow } from '../jira/model';
import { DEMO_GROUPS, DEMO_USERS } from './demoUsers';
import { ISSUE_TYPE_IDS as T, PROJECT_IDS, STATUS_IDS as S } from './siteCatalog';

const ALL_KEYS: ProjectPermissionKey[] = ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'ADD_COMMENTS', 'LINK_ISSUES', 'ADMINISTER_PROJECTS'];
const WORK_KEYS = ALL_KEYS.filter((key) => key !== 'ADMINISTER_PROJECTS');

/** The project's working grants go to `workers`; the ISMS lead sees and does everything, admins administer. */
function permissionScheme(workers: Grant[]): SimProject['permissions'] {
  const ismsLeads: Grant = { group: DEMO_GROUPS.ismsLeads };
  const permissions: SimProject['permissions'] = {};
  for (const key of WORK_KEYS) permissions[key] = [...workers.map((grant) => ({ ...grant })), { ...ismsLeads }];
  permissions.ADMINISTER_PROJECTS = [{ group: DEMO_GROUPS.jiraAdministrators }, { ...ismsLeads }];
  return permissions;
}

export function demoProjects(): SimProject[] {
  return [
    {
      id: PROJECT_IDS.SD,
      key: 'SD',
      name: 'Service Desk',
      projectTypeKey: 'service_desk',
      style: 'classic',
      leadAccountId: DEMO_USERS.agent.accountId,
      issueTypeIds: [T.incident, T.serviceRequest, T.problem],
      permissions: permissionScheme([{ group: DEMO_GROUPS.serviceDeskAgents }]),
    },
    {
      id: PROJECT_IDS.CHG,
      key: 'CHG',
      name: 'Change Management',
      projectTypeKey: 'software',
      style: 'classic',
      leadAccountId: DEMO_USERS.cabChair.accountId,
      issueTypeIds: [T.change],
      permissions: permissionScheme([{ group: DEMO_GROUPS.cabMembers }, { accountId: DEMO_USERS.requester.accountId }]),
    },
    {
      id: PROJECT_IDS.SEC,
      key: 'SEC',
      name: 'Information Security',
      projectTypeKey: 'software',
      style: 'classic',
      leadAccountId: DEMO_USERS.ismsLead.accountId,
      issueTypeIds: [T.securityIncident, T.vulnerability],
      // Security incidents are confidential: only the ISMS team (granted by the scheme) works here.
      permissions: permissionScheme([]),
    },
    {
      id: PROJECT_IDS.AIG,
      key: 'AIG',
      name: 'AI Governance',
      projectTypeKey: 'software',
      style: 'next-gen',
      leadAccountId: DEMO_USERS.aiOwner.accountId,
      issueTypeIds: [T.aiIncident, T.aiSystemReview],
      permissions: permissionScheme([{ group: DEMO_GROUPS.aiGovernance }]),
    },
    {
      id: PROJECT_IDS.IMS,
      key: 'IMS',
      name: 'Integrated Management System',
      projectTypeKey: 'software',
      style: 'classic',
      leadAccountId: DEMO_USERS.ismsLead.accountId,
      issueTypeIds: [T.audit, T.auditFinding, T.correctiveAction, T.task],
      // Audits, findings and reviews concern every process: auditors and process owners come from every team.
      permissions: permissionScheme([
        { group: DEMO_GROUPS.serviceDeskAgents },
        { group: DEMO_GROUPS.cabMembers },
        { group: DEMO_GROUPS.aiGovernance },
      ]),
    },
  ];
}

function transition(id: string, name: string, from: string[], to: string): SimTransition {
  // Empty on purpose: the app attaches its `jira:workflowValidator` module key when it is installed.
  return { id, name, from, to, validatorModuleKeys: [] };
}

export function demoWorkflows(): SimWorkflow[] {
  return [
    {
      id: '10000',
      name: 'SD: Service management workflow',
      projectId: PROJECT_IDS.SD,
      issueTypeIds: [],
      initialStatusId: S.open,
      transitions: [
        transition('11', 'Start progress', [S.open], S.inProgress),
        transition('21', 'Wait for customer', [S.inProgress], S.waitingForCustomer),
        transition('31', 'Respond to support', [S.waitingForCustomer], S.inProgress),
        transition('41', 'Resolve', [S.open, S.inProgress, S.waitingForCustomer], S.resolved),
        transition('51', 'Close', [S.resolved], S.closed),
        transition('61', 'Reopen', [S.resolved, S.closed], S.open),
      ],
    },
    {
      id: '10001',
      name: 'CHG: Change workflow',
      projectId: PROJECT_IDS.CHG,
      issueTypeIds: [],
      initialStatusId: S.draft,
      transitions: [
        transition('11', 'Submit for review', [S.draft], S.inReview),
        transition('21', 'Approve', [S.inReview], S.approved),
        transition('31', 'Reject', [S.inReview], S.rejected),
        transition('41', 'Request changes', [S.inReview], S.draft),
        transition('51', 'Start implementation', [S.approved], S.implementing),
        transition('61', 'Complete', [S.implementing], S.done),
        transition('71', 'Cancel', [S.draft, S.inReview, S.approved], S.cancelled),
      ],
    },
    {
      id: '10002',
      name: 'SEC: Security incident workflow',
      projectId: PROJECT_IDS.SEC,
      issueTypeIds: [T.securityIncident],
      initialStatusId: S.open,
      transitions: [
        transition('11', 'Start investigation', [S.open], S.investigating),
        transition('21', 'Contain', [S.investigating], S.contained),
        // False positives are closed straight from investigation.
        transition('31', 'Close', [S.investigating, S.contained], S.closed),
        transition('41', 'Reopen', [S.closed], S.investigating),
      ],
    },
    {
      id: '10003',
      name: 'SEC: Vulnerability workflow',
      projectId: PROJECT_IDS.SEC,
      issueTypeIds: [T.vulnerability],
      initialStatusId: S.open,
      transitions: [
        transition('11', 'Start remediation', [S.open], S.inProgress),
        transition('21', 'Mark mitigated', [S.inProgress], S.mitigated),
        transition('31', 'Accept risk', [S.open, S.inProgress], S.riskAccepted),
        transition('41', 'Reopen', [S.mitigated, S.riskAccepted], S.open),
      ],
    },
    {
      id: '10004',
      name: 'AIG: Team-managed workflow',
      projectId: PROJECT_IDS.AIG,
      issueTypeIds: [],
      initialStatusId: S.toDo,
      // Team-managed workflows let any status move to any other: global transitions.
      transitions: [
        transition('11', 'To Do', [], S.toDo),
        transition('21', 'In Progress', [], S.inProgress),
        transition('31', 'In review', [], S.inReview),
        transition('41', 'Done', [], S.done),
      ],
    },
    {
      id: '10005',
      name: 'IMS: Management system workflow',
      projectId: PROJECT_IDS.IMS,
      issueTypeIds: [],
      initialStatusId: S.toDo,
      transitions: [
        transition('11', 'Start progress', [S.toDo], S.inProgress),
        transition('21', 'Done', [S.toDo, S.inProgress], S.done),
        transition('31', 'Reopen', [S.done], S.toDo),
      ],
    },
  ];
}
