import type { Answer, Answers, CabSection, ChecklistTemplate, Choice, Question, Section } from '../schemas/cab';

/** Reading answers against a checklist template: which sections apply, what is wrong, how far each section is. */

export function findQuestion(template: ChecklistTemplate, questionKey: string): { section: Section; question: Question } | undefined {
  for (const section of template.sections) {
    const question = section.questions.find((candidate) => candidate.key === questionKey);
    if (question !== undefined) return { section, question };
  }
  return undefined;
}

export function findChoice(question: Question, value: string): Choice | undefined {
  return question.choices.find((choice) => choice.value === value);
}

export function sectionApplies(section: Section, answers: Answers): boolean {
  if (section.appliesWhen === undefined) return true;
  const answer = answers[section.appliesWhen.question];
  return answer !== undefined && section.appliesWhen.choices.includes(answer.choice);
}

export function applicableSections(template: ChecklistTemplate, answers: Answers): Section[] {
  return template.sections.filter((section) => sectionApplies(section, answers));
}

export function requiresEvidence(question: Question, choice: string): boolean {
  const rule = question.requiresEvidence;
  return rule === true || (Array.isArray(rule) && rule.includes(choice));
}

export type AnswerProblemCode = 'unknown-question' | 'unknown-choice' | 'evidence-missing' | 'evidence-not-https';

export interface AnswerProblem {
  questionKey: string;
  code: AnswerProblemCode;
  message: string;
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function answerProblem(question: Question, answer: Answer): AnswerProblem | undefined {
  const problem = (code: AnswerProblemCode, message: string): AnswerProblem => ({ questionKey: question.key, code, message });
  if (findChoice(question, answer.choice) === undefined) {
    const offered = question.choices.map((choice) => choice.value).join(', ');
    return problem('unknown-choice', `"${question.text}" has no choice ${answer.choice} (choose one of ${offered})`);
  }
  const evidenceUrl = answer.evidenceUrl?.trim() ?? '';
  if (evidenceUrl === '' && requiresEvidence(question, answer.choice)) {
    return problem('evidence-missing', `"${question.text}": this answer needs an evidence link`);
  }
  // Evidence is opened by auditors from the record: plain http (or javascript:, data:) links are refused.
  if (evidenceUrl !== '' && !isHttpsUrl(evidenceUrl)) {
    return problem('evidence-not-https', `"${question.text}": the evidence link must be an https:// address`);
  }
  return undefined;
}

/** Every problem of the answers, in template order (unknown questions last); empty when they are all valid. */
export function validateAnswers(template: ChecklistTemplate, answers: Answers): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const section of template.sections) {
    for (const question of section.questions) {
      const answer = answers[question.key];
      const problem = answer === undefined ? undefined : answerProblem(question, answer);
      if (problem !== undefined) problems.push(problem);
    }
  }
  for (const questionKey of Object.keys(answers)) {
    if (findQuestion(template, questionKey) === undefined) {
      problems.push({ questionKey, code: 'unknown-question', message: `Checklist version ${template.version} has no question ${questionKey}` });
    }
  }
  return problems;
}

export interface SectionProgress {
  key: CabSection;
  title: string;
  /** A section that does not apply (the AI section when no AI system is touched) is neither shown nor required. */
  applies: boolean;
  /** Required questions with a valid answer. */
  answered: number;
  required: number;
  isComplete: boolean;
}

export function sectionProgress(template: ChecklistTemplate, answers: Answers): SectionProgress[] {
  return template.sections.map((section) => {
    const required = section.questions.filter((question) => question.required);
    const answered = required.filter((question) => {
      const answer = answers[question.key];
      return answer !== undefined && answerProblem(question, answer) === undefined;
    }).length;
    const applies = sectionApplies(section, answers);
    return { key: section.key, title: section.title, applies, answered, required: required.length, isComplete: !applies || answered === required.length };
  });
}

export function isChecklistComplete(progress: readonly SectionProgress[]): boolean {
  return progress.every((section) => section.isComplete);
}

/** "Service impact 5/9, Security impact 0/9": the incomplete sections, for gate and vote refusals. */
export function describeIncompleteSections(progress: readonly SectionProgress[]): string {
  return progress
    .filter((section) => !section.isComplete)
    .map((section) => `${section.title} ${section.answered}/${section.required}`)
    .join(', ');
}
