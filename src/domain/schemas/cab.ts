import { z } from 'zod';

/**
 * The CAB checklist of a change issue: template (admin-editable data), answers, votes and the stored record.
 * Shared by the checklist UI (validates as the requester types) and the backend (validates payloads and every
 * record read back from KVS). Types are inferred from the schemas, never written twice.
 */

export const CAB_SECTIONS = ['service', 'security', 'ai'] as const;
export type CabSection = (typeof CAB_SECTIONS)[number];

/** Ordered from least to most severe: scoring and approvals compare classes by this order. */
export const RISK_CLASSES = ['low', 'medium', 'high', 'critical'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

export const CHANGE_TYPES = ['standard', 'normal', 'emergency'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/** The values of the app-owned `cabStatus` field, exactly as JQL sees them (`cabStatus = "in review"`). */
export const CAB_STATUSES = ['not started', 'in review', 'approved', 'rejected', 'invalidated'] as const;
export type CabStatus = (typeof CAB_STATUSES)[number];

export const CAB_ROLES = ['change-manager', 'cab-member', 'security-approver', 'ai-system-owner', 'isms-lead', 'ecab-member'] as const;
export type CabRole = (typeof CAB_ROLES)[number];

export const VOTE_DECISIONS = ['approve', 'reject'] as const;
export type VoteDecision = (typeof VOTE_DECISIONS)[number];

export const RISK_AXES = ['likelihood', 'impact'] as const;
export type RiskAxis = (typeof RISK_AXES)[number];

// Keys end up in KVS records, audit events and JQL-free UI ids: lower-case kebab keeps them safe everywhere.
const key = (label: string) =>
  z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, { error: `${label} is lower-case letters, digits and dashes (at most 64)` });
const text = (label: string, max: number) => z.string().trim().min(1, { error: `${label} is required` }).max(max, { error: `${label} is at most ${max} characters` });
const accountId = z.string().min(1, { error: 'An account id is required' }).max(128);
const isoInstant = z.iso.datetime({ offset: true });
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { error: 'The answers hash is 64 hexadecimal characters (SHA-256)' });

export const ChoiceSchema = z.strictObject({
  value: key('A choice value'),
  label: text('A choice label', 120),
  /** How much this answer raises its domain's likelihood or impact: 0 (not at all) to 4 (to the top). */
  severity: z.number().int().min(0).max(4, { error: 'A choice severity is a whole number from 0 to 4' }),
  affects: z.enum(RISK_AXES, { error: 'A choice affects likelihood or impact' }),
});
export type Choice = z.infer<typeof ChoiceSchema>;

export const QuestionSchema = z.strictObject({
  key: key('A question key'),
  text: text('A question', 300),
  help: z.string().max(1000),
  choices: z.array(ChoiceSchema).min(2, { error: 'A question offers at least two choices' }).max(10),
  /** `true`: every answer needs an evidence link; a list: only those choices do (e.g. "tested" needs the test report). */
  requiresEvidence: z.union([z.boolean(), z.array(key('A choice value')).min(1)]).optional(),
  required: z.boolean(),
});
export type Question = z.infer<typeof QuestionSchema>;

export const SectionSchema = z.strictObject({
  key: z.enum(CAB_SECTIONS, { error: 'A section is service, security or ai' }),
  title: text('A section title', 80),
  /** The section applies only when this question has one of these answers (the AI section: an AI system is touched). */
  appliesWhen: z.strictObject({ question: key('A question key'), choices: z.array(key('A choice value')).min(1) }).optional(),
  questions: z.array(QuestionSchema).min(1, { error: 'A section has at least one question' }),
});
export type Section = z.infer<typeof SectionSchema>;

