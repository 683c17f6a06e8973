import { z } from 'zod';
import { KnownClauseIdSchema } from '../catalog';

/**
 * The risk register: one register of risk scenarios for service, security, AI, supplier and continuity risks.
 * Each risk scenario carries its own risk assessment (inherent and residual likelihood × impact on the shared 5×5
 * matrix), its treatment and the reference controls it relies on. Shared by the register UI and the backend.
 */

export const RISK_CATEGORIES = ['service', 'security', 'ai', 'supplier', 'continuity', 'privacy', 'other'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** ISO 27001 6.1.3 / ISO 31000 treatment options. */
export const RISK_TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];

/** Lifecycle of a risk scenario: found, assessed, being treated, residual risk accepted by its owner, closed. */
export const RISK_STATUSES = ['identified', 'assessed', 'treating', 'accepted', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

const listOr = (items: readonly string[]): string => `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

// Digits only after `R-`: the id is a JQL alias value (`imsRisk = "R-12"`) and part of KVS keys.
const RISK_ID = /^R-[1-9]\d{0,8}$/;
export const RiskIdSchema = z.string().regex(RISK_ID, { error: 'A risk id is R- followed by a number, e.g. R-12' });
export type RiskId = z.infer<typeof RiskIdSchema>;

// Jira project keys start with a letter and hold upper-case letters, digits and underscores.
export const IssueKeySchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,17}$/, { error: 'An issue key looks like SEC-42' });

export const AccountIdSchema = z.string().min(1, { error: 'An account id is required' }).max(128);
export const IsoInstantSchema = z.iso.datetime({ offset: true });
export const IsoDateSchema = z.iso.date({ error: 'A date is written YYYY-MM-DD' });

export const LevelSchema = (label: string) =>
  z.number({ error: `${label} is a whole number from 1 to 5` }).int({ error: `${label} is a whole number from 1 to 5` }).min(1, { error: `${label} is at least 1` }).max(5, { error: `${label} is at most 5` });

const text = (label: string, max: number) =>
  z.string().trim().min(1, { error: `${label} is required` }).max(max, { error: `${label} is at most ${max} characters` });
const optionalText = (label: string, max: number) => z.string().trim().max(max, { error: `${label} is at most ${max} characters` }).optional();
/** Same shape the classification field accepts for AI systems, so a risk's AI system can be found from an issue. */
const AiSystemRefSchema = z.string().regex(/^AIS-[1-9]\d{0,8}$/, { error: 'The AI system is its register id, e.g. AIS-12' });

export const RiskLevelsSchema = (label: string) =>
  z.strictObject({ likelihood: LevelSchema(`${label} likelihood`), impact: LevelSchema(`${label} impact`) });
export type RiskLevels = z.infer<ReturnType<typeof RiskLevelsSchema>>;

export const AffectedSchema = z.strictObject({
  service: optionalText('The affected service', 200),
  asset: optionalText('The affected asset', 200),
  supplier: optionalText('The affected supplier', 200),
  aiSystem: AiSystemRefSchema.optional(),
});
export type Affected = z.infer<typeof AffectedSchema>;

const uniqueList = <T extends z.ZodType<string>>(item: T, label: string, max: number) =>
  z
    .array(item)
    .max(max, { error: `At most ${max} ${label}` })
    .refine((values) => new Set(values).size === values.length, { error: `The ${label} repeat an entry` });

/** The fields a risk owner accepts: the scenario, its assessment, treatment and controls. Nothing else. */
export const RiskContentShape = {
  title: text('The title', 200),
  description: z.string().trim().max(5000, { error: 'The description is at most 5000 characters' }),
  category: z.enum(RISK_CATEGORIES, { error: `The category is ${listOr(RISK_CATEGORIES)}` }),
  affected: AffectedSchema,
  owner: AccountIdSchema,
  inherent: RiskLevelsSchema('Inherent'),
  treatment: z.enum(RISK_TREATMENTS, { error: `The treatment is ${listOr(RISK_TREATMENTS)}` }),
  treatmentActions: uniqueList(IssueKeySchema, 'treatment actions', 50),
  controls: uniqueList(KnownClauseIdSchema, 'controls', 100),
  residual: RiskLevelsSchema('Residual'),
};

/** Frozen when the owner accepts the residual risk: what they saw, its hash, who and when. */
export const RiskAcceptanceSchema = z.strictObject({
  values: z.json(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  acceptedBy: AccountIdSchema,
  acceptedAt: IsoInstantSchema,
});
export type RiskAcceptance = z.infer<typeof RiskAcceptanceSchema>;

/** Controls and treatment lower a risk; a residual level above the inherent one is a typing mistake. */
function residualWithinInherent(risk: { inherent: RiskLevels; residual: RiskLevels }, ctx: z.RefinementCtx): void {
  for (const axis of ['likelihood', 'impact'] as const) {
    if (risk.residual[axis] > risk.inherent[axis]) {
      ctx.addIssue({
        code: 'custom',
        path: ['residual', axis],
        message: `The residual ${axis} (${risk.residual[axis]}) is higher than the inherent ${axis} (${risk.inherent[axis]}): treatment and controls can only lower a risk`,
      });
    }
  }
}

export const RiskSchema = z
  .strictObject({
    id: RiskIdSchema,
    ...RiskContentShape,
    status: z.enum(RISK_STATUSES, { error: `The status is ${listOr(RISK_STATUSES)}` }),
    reviewCadenceDays: z.number().int().min(1, { error: 'The review cadence is at least 1 day' }).max(3660, { error: 'The review cadence is at most 3660 days' }),
    /** The date the cadence counts from: creation, then each review. */
    lastReviewedOn: IsoDateSchema,
    nextReviewDate: IsoDateSchema,
    acceptance: RiskAcceptanceSchema.nullable(),
    createdAt: IsoInstantSchema,
    createdBy: AccountIdSchema,
    updatedAt: IsoInstantSchema,
    updatedBy: AccountIdSchema,
    /** Optimistic concurrency: the store writes only if the stored version is still `version - 1`. */
    version: z.number().int().positive(),
  })
  .superRefine(residualWithinInherent);
export type Risk = z.infer<typeof RiskSchema>;

/** A new risk scenario, from the register form or one CSV row; the service assigns the id. */
export const NewRiskSchema = z
  .strictObject({
    ...RiskContentShape,
    treatmentActions: RiskContentShape.treatmentActions.default([]),
    controls: RiskContentShape.controls.default([]),
    affected: AffectedSchema.default({}),
    description: RiskContentShape.description.default(''),
    /** Defaults to the inherent levels: before treatment the residual risk is the inherent risk. */
    residual: RiskLevelsSchema('Residual').optional(),
    status: z.enum(RISK_STATUSES, { error: `The status is ${listOr(RISK_STATUSES)}` }).default('identified'),
    reviewCadenceDays: RiskSchema.shape.reviewCadenceDays.default(90),
  })
  .superRefine((risk, ctx) => residualWithinInherent({ inherent: risk.inherent, residual: risk.residual ?? risk.inherent }, ctx));
export type NewRisk = z.infer<typeof NewRiskSchema>;
export type NewRiskInput = z.input<typeof NewRiskSchema>;

/** One edit from the register: the fields to change. Acceptance, ids and versions change only through commands. */
export const RiskEditSchema = z
  .strictObject({
    ...RiskContentShape,
    status: z.enum(RISK_STATUSES, { error: `The status is ${listOr(RISK_STATUSES)}` }),
    reviewCadenceDays: RiskSchema.shape.reviewCadenceDays,
  })
  .partial();
export type RiskEdit = z.infer<typeof RiskEditSchema>;
/** What the UI sends: controls may be spelled any way `parseClauseId` accepts. */
export type RiskEditInput = z.input<typeof RiskEditSchema>;

export const RISK_AUDIT_EVENT_KINDS = ['risk-created', 'risk-edited', 'risk-accepted', 'acceptance-outdated', 'risk-reviewed'] as const;
export type RiskAuditEventKind = (typeof RISK_AUDIT_EVENT_KINDS)[number];

/** Append-only history of a risk: who, when, what, before/after; `notify` lists the accounts to tell. */
export const RiskAuditEventSchema = z.strictObject({
  kind: z.enum(RISK_AUDIT_EVENT_KINDS),
  riskId: RiskIdSchema,
  actor: AccountIdSchema,
  at: IsoInstantSchema,
  /** The risk version this event produced: orders the timeline and ties events to one write. */
  riskVersion: z.number().int().positive(),
  summary: z.string(),
  before: z.json(),
  after: z.json(),
  notify: z.array(AccountIdSchema).optional(),
});
export type RiskAuditEvent = z.infer<typeof RiskAuditEventSchema>;
