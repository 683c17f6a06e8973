import type { ClauseId } from '../catalog';
import { doc, heading, paragraph, strong, text, type AdfDoc, type AdfTaskItem } from './checklistAdf';

/** One line of an audit's checklist: a clause or control of the scope and the evidence found for the period. */
export interface ChecklistLine {
  clause: ClauseId;
  title: string;
  /** Issues linked to the clause, or to a high-confidence equivalent, with evidence dated in the period. */
  evidenceCount: number;
  /** The latest evidence day in the period, null when there is none. */
  lastEvidenceDate: string | null;
  /** A few of the newest evidence issues, for the auditor to open first. */
  evidenceKeys: string[];
}

export interface ChecklistPeriod {
  from: string;
  to: string;
}

/** Keys shown per line: enough to start sampling, short enough for the issue view. */
export const EVIDENCE_KEYS_PER_LINE = 5;

const evidenceText = (line: ChecklistLine): string => {
  if (line.evidenceCount === 0) return ' — no evidence found in the period';
  const more = line.evidenceCount > line.evidenceKeys.length ? ` and ${line.evidenceCount - line.evidenceKeys.length} more` : '';
  const plural = line.evidenceCount === 1 ? 'issue' : 'issues';
  return ` — ${line.evidenceCount} evidence ${plural}, latest ${line.lastEvidenceDate ?? 'undated'}: ${line.evidenceKeys.join(', ')}${more}`;
};

function taskItem(line: ChecklistLine): AdfTaskItem {
  // The clause id leads the item so the panel can read back which lines the auditor ticked (see checklistProgress).
  return { type: 'taskItem', attrs: { localId: line.clause, state: 'TODO' }, content: [strong(line.clause), text(` ${line.title}${evidenceText(line)}`)] };
}

/**
 * The audit issue's description: the audit's frame, then the checklist as a task list the auditor ticks in Jira
 * as each clause is audited. Task lists are the one ADF structure Jira users can check off in place.
 */
export function checklistDescription(input: { auditId: string; criteria: string; period: ChecklistPeriod; lines: readonly ChecklistLine[] }): AdfDoc {
  const frame = [
    paragraph(strong('Audit: '), text(input.auditId)),
    paragraph(strong('Evidence period: '), text(`${input.period.from} to ${input.period.to}`)),
    ...(input.criteria.trim() === '' ? [] : [paragraph(strong('Criteria: '), text(input.criteria.trim()))]),
  ];
  if (input.lines.length === 0) return doc(...frame, heading(3, 'Checklist'), paragraph(text('The audit scope names no clause or control.')));
  return doc(...frame, heading(3, 'Checklist'), { type: 'taskList', attrs: { localId: 'ims-audit-checklist' }, content: input.lines.map(taskItem) });
}

export interface ChecklistProgress {
  total: number;
  checked: number;
  /** Clause ids of the ticked lines. */
  checkedClauses: string[];
}

type Node = { type?: unknown; attrs?: { state?: unknown }; content?: unknown; text?: unknown };

const childrenOf = (node: Node): Node[] => (Array.isArray(node.content) ? (node.content as Node[]) : []);

function firstText(node: Node): string {
  for (const child of childrenOf(node)) {
    if (child.type === 'text' && typeof child.text === 'string') return child.text;
  }
  return '';
}

/**
 * Reads the ticks back from the description as Jira holds it now: every task item in the document, wherever the
 * auditor moved it; the clause is the item's first word. Anything that is not ADF counts as an empty checklist.
 */
export function checklistProgress(description: unknown): ChecklistProgress {
  const items: Node[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'taskItem') items.push(node);
    childrenOf(node).forEach(visit);
  };
  if (description !== null && typeof description === 'object') visit(description as Node);
  const checked = items.filter((item) => item.attrs?.state === 'DONE');
  return {
    total: items.length,
    checked: checked.length,
    checkedClauses: checked.map((item) => firstText(item).trim().split(/\s+/)[0] ?? '').filter((clause) => clause !== ''),
  };
}
