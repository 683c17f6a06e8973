import { z } from 'zod';
import { ClauseIdSchema, clauseIdParts, refKind, type StandardId } from '../catalog';
import { AccountIdSchema, IsoInstantSchema, RiskIdSchema } from './risk';

/**
 * The Statement of Applicability: one entry per reference control of ISO 27001 Annex A (93) and ISO 42001
 * Annex A (38), saying whether the organisation applies it, why, how far the applied controls go and which
 * risk scenarios call for it (27001 6.1.3 d, 42001 6.1.3 e).
 */

/** The standards with a control annex; 20000-1 has none. */
export const SOA_STANDARDS = ['ISO27001', 'ISO42001'] as const satisfies readonly StandardId[];
export type SoaStandard = (typeof SOA_STANDARDS)[number];

export const IMPLEMENTATION_STATUSES = ['not started', 'partial', 'implemented'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

/** Why a control is included: the reasons 27001 6.1.3 and its guidance name for selecting a control. */
export const INCLUSION_REASONS = ['risk treatment', 'legal', 'contractual', 'business'] as const;
export type InclusionReason = (typeof INCLUSION_REASONS)[number];

const listOr = (items: readonly string[]): string => `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

export const SoaControlIdSchema = ClauseIdSchema.refine(
  (id) => (SOA_STANDARDS as readonly string[]).includes(clauseIdParts(id).standard) && refKind(clauseIdParts(id).ref) === 'control',
  { error: 'An SoA entry is for an Annex A control of ISO27001 or ISO42001, e.g. ISO27001:A.5.24' },
);

const editableShape = {
  applicable: z.boolean({ error: 'Applicable is yes or no' }),
  /** Required either way before the entry counts as complete; drafts may leave it empty. */
  justification: z.string().trim().max(2000, { error: 'The justification is at most 2000 characters' }),
  inclusionReasons: z
    .array(z.enum(INCLUSION_REASONS, { error: `A reason for inclusion is ${listOr(INCLUSION_REASONS)}` }))
    .refine((reasons) => new Set(reasons).size === reasons.length, { error: 'A reason for inclusion is given twice' }),
  implementationStatus: z.enum(IMPLEMENTATION_STATUSES, { error: `The implementation status is ${listOr(IMPLEMENTATION_STATUSES)}` }),
  /** What the organisation does: the applied controls, in its own words. */
  appliedControls: z.string().trim().max(4000, { error: 'The applied controls are at most 4000 characters' }),
  linkedRisks: z.array(RiskIdSchema).refine((risks) => new Set(risks).size === risks.length, { error: 'A linked risk is given twice' }),
  /** Overrides the evidence search built from the control and its equivalents. */
  evidenceJql: z.string().trim().max(2000, { error: 'The evidence JQL is at most 2000 characters' }).nullable(),
  owner: AccountIdSchema.nullable(),
};

export const SoaEntrySchema = z.strictObject({
  controlId: SoaControlIdSchema,
  ...editableShape,
  /** Optimistic concurrency, as for risks: the store writes only if the stored version is still `version - 1`. */
  version: z.number().int().positive(),
  updatedAt: IsoInstantSchema.nullable(),
  updatedBy: AccountIdSchema.nullable(),
});
export type SoaEntry = z.infer<typeof SoaEntrySchema>;

export const SoaEntryEditSchema = z.strictObject(editableShape).partial();
export type SoaEntryEdit = z.infer<typeof SoaEntryEditSchema>;

export const SoaAuditEventSchema = z.strictObject({
  kind: z.literal('soa-entry-edited'),
  controlId: z.string(),
  actor: AccountIdSchema,
  at: IsoInstantSchema,
  entryVersion: z.number().int().positive(),
  summary: z.string(),
  before: z.json(),
  after: z.json(),
});
export type SoaAuditEvent = z.infer<typeof SoaAuditEventSchema>;
