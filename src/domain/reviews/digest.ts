import type { AdfDocument } from '../classification';
import { reviewKindName, reviewTaskSummary } from './taskContent';
import { REVIEW_KINDS, type ReviewTask } from './reviewTask';

export interface DigestEntry {
  task: Pick<ReviewTask, 'kind' | 'dueDate' | 'title' | 'owner'>;
  issueKey: string;
}

export interface DigestInput {
  today: string;
  created: readonly DigestEntry[];
  moved: readonly DigestEntry[];
  overdue: readonly DigestEntry[];
  /** Applicable SoA controls without evidence in the stale window; null when the check could not run. */
  staleControls: readonly { controlId: string; lastEvidenceDate: string | null }[] | null;
  staleAfterDays: number;
}

// A comment over 32 KB is refused by Jira; long lists are cut with a count of the rest.
const MAX_LINES_PER_LIST = 50;

function listLines(entries: readonly string[]): string[] {
  if (entries.length <= MAX_LINES_PER_LIST) return entries.map((entry) => `• ${entry}`);
  return [...entries.slice(0, MAX_LINES_PER_LIST).map((entry) => `• ${entry}`), `• … and ${entries.length - MAX_LINES_PER_LIST} more`];
}

const line = (entry: DigestEntry) => `${entry.issueKey} ${reviewTaskSummary(entry.task)}`;

/** The ISMS lead's digest of one run: what was opened or moved, what is overdue, which controls lack evidence. */
export function digestComment(input: DigestInput): AdfDocument {
  const paragraphs: string[] = [`Recurring reviews on ${input.today}: ${input.created.length} opened, ${input.moved.length} moved, ${input.overdue.length} overdue.`];
  if (input.created.length > 0) paragraphs.push('Opened:', ...listLines(input.created.map(line)));
  if (input.moved.length > 0) paragraphs.push('Moved to a new due date or owner:', ...listLines(input.moved.map(line)));
  if (input.overdue.length > 0) paragraphs.push('Overdue:', ...listLines(input.overdue.map(line)));
  if (input.staleControls === null) paragraphs.push('The stale-evidence check could not run this time; it runs again with the next digest.');
  else if (input.staleControls.length === 0) paragraphs.push(`Every applicable SoA control has evidence from the last ${input.staleAfterDays} days.`);
  else {
    paragraphs.push(`Applicable SoA controls without evidence in the last ${input.staleAfterDays} days (${input.staleControls.length}):`);
    paragraphs.push(...listLines(input.staleControls.map((control) => `${control.controlId} (last evidence ${control.lastEvidenceDate ?? 'none'})`)));
  }
  return { type: 'doc', version: 1, content: paragraphs.map((paragraph) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })) };
}

export const DIGEST_SUMMARY = 'Recurring reviews digest (IMS)';

export function digestIssueDescription(): AdfDocument {
  return {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text: `The IMS app comments here once a day: ${REVIEW_KINDS.map(reviewKindName).join(', ')} tasks opened and overdue, and SoA controls with stale evidence.` }] }],
  };
}
