import type { AdfDocument } from '../classification';
import type { ReviewKind, ReviewTask } from './reviewTask';

const text = (value: string) => ({ type: 'text' as const, text: value });
const strong = (value: string) => ({ type: 'text' as const, text: value, marks: [{ type: 'strong' as const }] });

const KIND_NAMES: Record<ReviewKind, string> = {
  risk: 'Risk review',
  soa: 'SoA review',
  policy: 'Policy review',
  'ai-impact': 'AI impact assessment',
};

const WHAT_TO_REVIEW: Record<ReviewKind, string> = {
  risk: 'Review the risk scenario, its likelihood and impact, treatment and controls, then mark the risk reviewed (ISO 27001 8.2, 6.1.3).',
  soa: 'Review applicability, justification and implementation status of every Annex A control, then approve a new SoA version (ISO 27001 6.1.3 d).',
  policy: 'Review the policy for suitability, adequacy and effectiveness; record changes and the new review date (ISO 27001 5.2, 7.5).',
  'ai-impact': 'Re-evaluate the AI system impact assessment for individuals, groups and society and record its result (ISO 42001 6.1.4, 8.4).',
};

// Jira refuses summaries longer than 255 characters.
const MAX_SUMMARY = 255;

export function reviewTaskSummary(task: Pick<ReviewTask, 'kind' | 'dueDate' | 'title'>): string {
  const summary = `${KIND_NAMES[task.kind]} due ${task.dueDate}: ${task.title.replace(/\s+/g, ' ').trim()}`;
  return summary.length <= MAX_SUMMARY ? summary : `${summary.slice(0, MAX_SUMMARY - 1)}…`;
}

export function reviewTaskDescription(task: ReviewTask): AdfDocument {
  return {
    type: 'doc',
    version: 1,
    content: [
      { type: 'paragraph', content: [strong(`${KIND_NAMES[task.kind]} due ${task.dueDate}`), text(`: ${task.title}`)] },
      { type: 'paragraph', content: [text(WHAT_TO_REVIEW[task.kind])] },
      { type: 'paragraph', content: [text(`Where: ${task.whereToReview}.`)] },
      { type: 'paragraph', content: [text(`Opened by the recurring reviews of the IMS app (review key ${task.key}); a later due date updates this task.`)] },
    ],
  };
}

export function reviewKindName(kind: ReviewKind): string {
  return KIND_NAMES[kind];
}
