import {
  ClassificationInputSchema,
  classificationProblems,
  classificationTimeProblems,
  type AiHarm,
  type AiSeriousIncident,
  type CiaImpact,
  type Classification,
  type ClassificationInput,
  type ClassificationProblem,
} from '../../../src/domain/schemas/classification';

/** The edit form's state: what the inputs hold, before the shared schema turns it into a `Classification`. */
export interface ClassificationDraft {
  service: boolean;
  security: boolean;
  ai: boolean;
  /** '' until the agent picks one. */
  severity: '' | '1' | '2' | '3' | '4';
  confidentiality: CiaImpact;
  integrity: CiaImpact;
  availability: CiaImpact;
  personalData: boolean;
  aiHarm: AiHarm | '';
  aiSystem: string;
  aiSeriousIncident: AiSeriousIncident | 'none';
  /** A `datetime-local` value (`2026-11-24T07:00`) read as UTC; '' when unknown. */
  awareAt: string;
}

export type ProblemField = ClassificationProblem['field'];

export type DraftCheck = { ok: true; value: Classification } | { ok: false; problems: ClassificationProblem[] };

/** `2026-11-24T07:00:00.000Z` → `2026-11-24T07:00`: the form shows and edits awareAt in UTC, whatever the browser's zone. */
export function toUtcInputValue(iso: string): string {
  return new Date(iso).toISOString().slice(0, 16);
}

export function draftFrom(classification: Classification | null): ClassificationDraft {
  return {
    service: classification?.service ?? false,
    security: classification?.security ?? false,
    ai: classification?.ai ?? false,
    severity: classification ? (String(classification.severity) as ClassificationDraft['severity']) : '',
    confidentiality: classification?.confidentiality ?? 'none',
    integrity: classification?.integrity ?? 'none',
    availability: classification?.availability ?? 'none',
    personalData: classification?.personalData ?? false,
    aiHarm: classification?.aiHarm ?? '',
    aiSystem: classification?.aiSystem ?? '',
    aiSeriousIncident: classification?.aiSeriousIncident ?? 'none',
    awareAt: classification?.awareAt ? toUtcInputValue(classification.awareAt) : '',
  };
}

/** What the resolver accepts (`ClassificationInput`): blanks as '', awareAt as UTC with its `Z`. */
export function draftToInput(draft: ClassificationDraft): ClassificationInput {
  return {
    ...draft,
    severity: draft.severity === '' ? Number.NaN : Number(draft.severity),
    // datetime-local has no zone and omits seconds when they are zero; the label says the value is UTC.
    awareAt: draft.awareAt === '' ? '' : `${draft.awareAt.length === 16 ? `${draft.awareAt}:00` : draft.awareAt}Z`,
  };
}

// Valid stand-ins for fields that do not parse yet, so the cross-field rules can still be checked (see below).
const STAND_INS: Partial<Record<ProblemField, Partial<ClassificationDraft>>> = {
  severity: { severity: '4' },
  aiSystem: { aiSystem: '' },
  awareAt: { awareAt: '' },
};

/**
 * zod runs an object's cross-field rules only once every property parses, so "AI needs a harm" would wait until a
 * severity is picked. A second pass with stand-ins for the unparsable fields shows those rules as the agent types.
 */
function crossFieldProblems(draft: ClassificationDraft, fieldProblems: ClassificationProblem[]): ClassificationProblem[] {
  const standIns = fieldProblems.map((problem) => STAND_INS[problem.field]);
  if (standIns.some((standIn) => standIn === undefined)) return [];
  const parsed = ClassificationInputSchema.safeParse(draftToInput(Object.assign({ ...draft }, ...standIns) as ClassificationDraft));
  if (parsed.success) return [];
  return classificationProblems(parsed.error).filter((problem) => !fieldProblems.some((known) => known.field === problem.field));
}

/** The same checks the backend runs on save (schema, cross-field rules, awareAt not in the future), one message per field. */
export function checkDraft(draft: ClassificationDraft, now: Date): DraftCheck {
  const parsed = ClassificationInputSchema.safeParse(draftToInput(draft));
  if (!parsed.success) {
    const fieldProblems = classificationProblems(parsed.error);
    return { ok: false, problems: [...fieldProblems, ...crossFieldProblems(draft, fieldProblems)] };
  }
  const timeProblems = classificationTimeProblems(parsed.data, now);
  return timeProblems.length > 0 ? { ok: false, problems: timeProblems } : { ok: true, value: parsed.data };
}

/** Fields whose problems appear once the agent touched `field`: ticking AI asks for its harm at once. */
export function fieldsRevealedBy(field: keyof ClassificationDraft): ProblemField[] {
  if (field === 'ai') return ['ai', 'domains', 'aiHarm', 'aiSystem', 'aiSeriousIncident'];
  if (field === 'service' || field === 'security') return [field, 'domains'];
  return [field];
}
