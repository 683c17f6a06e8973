import { userHasProjectPermission } from '../../../workbench/jira/permissions';
import type { ProjectPermissionKey } from '../../../workbench/jira/model';
import { buildDemoSite, DEMO_GROUPS, DEMO_USERS, type DemoRole } from '../../../workbench/seed';

const site = buildDemoSite();
const WORK: ProjectPermissionKey[] = ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'ADD_COMMENTS', 'LINK_ISSUES'];
const ALL: ProjectPermissionKey[] = [...WORK, 'ADMINISTER_PROJECTS'];

function may(role: DemoRole, projectKey: string, key: ProjectPermissionKey): boolean {
  const user = site.users.find((u) => u.accountId === DEMO_USERS[role].accountId);
  const project = site.projects.find((p) => p.key === projectKey)!;
  return userHasProjectPermission(user, project, key);
}

/** Projects where the role does the day-to-day work (browse, create, edit, transition, comment, link). */
const WORKS_IN: Record<DemoRole, string[]> = {
  agent: ['SD', 'IMS'],
  cabChair: ['CHG', 'IMS'],
  cabMember: ['CHG', 'IMS'],
  requester: ['CHG'],
  ismsLead: ['SD', 'CHG', 'SEC', 'AIG', 'IMS'],
  aiOwner: ['AIG', 'IMS'],
  admin: ['SD', 'CHG', 'SEC', 'AIG', 'IMS'],
  noAccess: [],
};

describe('demo role permissions', () => {
  for (const [role, projects] of Object.entries(WORKS_IN) as [DemoRole, string[]][]) {
    it(`lets the ${role} work in ${projects.join(', ') || 'no project'} and browse nothing else`, () => {
      for (const project of site.projects) {
        for (const key of WORK) expect({ role, project: project.key, key, allowed: may(role, project.key, key) }).toEqual({ role, project: project.key, key, allowed: projects.includes(project.key) });
      }
    });
  }

  it('lets only the ISMS lead and the Jira admin administer projects', () => {
    for (const project of site.projects) {
      const admins = (Object.keys(DEMO_USERS) as DemoRole[]).filter((role) => may(role, project.key, 'ADMINISTER_PROJECTS'));
      expect(admins.sort()).toEqual(['admin', 'ismsLead']);
    }
  });

  it('gives the ISMS lead every permission everywhere', () => {
    for (const project of site.projects) for (const key of ALL) expect(may('ismsLead', project.key, key)).toBe(true);
  });

  it('makes the Jira admin a site admin in jira-administrators', () => {
    expect(DEMO_USERS.admin.isSiteAdmin).toBe(true);
    expect(DEMO_USERS.admin.groups).toContain(DEMO_GROUPS.jiraAdministrators);
  });

  it('puts the CAB members, and only them, in the CAB group', () => {
    const cab = site.users.filter((u) => u.groups.includes(DEMO_GROUPS.cabMembers)).map((u) => u.accountId);
    expect(cab.sort()).toEqual([DEMO_USERS.cabChair.accountId, DEMO_USERS.cabMember.accountId].sort());
    expect(DEMO_USERS.requester.groups).not.toContain(DEMO_GROUPS.cabMembers);
  });

  it('knows every group a user belongs to, and the six agreed groups exist', () => {
    const groups = new Set(site.groups.map((g) => g.name));
    expect([...groups].sort()).toEqual(['ai-governance', 'cab-members', 'isms-leads', 'jira-administrators', 'jira-users', 'service-desk-agents']);
    for (const user of site.users) for (const group of user.groups) expect(groups.has(group)).toBe(true);
  });

  it('uses distinct Atlassian-style account ids for the role users', () => {
    const ids = Object.values(DEMO_USERS).map((u) => u.accountId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^712020:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});
