export { buildDemoSite, DEMO_NOW } from './buildDemoSite';
export { buildLargeSite } from './buildLargeSite';
export { DEMO_ISSUE_KEYS } from './demoPlan';
export { DEMO_GROUPS, DEMO_USERS, type DemoRole } from './demoUsers';
export { DEMO_SITE } from './siteSkeleton';
export { ISSUE_TYPE_IDS, LINK_TYPE_IDS, PRIORITY_IDS, PROJECT_IDS, RESOLUTION_IDS, STATUS_IDS } from './siteCatalog';
