/**
 * The Jira simulator's in-memory state. Plain data (JSON-serialisable) so the workbench can persist it under
 * `.workbench/` and seed it deterministically. REST shapes are produced from it by the simulator's presenters;
 * nothing here is a REST shape itself. Ids are strings, as in Jira's REST API.
 */

/** Who may do something in a project: a group, one user, or any logged-in user. */
export type Grant = { group: string } | { accountId: string } | { anyone: true };

export type ProjectPermissionKey =
  | 'BROWSE_PROJECTS'
  | 'CREATE_ISSUES'
  | 'EDIT_ISSUES'
  | 'TRANSITION_ISSUES'
  | 'ADD_COMMENTS'
  | 'LINK_ISSUES'
  | 'ADMINISTER_PROJECTS';

export interface SimUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  accountType: 'atlassian' | 'app';
  active: boolean;
  timeZone: string;
  /** Group names the user belongs to. */
  groups: string[];
  /** Site administrators ("jira-admins") may do everything, as in Jira. */
  isSiteAdmin?: boolean;
}

export interface SimGroup {
  name: string;
  groupId: string;
}

export interface SimProject {
  id: string;
  key: string;
  name: string;
  projectTypeKey: 'service_desk' | 'software' | 'business';
  /** classic = company-managed, next-gen = team-managed. */
  style: 'classic' | 'next-gen';
  leadAccountId: string;
  /** Issue types available in this project (company-managed share global types; team-managed have scoped ones). */
  issueTypeIds: string[];
  permissions: Partial<Record<ProjectPermissionKey, Grant[]>>;
}

export interface SimIssueType {
  id: string;
  name: string;
  description: string;
  subtask: boolean;
  hierarchyLevel: number;
  /** Set for team-managed (next-gen) projects' own issue types. */
  scopeProjectId?: string;
}

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface SimStatus {
  id: string;
  name: string;
  statusCategory: StatusCategoryKey;
}

export interface SimTransition {
  id: string;
  name: string;
  /** Status ids the transition starts from; empty means a global transition (from any status). */
  from: string[];
  to: string;
  /** Keys of `jira:workflowValidator` modules (manifest) attached to this transition. */
  validatorModuleKeys?: string[];
}

/** One workflow per (project, issue type); `issueTypeIds` empty means every type of the project. */
export interface SimWorkflow {
  id: string;
  name: string;
  projectId: string;
  issueTypeIds: string[];
  initialStatusId: string;
  transitions: SimTransition[];
}

export interface SimField {
  /** `summary`, `labels`, ... for system fields; `customfield_10050` for custom fields. */
  id: string;
  key: string;
  name: string;
  custom: boolean;
  schema: { type: string; items?: string; system?: string; custom?: string; customId?: number };
  /** Forge custom fields: the `jira:customField` module key of the app that owns it (only that app may write it via app/field). */
  forgeModuleKey?: string;
  /** Forge fields declared `readOnly: true`: no screen edits them; only the owning app writes them (app/field/value). */
  readOnly?: boolean;
  /** JQL clause names for the field (`cf[10050]`, its name, and searchAlias-derived names are added by the JQL engine). */
  clauseNames: string[];
}

export interface SimComment {
  id: string;
  authorAccountId: string;
  /** Atlassian Document Format. */
  body: unknown;
  created: string;
  updated: string;
}

export interface SimChangelogItem {
  field: string;
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface SimChangelogEntry {
  id: string;
  authorAccountId: string;
  created: string;
  items: SimChangelogItem[];
}

export interface SimIssue {
  id: string;
  key: string;
  projectId: string;
  issueTypeId: string;
  statusId: string;
  summary: string;
  /** Atlassian Document Format or null. */
  description: unknown;
  labels: string[];
  priorityId: string | null;
  assigneeAccountId: string | null;
  reporterAccountId: string;
  /** ISO 8601 instants (UTC, with milliseconds). Presenters format them the way Jira does. */
  created: string;
  updated: string;
  resolutiondate: string | null;
  resolutionId: string | null;
  parentId?: string | null;
  /** Custom field values keyed by field id (`customfield_10050`). */
  customFields: Record<string, unknown>;
  /** Issue entity properties keyed by property key. */
  properties: Record<string, unknown>;
  comments: SimComment[];
  changelog: SimChangelogEntry[];
}

export interface SimLinkType {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

export interface SimIssueLink {
  id: string;
  typeId: string;
  inwardIssueId: string;
  outwardIssueId: string;
}

export interface SimPriority {
  id: string;
  name: string;
}

export interface SimResolution {
  id: string;
  name: string;
}

export interface SimState {
  /** Site identity, used in `self` URLs and the Forge context's cloudId. */
  site: { cloudId: string; baseUrl: string };
  users: SimUser[];
  groups: SimGroup[];
  projects: SimProject[];
  issueTypes: SimIssueType[];
  statuses: SimStatus[];
  workflows: SimWorkflow[];
  fields: SimField[];
  priorities: SimPriority[];
  resolutions: SimResolution[];
  linkTypes: SimLinkType[];
  issues: SimIssue[];
  links: SimIssueLink[];
  /** Monotonic counters for new ids (issue ids, keys per project, comment ids ...). */
  counters: Record<string, number>;
}
