import type { SimGroup, SimUser } from '../jira/model';

/** Group names as the app's configuration and permission checks refer to them. */
export const DEMO_GROUPS = {
  jiraAdministrators: 'jira-administrators',
  serviceDeskAgents: 'service-desk-agents',
  cabMembers: 'cab-members',
  ismsLeads: 'isms-leads',
  aiGovernance: 'ai-governance',
  jiraUsers: 'jira-users',
} as const;

const G = DEMO_GROUPS;

/** Group ids are UUIDs in Jira Cloud; fixed here so links and screenshots stay stable. */
const GROUP_IDS: Record<string, string> = {
  [G.jiraAdministrators]: '0f7a1c52-3b8e-4d21-9a64-5e0c2f9b7a11',
  [G.serviceDeskAgents]: '2c9e4b71-8d05-4f3a-b1c6-7a2d9e0f4b22',
  [G.cabMembers]: '4e1b7d93-a2c6-4b58-8e0f-9c3a1d6b2c33',
  [G.ismsLeads]: '6a3d9f15-c4e8-4d7a-a2b1-0e5c3f8d4d44',
  [G.aiGovernance]: '8c5f1b37-e6a0-4f9c-c4d3-2a7e5b0f6e55',
  [G.jiraUsers]: 'ae7b3d59-0c2e-4b1e-e6f5-4c9a7d2b8f66',
};

function user(accountId: string, displayName: string, emailAddress: string, timeZone: string, groups: string[], extra: Partial<SimUser> = {}): SimUser {
  return { accountId, displayName, emailAddress, accountType: 'atlassian', active: true, timeZone, groups, ...extra };
}

/**
 * The people of DESIGN.md §1, one per role, so tests and E2E can act as "the agent" or "a CAB member".
 * Account ids follow Jira Cloud's `712020:<uuid>` form for Atlassian accounts.
 */
export const DEMO_USERS = {
  agent: user('712020:af6ceeb0-6571-4911-a524-176b99eff103', 'Priya Raman', 'priya.raman@triad-demo.example', 'Europe/Berlin', [G.serviceDeskAgents, G.jiraUsers]),
  cabChair: user('712020:3cfa224e-8f25-458e-b6bb-0144a812ca8d', 'Marcus Feld', 'marcus.feld@triad-demo.example', 'Europe/Berlin', [G.cabMembers, G.jiraUsers]),
  cabMember: user('712020:daa36370-adf2-4804-a253-1a36956e7ec9', 'Aiko Tanaka', 'aiko.tanaka@triad-demo.example', 'Europe/Amsterdam', [G.cabMembers, G.jiraUsers]),
  requester: user('712020:8c5473ff-8295-4f06-85d6-3d2fbacb231a', 'Tom Becker', 'tom.becker@triad-demo.example', 'Europe/Berlin', [G.jiraUsers]),
  ismsLead: user('712020:1084e33c-cdf9-4de3-ac0f-38fc5212e578', 'Sofia Lindqvist', 'sofia.lindqvist@triad-demo.example', 'Europe/Stockholm', [G.ismsLeads, G.jiraUsers]),
  aiOwner: user('712020:ec327488-4594-4012-84d7-998164fa85e7', 'Daniel Okafor', 'daniel.okafor@triad-demo.example', 'Europe/London', [G.aiGovernance, G.jiraUsers]),
  admin: user('712020:1df5c67c-372d-4b28-b680-99c39ef9b493', 'Helena Novak', 'helena.novak@triad-demo.example', 'Europe/Prague', [G.jiraAdministrators, G.jiraUsers], { isSiteAdmin: true }),
  noAccess: user('712020:fed0c18a-a221-43ae-845a-f1aca69aa758', 'Chris Meyer', 'chris.meyer@triad-demo.example', 'Europe/Vienna', [G.jiraUsers]),
} as const satisfies Record<string, SimUser>;

export type DemoRole = keyof typeof DEMO_USERS;

/** Colleagues who fill the queues: a second agent and security analyst do work, the others report it. */
const STAFF: readonly SimUser[] = [
  user('712020:65349ac8-44a9-4a61-8044-b4a8e6237b41', 'Lukas Brandt', 'lukas.brandt@triad-demo.example', 'Europe/Berlin', [G.serviceDeskAgents, G.jiraUsers]),
  user('712020:d28b346d-e60c-4610-9f8d-2af8b78d4ce2', 'Amira Haddad', 'amira.haddad@triad-demo.example', 'Europe/Paris', [G.ismsLeads, G.jiraUsers]),
  user('712020:3122b55c-8dd0-4c7a-ad6e-a43099a5cc13', 'Julia Schneider', 'julia.schneider@triad-demo.example', 'Europe/Berlin', [G.jiraUsers]),
  user('712020:d4b19215-0580-4f97-90df-1d9242c0fbdf', 'Mateo García', 'mateo.garcia@triad-demo.example', 'Europe/Madrid', [G.jiraUsers]),
  user('712020:eefc2583-8c35-4004-b01c-270899864612', 'Nadia Kowalski', 'nadia.kowalski@triad-demo.example', 'Europe/Warsaw', [G.jiraUsers]),
  user('712020:1ede0f48-fad2-4821-98e5-748661668aae', 'Samuel Osei', 'samuel.osei@triad-demo.example', 'Europe/London', [G.aiGovernance, G.jiraUsers]),
];

/** Jira Cloud's own rule-runner account: the author of automated transitions, as on real sites. */
const AUTOMATION: SimUser = {
  accountId: '557058:f58131cb-b67d-43c7-b30d-6b58d40bd077',
  displayName: 'Automation for Jira',
  emailAddress: '',
  accountType: 'app',
  active: true,
  timeZone: 'UTC',
  groups: [],
};

export const STAFF_USERS = {
  secondAgent: STAFF[0] as SimUser,
  securityAnalyst: STAFF[1] as SimUser,
  financeClerk: STAFF[2] as SimUser,
  salesRep: STAFF[3] as SimUser,
  hrPartner: STAFF[4] as SimUser,
  dataScientist: STAFF[5] as SimUser,
  automation: AUTOMATION,
};

/** Fresh copies on every call: the simulator mutates its state, and the exported constants must not change. */
export function demoUsers(): SimUser[] {
  return [...Object.values(DEMO_USERS), ...STAFF, AUTOMATION].map((u) => structuredClone(u));
}

export function demoGroups(): SimGroup[] {
  return Object.values(DEMO_GROUPS).map((name) => ({ name, groupId: GROUP_IDS[name] as string }));
}
