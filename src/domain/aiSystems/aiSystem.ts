import { z } from 'zod';
import { RISK_CLASSES } from '../riskMatrix';
import { isoDateOf } from '../risk/reviewDates';
import { AccountIdSchema, IsoDateSchema, IsoInstantSchema, RiskIdSchema } from '../schemas/risk';

/**
 * The AI system register (ISO 42001 A.4.2, A.5, A.6): the AI systems the organisation develops or uses, their
 * lifecycle stage, impact assessment and risk scenarios. The classification field and the CAB AI section refer
 * to a system by its id, which the classification schema accepts as it is (`AIS-12`).
 */

/** The AI system life cycle of ISO 42001 A.6.2 (and ISO/IEC 22989), from design to retirement. */
export const AI_LIFECYCLE_STAGES = ['design', 'development', 'validation', 'deployment', 'operation', 'retirement'] as const;
export type AiLifecycleStage = (typeof AI_LIFECYCLE_STAGES)[number];

export const AiSystemIdSchema = z.string().regex(/^AIS-[1-9]\d{0,8}$/, { error: 'An AI system id is AIS- followed by a number, e.g. AIS-12' });
export type AiSystemId = z.infer<typeof AiSystemIdSchema>;

const text = (label: string, max: number) => z.string().trim().min(1, { error: `${label} is required` }).max(max, { error: `${label} is at most ${max} characters` });

export const ImpactAssessmentSchema = z.strictObject({
  on: IsoDateSchema,
  /** The AI system impact assessment's conclusion (42001 A.5.2–A.5.5), in the assessor's words. */
  result: text('The impact assessment result', 2000),
});

const AiSystemContentShape = {
  name: text('The name', 200),
  purpose: text('The purpose', 2000),
  owner: AccountIdSchema,
  lifecycleStage: z.enum(AI_LIFECYCLE_STAGES, { error: `The lifecycle stage is ${AI_LIFECYCLE_STAGES.join(', ')}` }),
  riskClass: z.enum(RISK_CLASSES, { error: `The risk class is ${RISK_CLASSES.join(', ')}` }).optional(),
  impactAssessmentDue: IsoDateSchema.optional(),
  lastImpactAssessment: ImpactAssessmentSchema.optional(),
  linkedRisks: z.array(RiskIdSchema).refine((risks) => new Set(risks).size === risks.length, { error: 'A linked risk is given twice' }),
};

export const AiSystemSchema = z.strictObject({
  id: AiSystemIdSchema,
  ...AiSystemContentShape,
  version: z.number().int().positive(),
  updatedAt: IsoInstantSchema,
  updatedBy: AccountIdSchema,
});
export type AiSystem = z.infer<typeof AiSystemSchema>;

export const NewAiSystemSchema = z.strictObject({ ...AiSystemContentShape, linkedRisks: AiSystemContentShape.linkedRisks.default([]) });
export type NewAiSystem = z.infer<typeof NewAiSystemSchema>;

export function aiSystemIdFor(counter: number): AiSystemId {
  if (!Number.isSafeInteger(counter) || counter < 1 || counter > 999_999_999) {
    throw new RangeError(`An AI system counter is a whole number from 1 to 999999999, not ${counter}`);
  }
  return `AIS-${counter}`;
}

// A system that reaches users must have been assessed first (42001 6.1.4, A.5.2); earlier stages may still be assessing.
const IN_USE: readonly AiLifecycleStage[] = ['deployment', 'operation'];

/** What the register flags on an AI system, each as the line the UI shows. */
export function aiSystemProblems(system: Pick<AiSystem, 'id' | 'lifecycleStage' | 'lastImpactAssessment' | 'impactAssessmentDue'>, now: Date): string[] {
  const problems: string[] = [];
  if (IN_USE.includes(system.lifecycleStage) && system.lastImpactAssessment === undefined) {
    problems.push(`${system.id} is in ${system.lifecycleStage} without an AI system impact assessment`);
  }
  if (isImpactAssessmentOverdue(system, now)) {
    problems.push(`The impact assessment of ${system.id} was due on ${system.impactAssessmentDue}`);
  }
  return problems;
}

/** A retired system needs no more assessments. */
export function isImpactAssessmentOverdue(system: Pick<AiSystem, 'lifecycleStage' | 'impactAssessmentDue'>, now: Date): boolean {
  return system.lifecycleStage !== 'retirement' && system.impactAssessmentDue !== undefined && system.impactAssessmentDue < isoDateOf(now);
}
