import fc from 'fast-check';
import {
  MAX_HISTORY_EVENTS,
  addCorrectiveAction,
  newNonconformity,
  recordEffectiveness,
  saveAnalysis,
  type Nonconformity,
} from '../../../src/domain/audit/nonconformity';
import { closureGaps, closureRefusal, type ActionState } from '../../../src/domain/audit/nonconformityClosure';

const NOW = new Date('2026-11-24T09:00:00Z');
const LEAD = '712020:lead';
const change = { actor: LEAD, now: NOW };

const raised = (): Nonconformity =>
  newNonconformity({ findingIssueId: '20002', findingKey: 'IMS-2', auditIssueKey: 'IMS-1', kind: 'nonconformity-minor' }, '2027-02-22', change);

const action = (issueKey: string, isDone: boolean, status: string | null = isDone ? 'Done' : 'In Progress'): ActionState => ({
  issueId: `id-${issueKey}`,
  issueKey,
  summary: 'Add a security review step',
  status,
  isDone,
});

function complete(): Nonconformity {
  const analysed = saveAnalysis(raised(), { rootCause: 'No security step in the template', correction: 'Reviewed retrospectively' }, change);
  return recordEffectiveness(analysed, { dueDate: '2027-02-22', result: 'effective', notes: 'Sampled three changes' }, change);
}

describe('closing a nonconformity (clause 10)', () => {
  it('lists everything missing on a freshly raised nonconformity, in the order the work is done', () => {
    expect(closureRefusal('IMS-2', closureGaps(raised(), []))).toBe(
      'IMS-2 cannot close yet: root cause not recorded; correction not recorded; no corrective action; effectiveness check not done (due 2027-02-22).',
    );
  });

  it('names each corrective action that is not done, with its status, and one Jira no longer shows', () => {
    const gaps = closureGaps(complete(), [action('IMS-3', true), action('IMS-4', false), action('IMS-5', false, null)]);

    expect(closureRefusal('IMS-2', gaps)).toBe('IMS-2 cannot close yet: corrective action IMS-4 not done (In Progress); corrective action IMS-5 not found.');
  });

  it('allows closing once root cause, correction, done actions and an effective check are recorded', () => {
    expect(closureGaps(complete(), [action('IMS-3', true)])).toEqual([]);
  });

  it('keeps the nonconformity open when the check found the actions not effective', () => {
    const failed = recordEffectiveness(complete(), { dueDate: '2027-02-22', result: 'not-effective', notes: 'Recurred' }, change);

    expect(closureGaps(failed, [action('IMS-3', true)])).toEqual([{ kind: 'effectiveness-failed' }]);
  });

  it('treats a root cause of blanks as missing', () => {
    const blank = saveAnalysis(complete(), { rootCause: '   ', correction: 'Done' }, change);

    expect(closureGaps(blank, [action('IMS-3', true)])).toEqual([{ kind: 'root-cause' }]);
  });

  it('refuses the same corrective action twice and the finding as its own action', () => {
    const once = addCorrectiveAction(raised(), { issueId: '30003', issueKey: 'IMS-3' }, 'created', change);
    if (!once.ok) throw new Error(once.error.message);

    expect(addCorrectiveAction(once.record, { issueId: '30003', issueKey: 'IMS-3' }, 'linked', change)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(addCorrectiveAction(raised(), { issueId: '20002', issueKey: 'IMS-2' }, 'linked', change)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('records who checked effectiveness and when, and clears them when the check is reset to pending', () => {
    const checked = complete();
    const reset = recordEffectiveness(checked, { dueDate: '2027-03-01', result: 'pending', notes: '' }, change);

    expect(checked.effectiveness).toMatchObject({ result: 'effective', checkedBy: LEAD, checkedAt: NOW.toISOString() });
    expect(reset.effectiveness).toMatchObject({ result: 'pending', checkedBy: null, checkedAt: null, dueDate: '2027-03-01' });
  });

  it('moves the version on by one with every change and keeps a bounded history', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 260 }), (edits) => {
        let record = raised();
        for (let index = 0; index < edits; index += 1) record = saveAnalysis(record, { rootCause: `cause ${index}`, correction: 'c' }, change);
        return record.version === edits + 1 && record.history.length === Math.min(edits + 1, MAX_HISTORY_EVENTS);
      }),
      { numRuns: 20 },
    );
  });
});
