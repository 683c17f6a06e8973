import { z } from 'zod';
import type { ClauseId } from '../catalog';
import { AccountIdSchema, IsoDateSchema, IsoInstantSchema } from '../schemas/risk';
import { ScopeRefSchema } from './programmeScope';

/**
 * One internal audit of the programme (ISO 19011 6.3 "audit plan"): what it covers, against which criteria,
 * when, and who audits. `issueKey` is set once the audit is run in Jira (audit execution), never by the plan.
 */

export const AUDIT_STATUSES = ['planned', 'in progress', 'completed', 'cancelled'] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];

// Digits only after `AUD-`: the id becomes part of KVS keys and of JQL values.
const AUDIT_ID = /^AUD-[1-9]\d{0,8}$/;
export const AuditIdSchema = z.string().regex(AUDIT_ID, { error: 'An audit id is AUD- followed by a number, e.g. AUD-3' });
export type AuditId = z.infer<typeof AuditIdSchema>;

export const auditIdOf = (number: number): AuditId => `AUD-${number}`;
export const auditNumberOf = (id: AuditId): number => Number(id.slice('AUD-'.length));

// Jira project keys start with a letter and hold upper-case letters, digits and underscores.
const ProjectKeySchema = z.string().trim().regex(/^[A-Z][A-Z0-9_]{0,254}$/, { error: 'A project key is upper-case letters, digits or _, e.g. SEC' });
/** The Jira issue the audit runs as (set by audit execution). */
export const AuditIssueKeySchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,17}$/, { error: 'An issue key looks like AUD-42' });

const unique = <T extends z.ZodType<string>>(item: T, label: string, max: number) =>
  z
    .array(item)
    .max(max, { error: `At most ${max} ${label}` })
    .refine((values) => new Set(values).size === values.length, { error: `The ${label} repeat an entry` });

export const AuditScopeSchema = z.strictObject({
  /** Canonical clause, control or control-group ids; a parent covers its children. */
  refs: unique(ScopeRefSchema, 'clauses and controls', 300),
  processes: unique(z.string().trim().min(1, { error: 'A process name is required' }).max(120, { error: 'A process name is at most 120 characters' }), 'processes', 30),
  projects: unique(ProjectKeySchema, 'projects', 30),
});
export type AuditScope = z.infer<typeof AuditScopeSchema>;

/** What the ISMS lead edits: everything but the id, status history and bookkeeping. */
export const AuditDraftSchema = z
  .strictObject({
    title: z.string().trim().min(1, { error: 'The title is required' }).max(200, { error: 'The title is at most 200 characters' }),
    scope: AuditScopeSchema,
    criteria: z.string().trim().max(2000, { error: 'The criteria are at most 2000 characters' }),
    plannedStart: IsoDateSchema,
    plannedEnd: IsoDateSchema,
    leadAuditor: AccountIdSchema.nullable(),
    team: unique(AccountIdSchema, 'team members', 20),
    status: z.enum(AUDIT_STATUSES, { error: `The status is ${AUDIT_STATUSES.join(', ')}` }),
  })
  .refine((draft) => draft.plannedEnd >= draft.plannedStart, { error: 'The planned end is on or after the planned start', path: ['plannedEnd'] });
export type AuditDraft = z.infer<typeof AuditDraftSchema>;

export const AuditSchema = z.strictObject({
  id: AuditIdSchema,
  title: z.string(),
  scope: z.strictObject({ refs: z.array(z.string().transform((id) => id as ClauseId)), processes: z.array(z.string()), projects: z.array(z.string()) }),
  criteria: z.string(),
  plannedStart: IsoDateSchema,
  plannedEnd: IsoDateSchema,
  leadAuditor: AccountIdSchema.nullable(),
  team: z.array(AccountIdSchema),
  status: z.enum(AUDIT_STATUSES),
  issueKey: AuditIssueKeySchema.nullable(),
  /** Optimistic concurrency: the store writes version N only where it still holds N - 1. */
  version: z.number().int().positive(),
  updatedAt: IsoInstantSchema,
  updatedBy: AccountIdSchema,
});
export type Audit = z.infer<typeof AuditSchema>;

/** Lead first, then the team, without repeats: everyone whose impartiality the audit depends on. */
export function auditorsOf(audit: Pick<AuditDraft, 'leadAuditor' | 'team'>): string[] {
  return [...new Set([...(audit.leadAuditor === null ? [] : [audit.leadAuditor]), ...audit.team])];
}
