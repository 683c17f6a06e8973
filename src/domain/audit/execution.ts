import { z } from 'zod';
import { ClauseIdSchema, type ClauseId } from '../catalog';
import { AccountIdSchema, IsoDateSchema, IsoInstantSchema } from '../schemas/risk';

/**
 * An audit of the programme as audit execution reads it: what it covers, the evidence period, who audits. The
 * programme owns the audit; execution only records the Jira issue it runs as.
 */
export interface PlannedAudit {
  id: string;
  title: string;
  criteria: string;
  /** Clauses and controls of the scope, one checklist line each, in the programme's order. */
  scopeClauseIds: ClauseId[];
  /** Calendar days, both ends included: evidence dated in it counts for the checklist. */
  period: { from: string; to: string };
  leadAuditor: string | null;
  team: string[];
  issueKey: string | null;
}

const ChecklistLineSchema = z.strictObject({
  clause: ClauseIdSchema,
  title: z.string(),
  evidenceCount: z.number().int().nonnegative(),
  lastEvidenceDate: IsoDateSchema.nullable(),
  evidenceKeys: z.array(z.string()),
});

/** What the app keeps of a started audit: the checklist as generated (the report's evidence) and the conclusions. */
export const AuditExecutionSchema = z.strictObject({
  auditId: z.string().min(1),
  auditIssueId: z.string().min(1),
  auditIssueKey: z.string().min(1),
  title: z.string(),
  criteria: z.string(),
  period: z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }),
  leadAuditor: AccountIdSchema.nullable(),
  team: z.array(AccountIdSchema),
  checklist: z.array(ChecklistLineSchema),
  /** Scope clauses the issue could not be linked to (Jira indexes at most 100 link values per issue). */
  unlinkedClauses: z.array(ClauseIdSchema),
  startedAt: IsoInstantSchema,
  startedBy: AccountIdSchema,
  conclusions: z.string(),
  version: z.number().int().positive(),
});
export type AuditExecution = z.infer<typeof AuditExecutionSchema>;

export const ConclusionsInputSchema = z.strictObject({
  conclusions: z.string().trim().max(10000, { error: 'The conclusions are at most 10000 characters' }),
  expectedVersion: z.number().int().positive(),
});

export const auditIssueSummary = (audit: Pick<PlannedAudit, 'id' | 'title'>): string => `${audit.id} ${audit.title}`.slice(0, 255);

/** The start claim of an audit: create-if-absent, so two "start" clicks make one issue. */
export const AuditStartClaimSchema = z.strictObject({
  auditId: z.string().min(1),
  claimedAt: IsoInstantSchema,
  claimedBy: AccountIdSchema,
  issueKey: z.string().min(1).optional(),
  issueId: z.string().min(1).optional(),
});
export type AuditStartClaim = z.infer<typeof AuditStartClaimSchema>;

/** A claim without an issue older than this is taken to belong to an invocation that died (resolvers stop at 25 s). */
const STALE_CLAIM_MS = 60_000;

export const isClaimStale = (claim: AuditStartClaim, now: Date): boolean =>
  claim.issueKey === undefined && now.getTime() - Date.parse(claim.claimedAt) > STALE_CLAIM_MS;

