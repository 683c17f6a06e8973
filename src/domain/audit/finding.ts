import { z } from 'zod';
import { KnownClauseIdSchema } from '../catalog';
import { doc, paragraph, paragraphsOf, strong, text, type AdfDoc } from './checklistAdf';

/**
 * Audit findings (ISO 19011 6.4.8): nonconformities (major or minor) against a requirement, observations and
 * opportunities for improvement. Only nonconformities start clause 10 (correction, corrective action).
 */
export const FINDING_KINDS = ['nonconformity-major', 'nonconformity-minor', 'observation', 'opportunity-for-improvement'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  'nonconformity-major': 'Major nonconformity',
  'nonconformity-minor': 'Minor nonconformity',
  observation: 'Observation',
  'opportunity-for-improvement': 'Opportunity for improvement',
};

const SUMMARY_TAGS: Readonly<Record<FindingKind, string>> = {
  'nonconformity-major': 'Major NC',
  'nonconformity-minor': 'Minor NC',
  observation: 'Observation',
  'opportunity-for-improvement': 'OFI',
};

export const isNonconformity = (kind: FindingKind): boolean => kind === 'nonconformity-major' || kind === 'nonconformity-minor';

export const FindingKindSchema = z.enum(FINDING_KINDS, { error: `A finding is ${FINDING_KINDS.join(', ')}` });

export const RaiseFindingSchema = z.strictObject({
  kind: FindingKindSchema,
  clauses: z
    .array(KnownClauseIdSchema)
    .min(1, { error: 'Name at least one clause or control the finding is against' })
    .max(20, { error: 'A finding names at most 20 clauses' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'A clause is named twice' }),
  summary: z.string().trim().min(1, { error: 'The finding needs a short statement' }).max(200, { error: 'The statement is at most 200 characters' }),
  description: z.string().trim().max(5000, { error: 'The description is at most 5000 characters' }).default(''),
});
export type RaiseFinding = z.infer<typeof RaiseFindingSchema>;

/**
 * The `imsAudit` issue property on audit and finding issues, written at creation (create-issue `properties`, so
 * the issue never exists without it). Indexed: `imsAuditId = "AUD-3"` finds an audit's issues, `imsFinding =
 * "nonconformity-minor"` finds findings by kind. Two indexed values: entity properties index few values per app.
 */
export const AUDIT_PROPERTY_KEY = 'imsAudit';
export const FINDING_SEARCH_ALIAS = 'imsFinding';
export const AUDIT_ID_SEARCH_ALIAS = 'imsAuditId';

export const AUDIT_ENTITY_PROPERTY = {
  key: 'ims-audit-issue',
  entityType: 'issue',
  propertyKey: AUDIT_PROPERTY_KEY,
  values: [
    { path: 'auditId', type: 'string', searchAlias: AUDIT_ID_SEARCH_ALIAS },
    { path: 'findingKind', type: 'string', searchAlias: FINDING_SEARCH_ALIAS },
  ],
} as const;

export const AuditIssuePropertySchema = z.object({
  auditId: z.string().min(1),
  role: z.enum(['audit', 'finding']),
  findingKind: FindingKindSchema.optional(),
});
export type AuditIssueProperty = z.infer<typeof AuditIssuePropertySchema>;

/** `[Minor NC] ISO27001:A.5.24 Access reviews skipped`: kind and clauses readable in any issue list. */
export function findingSummary(finding: Pick<RaiseFinding, 'kind' | 'clauses' | 'summary'>): string {
  const clauses = finding.clauses.length > 2 ? `${finding.clauses.slice(0, 2).join(', ')} +${finding.clauses.length - 2}` : finding.clauses.join(', ');
  return `[${SUMMARY_TAGS[finding.kind]}] ${clauses} ${finding.summary}`.slice(0, 255);
}

export const findingProperty = (auditId: string, kind: FindingKind): AuditIssueProperty => ({ auditId, role: 'finding', findingKind: kind });

export const auditProperty = (auditId: string): AuditIssueProperty => ({ auditId, role: 'audit' });

/** The finding issue's description: what was found, against which requirements, in which audit. */
export function findingDescription(finding: RaiseFinding, audit: { auditId: string; issueKey: string }): AdfDoc {
  return doc(
    paragraph(strong('Finding: '), text(FINDING_KIND_LABELS[finding.kind])),
    paragraph(strong('Against: '), text(finding.clauses.join(', '))),
    paragraph(strong('Audit: '), text(`${audit.issueKey} (${audit.auditId})`)),
    ...paragraphsOf(finding.description),
  );
}