function checkTemplateReferences(template: { sections: Section[] }, ctx: z.RefinementCtx): void {
  const seenSections = new Set<string>();
  const questions = new Map<string, { question: Question; section: CabSection }>();
  template.sections.forEach((section, s) => {
    if (seenSections.has(section.key)) ctx.addIssue({ code: 'custom', path: ['sections', s, 'key'], message: `Section ${section.key} appears twice` });
    seenSections.add(section.key);
    section.questions.forEach((question, q) => {
      const path = ['sections', s, 'questions', q];
      // Answers are one flat map keyed by question, so keys are unique across the whole template.
      if (questions.has(question.key)) ctx.addIssue({ code: 'custom', path: [...path, 'key'], message: `Question ${question.key} appears twice` });
      questions.set(question.key, { question, section: section.key });
      const values = question.choices.map((choice) => choice.value);
      if (new Set(values).size !== values.length) ctx.addIssue({ code: 'custom', path: [...path, 'choices'], message: `Question ${question.key} repeats a choice` });
      if (Array.isArray(question.requiresEvidence)) {
        for (const value of question.requiresEvidence.filter((v) => !values.includes(v))) {
          ctx.addIssue({ code: 'custom', path: [...path, 'requiresEvidence'], message: `Question ${question.key} has no choice ${value} to require evidence for` });
        }
      }
    });
  });
  template.sections.forEach((section, s) => {
    if (section.appliesWhen === undefined) return;
    const path = ['sections', s, 'appliesWhen'];
    const target = questions.get(section.appliesWhen.question);
    if (target === undefined) {
      ctx.addIssue({ code: 'custom', path, message: `Section ${section.key} depends on an unknown question ${section.appliesWhen.question}` });
    } else if (target.section === section.key) {
      ctx.addIssue({ code: 'custom', path, message: `Section ${section.key} cannot depend on one of its own questions` });
    } else {
      const values = target.question.choices.map((choice) => choice.value);
      for (const value of section.appliesWhen.choices.filter((v) => !values.includes(v))) {
        ctx.addIssue({ code: 'custom', path, message: `Question ${target.question.key} has no choice ${value}` });
      }
    }
  });
}

export const ChecklistTemplateSchema = z
  .strictObject({
    version: z.number().int().positive({ error: 'A template version is a positive whole number' }),
    sections: z.array(SectionSchema).min(1),
  })
  .superRefine(checkTemplateReferences);
export type ChecklistTemplate = z.infer<typeof ChecklistTemplateSchema>;

