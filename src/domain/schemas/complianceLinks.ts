import { z } from 'zod';
import { ClauseIdSchema, STANDARD_IDS } from '../catalog';
import { AccountIdSchema, IsoInstantSchema, RiskIdSchema } from './risk';

/**
 * The compliance links of one issue: the clauses and reference controls it serves and the risk scenarios it
 * treats or realises. Stored as an issue entity property so Jira indexes it for JQL (`imsClause`, `imsRisk`).
 */

/** The entity property key on the issue. */
export const COMPLIANCE_LINKS_PROPERTY_KEY = 'imsLinks';

const unique = <T extends z.ZodType<string>>(item: T, label: string) =>
  z.array(item).refine((values) => new Set(values).size === values.length, { error: `The linked ${label} repeat an entry` });

export const ComplianceLinksSchema = z.strictObject({
  // Stored ids are read leniently (any canonical id): a clause that left the catalog must not hide the issue's links.
  clauses: unique(ClauseIdSchema, 'clauses'),
  /** The standards of `clauses`, derived on every write: Jira can only search what the property holds. */
  standards: unique(z.enum(STANDARD_IDS), 'standards'),
  risks: unique(RiskIdSchema, 'risks'),
  /** `null` until the first link is written. */
  updatedAt: IsoInstantSchema.nullable(),
  updatedBy: AccountIdSchema.nullable(),
});
export type ComplianceLinks = z.infer<typeof ComplianceLinksSchema>;

export const LINK_EVENT_KINDS = ['clause-linked', 'clause-unlinked', 'risk-linked', 'risk-unlinked'] as const;
export type LinkEventKind = (typeof LINK_EVENT_KINDS)[number];

const LinkedSetSchema = z.strictObject({ clauses: z.array(z.string()), risks: z.array(z.string()) });

export const LinkAuditEventSchema = z.strictObject({
  kind: z.enum(LINK_EVENT_KINDS),
  issueId: z.string().min(1),
  actor: AccountIdSchema,
  at: IsoInstantSchema,
  summary: z.string(),
  before: LinkedSetSchema,
  after: LinkedSetSchema,
});
export type LinkAuditEvent = z.infer<typeof LinkAuditEventSchema>;
