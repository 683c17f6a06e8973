/** An issue as the register lists it beside a risk (linked incidents, changes, treatment actions). */
export interface LinkedIssue {
  key: string;
  summary: string;
  status: string;
  issueType: string;
}

/** A search Jira refused: 400 means the JQL did not validate (e.g. the `imsRisk` alias is not indexed yet). */
export type IssueSearch = { ok: true; issues: LinkedIssue[]; isLast: boolean } | { ok: false; status: number; messages: string[] };

export interface NewTreatmentIssue {
  projectKey: string;
  /** When absent, the project's first standard issue type. */
  issueTypeName?: string;
  summary: string;
  description: string;
}

/**
 * The Jira calls of the risk register. Built as the app for group lookups (the caller cannot be trusted to name
 * their own groups) and as the user for searches and issue creation, so Jira applies that user's permissions.
 */
export interface RiskJiraPort {
  groupsOf(accountId: string): Promise<string[]>;
  searchIssues(jql: string, maxResults: number): Promise<IssueSearch>;
  createIssue(issue: NewTreatmentIssue): Promise<{ id: string; key: string }>;
  /** The id of an issue the requester may see; null when Jira answers 404 (no such issue, or no Browse). */
  issueIdOf(issueKey: string): Promise<string | null>;
  /** Display names by account id; unknown accounts are left out. */
  displayNames(accountIds: readonly string[]): Promise<Record<string, string>>;
}