export const AnswerSchema = z.strictObject({
  choice: key('A choice'),
  note: z.string().max(2000, { error: 'A note is at most 2000 characters' }).optional(),
  // Whether the link is https (and present where required) depends on the template: see validateAnswers.
  evidenceUrl: z.string().max(2000, { error: 'An evidence link is at most 2000 characters' }).optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;

export const AnswersSchema = z.record(key('A question key'), AnswerSchema);
export type Answers = z.infer<typeof AnswersSchema>;

/** One edit from the checklist UI: answers to set, `null` to clear an answer, and optionally the change type. */
export const AnswersEditSchema = z.strictObject({
  answers: z.record(key('A question key'), AnswerSchema.nullable()),
  changeType: z.enum(CHANGE_TYPES, { error: 'The change type is standard, normal or emergency' }).optional(),
});
export type AnswersEdit = z.infer<typeof AnswersEditSchema>;

/** A CAB member's decision; `answersHash` is the hash of the answers they saw, so nobody approves unseen answers. */
export const VoteInputSchema = z.strictObject({
  decision: z.enum(VOTE_DECISIONS, { error: 'The decision is approve or reject' }),
  comment: z.string().trim().max(2000, { error: 'A comment is at most 2000 characters' }),
  role: z.enum(CAB_ROLES, { error: `The role is one of ${CAB_ROLES.join(', ')}` }),
  answersHash: sha256Hex,
});
export type VoteInput = z.infer<typeof VoteInputSchema>;

export const VoteSchema = z.strictObject({
  accountId,
  role: z.enum(CAB_ROLES),
  decision: z.enum(VOTE_DECISIONS),
  comment: z.string().max(2000),
  /** The answers this vote decided on; a vote on any other hash is invalidated. */
  answersHash: sha256Hex,
  at: isoInstant,
});
export type Vote = z.infer<typeof VoteSchema>;

/** `matrix[likelihood - 1][impact - 1]`; rows and columns never decrease, or raising a risk could lower its class. */
export const RiskMatrixSchema = z
  .array(z.array(z.enum(RISK_CLASSES)).length(5, { error: 'Each matrix row has 5 cells (impact 1 to 5)' }))
  .length(5, { error: 'The matrix has 5 rows (likelihood 1 to 5)' })
  .superRefine((matrix, ctx) => {
    const rank = (riskClass: RiskClass) => RISK_CLASSES.indexOf(riskClass);
    matrix.forEach((row, l) =>
      row.forEach((cell, i) => {
        const left = row[i - 1];
        const above = matrix[l - 1]?.[i];
        if ((left !== undefined && rank(cell) < rank(left)) || (above !== undefined && rank(cell) < rank(above))) {
          ctx.addIssue({ code: 'custom', path: [l, i], message: `Likelihood ${l + 1} × impact ${i + 1} is lower than a cell with less risk` });
        }
      }),
    );
  });
export type RiskMatrix = z.infer<typeof RiskMatrixSchema>;

const RoleCountSchema = z.strictObject({ role: z.enum(CAB_ROLES), count: z.number().int().min(1).max(20) });
export type RoleCount = z.infer<typeof RoleCountSchema>;

/** Who must approve, per risk class (not cumulative: each class lists its full set), section and change type. */
export const ApprovalPolicySchema = z.strictObject({
  byClass: z.strictObject({
    low: z.array(RoleCountSchema),
    medium: z.array(RoleCountSchema),
    high: z.array(RoleCountSchema),
    critical: z.array(RoleCountSchema),
  }),
  /** Added when a section applies, e.g. the AI section → the AI system owner. */
  bySection: z.partialRecord(z.enum(CAB_SECTIONS), z.array(RoleCountSchema)),
  /** Standard changes are pre-authorised (ISO 20000-1 8.5.1.1) up to this class; above it they are treated as normal. */
  standard: z.strictObject({ maxClass: z.enum(RISK_CLASSES), roles: z.array(RoleCountSchema) }),
  /** Emergency changes: the ECAB decides before implementation, the full CAB reviews afterwards. */
  emergency: z.strictObject({ now: z.array(RoleCountSchema).min(1) }),
});
export type ApprovalPolicy = z.infer<typeof ApprovalPolicySchema>;

export const AUDIT_EVENT_KINDS = ['record-created', 'answers-edited', 'risk-changed', 'vote-recorded', 'approvals-invalidated', 'status-changed'] as const;
export type AuditEventKind = (typeof AUDIT_EVENT_KINDS)[number];

/** Append-only: who, when, what, before/after; `notify` lists the accounts to tell (invalidated approvers). */
export const AuditEventSchema = z.strictObject({
  kind: z.enum(AUDIT_EVENT_KINDS),
  issueId: z.string().min(1),
  actor: accountId,
  at: isoInstant,
  /** The record version this event produced: orders events and ties them to one write. */
  recordVersion: z.number().int().positive(),
  summary: z.string(),
  before: z.json(),
  after: z.json(),
  notify: z.array(accountId).optional(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const CabRecordSchema = z.strictObject({
  issueId: z.string().min(1),
  templateVersion: z.number().int().positive(),
  changeType: z.enum(CHANGE_TYPES),
  answers: AnswersSchema,
  answersHash: sha256Hex,
  votes: z.array(VoteSchema),
  status: z.enum(CAB_STATUSES),
  /** `null` until every required question is answered: a half-filled checklist has no class yet. */
  riskClass: z.enum(RISK_CLASSES).nullable(),
  /** Optimistic concurrency: the store writes only if the stored version is still `version - 1`. */
  version: z.number().int().positive(),
  audit: z.array(AuditEventSchema),
});
export type CabRecord = z.infer<typeof CabRecordSchema>;
