import type { HostModule } from './hostBackend';

export type ColorMode = 'light' | 'dark';

/** Where the host page runs: the "site" the modules believe they are installed on. */
export interface SiteIdentity {
  siteUrl: string;
  cloudId: string;
  environmentId: string;
}

/** The slice of the REST issue the context needs (`GET /rest/api/3/issue/{key}`). */
type IssueRef = {
  id: string;
  key: string;
  fields: { issuetype: { id: string; name: string }; project: { id: string; key: string; projectTypeKey: string } };
};

function isIssueRef(issue: unknown): issue is IssueRef {
  const candidate = issue as Partial<IssueRef> | null;
  return typeof candidate?.id === 'string' && typeof candidate.key === 'string' && typeof candidate.fields?.issuetype?.id === 'string' && typeof candidate.fields.project?.id === 'string';
}

/** The fields every Forge module context carries (`FullContext` of @forge/bridge), whatever the module type. */
function baseContext(site: SiteIdentity, module: HostModule, accountId: string, colorMode: ColorMode, extension: Record<string, unknown>) {
  return {
    accountId,
    cloudId: site.cloudId,
    siteUrl: site.siteUrl,
    environmentId: site.environmentId,
    environmentType: 'DEVELOPMENT',
    localId: `ari:cloud:ecosystem::extension/workbench/${site.environmentId}/static/${module.key}`,
    moduleKey: module.key,
    locale: 'en-US',
    timezone: 'UTC',
    theme: { colorMode, light: 'light', dark: 'dark', spacing: 'spacing', typography: 'typography' },
    extension: { type: module.type, ...extension },
  };
}

/** Context of a module shown on an issue (`jira:issuePanel` and friends): issue and project as Jira sends them. */
export function issueModuleContext(site: SiteIdentity, module: HostModule, accountId: string, colorMode: ColorMode, issue: unknown) {
  return baseContext(site, module, accountId, colorMode, { ...issueAndProject(issue), isNewToIssue: false });
}

function issueAndProject(issue: unknown) {
  if (!isIssueRef(issue)) throw new Error('The issue view has no id, key, issuetype or project: cannot build a module context');
  return {
    issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype.name, typeId: issue.fields.issuetype.id },
    project: { id: issue.fields.project.id, key: issue.fields.project.key, type: issue.fields.project.projectTypeKey },
  };
}

/** Which field a `jira:customField` edit view edits, and the value it starts from. */
export interface CustomFieldRef {
  fieldId: string;
  fieldType: string;
  fieldValue: unknown;
}

/**
 * Context of a custom field's edit view opened from the issue view: the issue context plus the field, as Forge
 * passes it (`fieldId`, `fieldType`, `fieldValue`, `renderContext: 'issue-view'`, `entryPoint: 'edit'`).
 */
export function customFieldEditContext(site: SiteIdentity, module: HostModule, accountId: string, colorMode: ColorMode, issue: unknown, field: CustomFieldRef) {
  return baseContext(site, module, accountId, colorMode, { ...issueAndProject(issue), ...field, renderContext: 'issue-view', entryPoint: 'edit' });
}

/** Context of a page module (global page, admin page, project page) with no issue around it. */
export function pageModuleContext(site: SiteIdentity, module: HostModule, accountId: string, colorMode: ColorMode) {
  return baseContext(site, module, accountId, colorMode, {});
}

export type ModuleContext = ReturnType<typeof baseContext>;

/**
 * Context of a `jira:dashboardGadget` on a dashboard: the dashboard and gadget ids and the gadget's saved
 * configuration (none until an `edit` view saves one), as Jira passes them.
 */
export function dashboardGadgetContext(site: SiteIdentity, module: HostModule, accountId: string, colorMode: ColorMode, placement: { dashboardId: string; gadgetId: string }) {
  return baseContext(site, module, accountId, colorMode, { dashboard: { id: placement.dashboardId }, gadget: { id: placement.gadgetId }, gadgetConfiguration: {} });
}
