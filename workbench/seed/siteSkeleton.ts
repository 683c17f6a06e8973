import type { SimState } from '../jira/model';
import { demoGroups, demoUsers } from './demoUsers';
import { demoProjects, demoWorkflows } from './demoProjects';
import { demoIssueTypes, demoLinkTypes, demoPriorities, demoResolutions, demoStatuses } from './siteCatalog';
import { demoSystemFields } from './systemFields';

/** The workbench serves the simulator here unless it is started on another port. */
export const DEMO_SITE = { cloudId: '1bd4a387-5926-485b-8aed-aa54cd9fd896', baseUrl: 'http://localhost:8700' } as const;

export type SiteSkeleton = Omit<SimState, 'issues' | 'links' | 'counters'>;

/** Everything but the issues, as fresh objects on every call so one state's mutations never reach another. */
export function siteSkeleton(): SiteSkeleton {
  return {
    site: { ...DEMO_SITE },
    users: demoUsers(),
    groups: demoGroups(),
    projects: demoProjects(),
    issueTypes: demoIssueTypes(),
    statuses: demoStatuses(),
    workflows: demoWorkflows(),
    fields: demoSystemFields(),
    priorities: demoPriorities(),
    resolutions: demoResolutions(),
    linkTypes: demoLinkTypes(),
  };
}

/**
 * Last-used numbers, as the simulator's `ids.ts` reads them: Jira numbers issues, comments, changelogs and
 * links from 10000, and each project's keys from 1.
 */
export function initialCounters(skeleton: SiteSkeleton): Record<string, number> {
  const counters: Record<string, number> = { issueId: 9999, commentId: 9999, changelogId: 9999, linkId: 9999 };
  for (const project of skeleton.projects) counters[`issueKey:${project.key}`] = 0;
  return counters;
}
