import { NewRiskSchema, type NewRiskInput, type Risk, type RiskEditInput } from '../../../src/domain/schemas/risk';

/** The create/edit form as the user types it: every field a string, parsed only when checked or saved. */
export interface RiskDraft {
  title: string;
  description: string;
  category: string;
  owner: string;
  affectedService: string;
  affectedAsset: string;
  affectedSupplier: string;
  aiSystem: string;
  inherentLikelihood: string;
  inherentImpact: string;
  residualLikelihood: string;
  residualImpact: string;
  treatment: string;
  controls: string;
  status: string;
  reviewCadenceDays: string;
}

export type DraftField = keyof RiskDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

export function draftOf(risk: Risk | null, defaultOwner: string): RiskDraft {
  return {
    title: risk?.title ?? '',
    description: risk?.description ?? '',
    category: risk?.category ?? 'security',
    owner: risk?.owner ?? defaultOwner,
    affectedService: risk?.affected.service ?? '',
    affectedAsset: risk?.affected.asset ?? '',
    affectedSupplier: risk?.affected.supplier ?? '',
    aiSystem: risk?.affected.aiSystem ?? '',
    inherentLikelihood: String(risk?.inherent.likelihood ?? 3),
    inherentImpact: String(risk?.inherent.impact ?? 3),
    residualLikelihood: String(risk?.residual.likelihood ?? 3),
    residualImpact: String(risk?.residual.impact ?? 3),
    treatment: risk?.treatment ?? 'mitigate',
    controls: risk?.controls.join(', ') ?? '',
    status: risk?.status ?? 'identified',
    reviewCadenceDays: String(risk?.reviewCadenceDays ?? 90),
  };
}

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
const level = (value: string) => Number(value);

/** The draft in the shape the domain schemas read; the back end parses it again with the same schemas. */
export function contentOf(draft: RiskDraft): NewRiskInput & RiskEditInput {
  const affected = { service: optional(draft.affectedService), asset: optional(draft.affectedAsset), supplier: optional(draft.affectedSupplier), aiSystem: optional(draft.aiSystem) };
  return {
    title: draft.title,
    description: draft.description,
    category: draft.category as NewRiskInput['category'],
    owner: draft.owner.trim(),
    affected: Object.fromEntries(Object.entries(affected).filter(([, value]) => value !== undefined)),
    inherent: { likelihood: level(draft.inherentLikelihood), impact: level(draft.inherentImpact) },
    residual: { likelihood: level(draft.residualLikelihood), impact: level(draft.residualImpact) },
    treatment: draft.treatment as NewRiskInput['treatment'],
    controls: draft.controls.split(/[,;\s]+/).filter((control) => control !== ''),
    status: draft.status as NewRiskInput['status'],
    reviewCadenceDays: Number(draft.reviewCadenceDays),
  };
}

const FIELD_OF_PATH: Record<string, DraftField> = {
  'affected.service': 'affectedService',
  'affected.asset': 'affectedAsset',
  'affected.supplier': 'affectedSupplier',
  'affected.aiSystem': 'aiSystem',
  'inherent.likelihood': 'inherentLikelihood',
  'inherent.impact': 'inherentImpact',
  'residual.likelihood': 'residualLikelihood',
  'residual.impact': 'residualImpact',
};

/** Inline validation with the back end's own schema: each message goes under the field it is about. */
export function draftErrors(draft: RiskDraft): DraftErrors {
  const parsed = NewRiskSchema.safeParse(contentOf(draft));
  if (parsed.success) return {};
  const errors: DraftErrors = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    const field = FIELD_OF_PATH[path.join('.')] ?? (path[0] as DraftField | undefined) ?? 'title';
    errors[field] ??= issue.message;
  }
  return errors;
}
