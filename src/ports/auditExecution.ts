import { z } from 'zod';
import type { AuditExecution, AuditStartClaim, PlannedAudit } from '../domain/audit/execution';
import type { AdfDoc } from '../domain/audit/checklistAdf';
import type { AuditIssueProperty } from '../domain/audit/finding';
import type { Nonconformity } from '../domain/audit/nonconformity';

/**
 * The audit programme as audit execution needs it: read one audit, record the Jira issue it runs as. Narrow on
 * purpose, so execution does not depend on how the programme stores its plan.
 */
export interface AuditSource {
  read(auditId: string): Promise<PlannedAudit | null>;
  recordIssueKey(auditId: string, issueKey: string): Promise<void>;
}

/** Where audits, findings and corrective actions are created; defaults match the demo site's IMS project. */
export const AuditExecutionSettingsSchema = z.object({
  projectKey: z.string().min(1).default('IMS'),
  auditIssueType: z.string().min(1).default('Audit'),
  findingIssueType: z.string().min(1).default('Audit finding'),
  correctiveActionIssueType: z.string().min(1).default('Corrective action'),
  /** Links a corrective action to its nonconformity; Jira's default "Relates" exists on every site. */
  correctiveActionLinkType: z.string().min(1).default('Relates'),
  /** Which date makes an issue evidence for the audit period, as in the evidence report. */
  evidenceRule: z.enum(['resolved', 'updated', 'created']).default('resolved'),
  /** Days from raising a nonconformity to its effectiveness check, unless the auditor sets another date. */
  effectivenessCheckAfterDays: z.number().int().min(1).max(730).default(90),
});
export type AuditExecutionSettings = z.infer<typeof AuditExecutionSettingsSchema>;
export const DEFAULT_AUDIT_EXECUTION_SETTINGS: AuditExecutionSettings = AuditExecutionSettingsSchema.parse({});

/** The app's records of audit execution (KVS); writes with an expected version are compare-and-set. */
export interface AuditExecutionStore {
  settings(): Promise<AuditExecutionSettings>;
  /** `false` when a claim exists already (nothing written). */
  claimStart(claim: AuditStartClaim): Promise<boolean>;
  readClaim(auditId: string): Promise<AuditStartClaim | null>;
  /** Replaces a claim whose `claimedAt` is still `staleClaimedAt`; `false` when another invocation took it over first. */
  takeOverClaim(staleClaimedAt: string, claim: AuditStartClaim): Promise<boolean>;
  saveClaim(claim: AuditStartClaim): Promise<void>;
  readExecution(auditIssueId: string): Promise<AuditExecution | null>;
  /** `expectedVersion` 0 creates; `false` when the stored version differs. */
  writeExecution(execution: AuditExecution, expectedVersion: number): Promise<boolean>;
  readNonconformity(findingIssueId: string): Promise<Nonconformity | null>;
  writeNonconformity(record: Nonconformity, expectedVersion: number): Promise<boolean>;
  listNonconformities(auditIssueKey: string): Promise<Nonconformity[]>;
}

export interface AuditIssue {
  id: string;
  key: string;
  summary: string;
  issueType: string;
  projectKey: string;
  status: string;
  isDone: boolean;
  parentKey: string | null;
  description: unknown;
  /** The `imsAudit` property, when the issue has a readable one. */
  audit: AuditIssueProperty | null;
}

export interface NewAuditIssue {
  projectKey: string;
  issueTypeName: string;
  summary: string;
  description: AdfDoc;
  parentKey?: string;
  assigneeAccountId?: string;
  /** Written with the issue, so it never exists without them. */
  properties?: Record<string, unknown>;
}

/**
 * Jira for audit execution. Built as the calling user for resolvers (Jira checks Browse, Create and Edit) and as
 * the app for the workflow validator, which runs without a user.
 */
export interface AuditExecutionJira {
  /** `null` when the issue does not exist or the identity cannot browse it. */
  getIssue(issueIdOrKey: string): Promise<AuditIssue | null>;
  createIssue(issue: NewAuditIssue): Promise<{ id: string; key: string }>;
  linkIssues(linkTypeName: string, inwardKey: string, outwardKey: string): Promise<void>;
  canEditIssue(issueId: string): Promise<boolean>;
  /** Issues matching the JQL (≤ 100), with status and the `imsAudit` property. */
  searchIssues(jql: string): Promise<AuditIssue[]>;
  /** The issues of these ids that exist and the identity may browse (one bulk fetch, ≤ 100 ids). */
  fetchIssues(issueIds: readonly string[]): Promise<AuditIssue[]>;
  /** Status ids with their category: a done-category status closes an issue whatever its name. */
  statusCategories(): Promise<Map<string, { name: string; isDone: boolean }>>;
}
