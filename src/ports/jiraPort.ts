import type { AdfDocument } from '../domain/classification';

/** The issue facts the classification use cases need; `fields` holds the requested custom fields as Jira returns them. */
export interface IssueSnapshot {
  id: string;
  key: string;
  summary: string;
  fields: Record<string, unknown>;
}

export interface NewIssue {
  projectKey: string;
  issueTypeName: string;
  summary: string;
  description: AdfDocument;
  priorityName: string;
  assigneeAccountId?: string;
}

/** `from` escalates `to`, read as Jira's issue view reads the link type's outward phrase. */
export interface NewIssueLink {
  linkTypeName: string;
  fromIssueKey: string;
  toIssueKey: string;
}

/** A Jira answer the use case cannot go on from; `status` is the HTTP status (429 after retries, 5xx, 403, 404). */
export class JiraError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'JiraError';
  }
}

/**
 * The Jira operations of the classification use cases. One port, two identities: the adapter is built either as
 * the app (escalation) or as the calling user (resolvers), so Jira itself enforces the user's permissions.
 */
export interface JiraPort {
  /** `null` when the issue does not exist or the identity cannot browse it. */
  getIssue(issueIdOrKey: string, fieldIds: readonly string[]): Promise<IssueSnapshot | null>;
  createIssue(issue: NewIssue): Promise<{ id: string; key: string }>;
  linkIssues(link: NewIssueLink): Promise<void>;
  addComment(issueIdOrKey: string, body: AdfDocument): Promise<void>;
  setPriority(issueIdOrKey: string, priorityName: string): Promise<void>;
  /** Keys of issues of `projectKey` and `issueTypeName` linked to the origin, oldest first. */
  findLinkedIssues(originKey: string, projectKey: string, issueTypeName: string): Promise<string[]>;
  /** The id (`customfield_N`) of the app's field with this module key, or `null` when it is not installed. */
  findAppFieldId(moduleKey: string): Promise<string | null>;
  /** Whether the identity holds the Edit Issues permission on the issue. */
  canEditIssue(issueId: string): Promise<boolean>;
  setCustomField(issueIdOrKey: string, fieldId: string, value: unknown): Promise<void>;
}
