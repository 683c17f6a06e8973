import type { IssueSnapshot } from './jiraPort';

/** A comment in Atlassian Document Format: text and mentions (a mention notifies the person it names). */
export type CabCommentNode = { type: 'text'; text: string } | { type: 'mention'; attrs: { id: string; text: string } };
export type CabComment = { type: 'doc'; version: 1; content: { type: 'paragraph'; content: CabCommentNode[] }[] };

/** The calling user as Jira knows them: the name shown next to their vote and the groups their CAB roles come from. */
export interface CurrentUser {
  accountId: string;
  displayName: string;
  groups: string[];
}

/** One write of an app-owned field: the same value on every listed issue. */
export interface AppFieldUpdate {
  fieldId: string;
  issueIds: string[];
  value: unknown;
}

/**
 * The Jira operations of the CAB use cases. Built either as the calling user (reads and permission checks, so
 * Jira applies that user's permissions) or as the app (the app-owned fields, comments, the workflow validator).
 */
export interface CabJiraPort {
  /** `null` when the issue does not exist or the identity cannot browse it. */
  getIssue(issueIdOrKey: string, fieldIds: readonly string[]): Promise<IssueSnapshot | null>;
  /** Whether the identity holds the Edit Issues permission on the issue. */
  canEditIssue(issueId: string): Promise<boolean>;
  getCurrentUser(): Promise<CurrentUser>;
  /** The id (`customfield_N`) of the app's field with this module key, or `null` when it is not installed. */
  findAppFieldId(moduleKey: string): Promise<string | null>;
  /** Writes app-owned (read-only) fields; only the app that provides a field may do this. */
  setAppFieldValues(updates: readonly AppFieldUpdate[]): Promise<void>;
  addComment(issueIdOrKey: string, body: CabComment): Promise<void>;
  /** The first page of a search (at most `maxResults` issues) with the asked fields. */
  searchIssues(jql: string, fieldIds: readonly string[], maxResults: number): Promise<IssueSnapshot[]>;
  /** Every workflow status of the site: the validator gets status ids, the configuration names statuses. */
  listStatuses(): Promise<{ id: string; name: string }[]>;
}
