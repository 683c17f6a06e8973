import { DEFAULT_APPROVAL_POLICY, DEFAULT_CHECKLIST_TEMPLATE, DEFAULT_RISK_MATRIX, createCabRecord, editAnswers, requiresEvidence, type CabContext } from '../../../src/domain/cab';
import type { Answers, CabRecord, ChangeType } from '../../../src/domain/schemas/cab';

export const template = DEFAULT_CHECKLIST_TEMPLATE;
export const REQUESTER = 'acc-requester';
export const ASSIGNEE = 'acc-assignee';
export const CAB_1 = 'acc-cab-1';
export const CAB_2 = 'acc-cab-2';
export const SECURITY = 'acc-security';
export const T0 = new Date('2025-03-01T09:00:00Z');
export const at = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);

export const context: CabContext = {
  template,
  matrix: DEFAULT_RISK_MATRIX,
  policy: DEFAULT_APPROVAL_POLICY,
  requester: REQUESTER,
  assignee: ASSIGNEE,
};

/** Every question of the service and security sections answered with its least risky choice (evidence linked). */
export function lowRiskAnswers(): Answers {
  const answers: Answers = {};
  for (const section of template.sections.filter((s) => s.key !== 'ai')) {
    for (const question of section.questions) {
      const choice = question.choices[0]!.value;
      answers[question.key] = requiresEvidence(question, choice) ? { choice, evidenceUrl: `https://evidence.example/${question.key}` } : { choice };
    }
  }
  return answers;
}

/** The AI section answered with its least risky choices, and the service section saying an AI system is touched. */
export function lowRiskAiAnswers(): Answers {
  const answers: Answers = { ...lowRiskAnswers(), 'ai-system-touched': { choice: 'yes' } };
  for (const question of template.sections.find((s) => s.key === 'ai')!.questions) {
    const choice = question.choices[0]!.value;
    answers[question.key] = requiresEvidence(question, choice) ? { choice, evidenceUrl: `https://evidence.example/${question.key}` } : { choice };
  }
  return answers;
}

/** Low-risk answers plus a privilege change that may expose internal data: a high-risk security change. */
export function highRiskAnswers(): Answers {
  return { ...lowRiskAnswers(), 'access-change': { choice: 'privilege' }, confidentiality: { choice: 'internal' } };
}

export function recordWith(answers: Answers, changeType: ChangeType = 'normal'): CabRecord {
  const { record } = createCabRecord('10001', changeType, { accountId: REQUESTER }, T0, context);
  const edited = editAnswers(record, { answers }, { accountId: REQUESTER }, at(1), context);
  if (!edited.ok) throw new Error(edited.error.message);
  return edited.record;
}
