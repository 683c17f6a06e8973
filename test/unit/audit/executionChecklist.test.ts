import { checklistDescription, checklistProgress, type ChecklistLine } from '../../../src/domain/audit/checklist';
import type { ClauseId } from '../../../src/domain/catalog';

const line = (clause: string, evidenceCount: number, evidenceKeys: string[] = []): ChecklistLine => ({
  clause: clause as ClauseId,
  title: 'Change management',
  evidenceCount,
  lastEvidenceDate: evidenceCount === 0 ? null : '2026-11-15',
  evidenceKeys,
});

const period = { from: '2025-11-24', to: '2026-11-27' };

type Node = { type: string; attrs?: { state?: string }; content?: Node[]; text?: string };
const taskItems = (doc: unknown): Node[] => ((doc as { content: Node[] }).content.find((node) => node.type === 'taskList')?.content ?? []);
const textOf = (node: Node): string => (node.content ?? []).map((child) => child.text ?? '').join('');

describe('the audit checklist in the issue description', () => {
  it('writes one unticked task per clause, led by the clause id, with the evidence found', () => {
    const doc = checklistDescription({ auditId: 'AUD-1', criteria: '', period, lines: [line('ISO27001:A.8.32', 7, ['SEC-48', 'SEC-45']), line('ISO27001:A.8.9', 0)] });

    const items = taskItems(doc);
    expect(items.map((item) => item.attrs?.state)).toEqual(['TODO', 'TODO']);
    expect(textOf(items[0]!)).toBe('ISO27001:A.8.32 Change management — 7 evidence issues, latest 2026-11-15: SEC-48, SEC-45 and 5 more');
    expect(textOf(items[1]!)).toBe('ISO27001:A.8.9 Change management — no evidence found in the period');
  });

  it('says so when the scope names no clause, instead of an empty task list Jira would reject', () => {
    const doc = checklistDescription({ auditId: 'AUD-1', criteria: 'ISO 27001', period, lines: [] });

    expect(taskItems(doc)).toEqual([]);
    expect(JSON.stringify(doc)).toContain('The audit scope names no clause or control.');
  });

  it('reads the ticks back from the description as the auditor left it', () => {
    const doc = checklistDescription({ auditId: 'AUD-1', criteria: '', period, lines: [line('ISO27001:A.8.32', 1, ['SEC-1']), line('ISO27001:A.8.9', 0)] });
    const items = taskItems(doc);
    items[1]!.attrs = { ...items[1]!.attrs, state: 'DONE' };

    expect(checklistProgress(doc)).toEqual({ total: 2, checked: 1, checkedClauses: ['ISO27001:A.8.9'] });
  });

  it('counts an empty checklist for a description that is not a document', () => {
    expect(checklistProgress(null)).toEqual({ total: 0, checked: 0, checkedClauses: [] });
    expect(checklistProgress('plain text')).toEqual({ total: 0, checked: 0, checkedClauses: [] });
  });
});
