import type { Nonconformity } from './nonconformity';

/** A corrective action's state as Jira reports it now; `null` when the issue is gone or out of sight. */
export interface ActionState {
  issueId: string;
  issueKey: string;
  summary: string | null;
  status: string | null;
  isDone: boolean;
}

export type ClosureGap =
  | { kind: 'root-cause' }
  | { kind: 'correction' }
  | { kind: 'no-corrective-action' }
  | { kind: 'action-not-done'; issueKey: string; status: string | null }
  | { kind: 'effectiveness-pending'; dueDate: string }
  | { kind: 'effectiveness-failed' };

/**
 * What still stands between a nonconformity and its closure (clause 10): the cause found, the nonconformity
 * corrected, at least one corrective action, every action done, and a check that they worked.
 */
export function closureGaps(record: Pick<Nonconformity, 'rootCause' | 'correction' | 'effectiveness'>, actions: readonly ActionState[]): ClosureGap[] {
  const gaps: ClosureGap[] = [];
  if (record.rootCause.trim() === '') gaps.push({ kind: 'root-cause' });
  if (record.correction.trim() === '') gaps.push({ kind: 'correction' });
  if (actions.length === 0) gaps.push({ kind: 'no-corrective-action' });
  for (const action of actions) if (!action.isDone) gaps.push({ kind: 'action-not-done', issueKey: action.issueKey, status: action.status });
  if (record.effectiveness.result === 'pending') gaps.push({ kind: 'effectiveness-pending', dueDate: record.effectiveness.dueDate });
  if (record.effectiveness.result === 'not-effective') gaps.push({ kind: 'effectiveness-failed' });
  return gaps;
}

export function gapText(gap: ClosureGap): string {
  switch (gap.kind) {
    case 'root-cause':
      return 'root cause not recorded';
    case 'correction':
      return 'correction not recorded';
    case 'no-corrective-action':
      return 'no corrective action';
    case 'action-not-done':
      return gap.status === null ? `corrective action ${gap.issueKey} not found` : `corrective action ${gap.issueKey} not done (${gap.status})`;
    case 'effectiveness-pending':
      return `effectiveness check not done (due ${gap.dueDate})`;
    case 'effectiveness-failed':
      return 'effectiveness check found the actions not effective: add a corrective action and check again';
  }
}

/** The validator's refusal, naming every missing item so the user fixes them all in one visit. */
export function closureRefusal(findingKey: string, gaps: readonly ClosureGap[]): string {
  return `${findingKey} cannot close yet: ${gaps.map(gapText).join('; ')}.`;
}
