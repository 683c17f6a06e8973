import type { Answer, Answers, AnswersEdit, ChecklistTemplate } from '../../../src/domain/schemas/cab';
import { sectionApplies } from '../../../src/domain/cab/template';

/** What the checklist inputs hold for one question: '' until the requester picks a choice or types. */
export interface DraftAnswer {
  choice: string;
  note: string;
  evidenceUrl: string;
}
export type DraftAnswers = Readonly<Record<string, DraftAnswer>>;

export const EMPTY_ANSWER: DraftAnswer = { choice: '', note: '', evidenceUrl: '' };

export function draftFrom(answers: Answers): DraftAnswers {
  return Object.fromEntries(Object.entries(answers).map(([key, answer]) => [key, { choice: answer.choice, note: answer.note ?? '', evidenceUrl: answer.evidenceUrl ?? '' }]));
}

function answerOf(draft: DraftAnswer): Answer {
  const note = draft.note.trim();
  const evidenceUrl = draft.evidenceUrl.trim();
  return { choice: draft.choice, ...(note === '' ? {} : { note }), ...(evidenceUrl === '' ? {} : { evidenceUrl }) };
}

/**
 * The answers the draft stands for. Questions of a section that no longer applies (the AI section once "no AI
 * system" is picked) are dropped: the requester cannot see them, so they must not be saved or block the save.
 */
export function answersOf(template: ChecklistTemplate, draft: DraftAnswers): Answers {
  const picked: Answers = {};
  for (const [key, answer] of Object.entries(draft)) if (answer.choice !== '') picked[key] = answerOf(answer);
  const visible: Answers = {};
  for (const section of template.sections) {
    if (!sectionApplies(section, picked)) continue;
    for (const question of section.questions) {
      const answer = picked[question.key];
      if (answer !== undefined) visible[question.key] = answer;
    }
  }
  return visible;
}

const isSameAnswer = (a: Answer, b: Answer) => a.choice === b.choice && (a.note ?? '') === (b.note ?? '') && (a.evidenceUrl ?? '') === (b.evidenceUrl ?? '');

/** Only what changed since the saved answers: each edited answer, and `null` for each answer taken back. */
export function answersEdit(saved: Answers, next: Answers): AnswersEdit['answers'] {
  const edit: AnswersEdit['answers'] = {};
  for (const [key, answer] of Object.entries(next)) {
    const before = saved[key];
    if (before === undefined || !isSameAnswer(before, answer)) edit[key] = answer;
  }
  for (const key of Object.keys(saved)) if (next[key] === undefined) edit[key] = null;
  return edit;
}
