import type { ChecklistLine, ChecklistProgress } from '../../domain/audit/checklist';
import type { FindingKind } from '../../domain/audit/finding';
import type { EffectivenessCheck, NonconformityEvent } from '../../domain/audit/nonconformity';
import type { ActionState } from '../../domain/audit/nonconformityClosure';

/** Whether a nonconformity may close now, and if not, each missing item in the words the validator uses. */
export interface ClosureView {
  canClose: boolean;
  missing: string[];
}

export interface FindingRow {
  issueKey: string;
  summary: string;
  kind: FindingKind | null;
  kindLabel: string;
  status: string;
  isDone: boolean;
  /** Nonconformities only. */
  closure: ClosureView | null;
}

export interface ChecklistRow extends ChecklistLine {
  isChecked: boolean;
}

export interface AuditIssueView {
  kind: 'audit';
  issueKey: string;
  auditId: string;
  canEdit: boolean;
  /** Null when the audit issue was not started by the app (no checklist record). */
  period: { from: string; to: string } | null;
  checklist: ChecklistRow[];
  progress: Pick<ChecklistProgress, 'total' | 'checked'>;
  unlinkedClauses: string[];
  conclusions: string;
  version: number;
  findings: FindingRow[];
}

export interface NonconformityView {
  rootCause: string;
  correction: string;
  correctiveActions: ActionState[];
  effectiveness: EffectivenessCheck;
  version: number;
  closure: ClosureView;
  history: NonconformityEvent[];
}

export interface FindingIssueView {
  kind: 'finding';
  issueKey: string;
  auditIssueKey: string | null;
  findingKind: FindingKind | null;
  kindLabel: string;
  status: string;
  canEdit: boolean;
  /** The clause 10 record, for nonconformities raised by the app. */
  nonconformity: NonconformityView | null;
}

/** On any other issue the panel only says what it is for (Forge cannot hide an issue panel by issue type). */
export interface OtherIssueView {
  kind: 'other';
  message: string;
}

export type AuditPanelView = AuditIssueView | FindingIssueView | OtherIssueView;
