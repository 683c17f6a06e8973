import { formatClassification, regulatoryClocks, type Classification, type EscalationClaim, type RegulatoryClocks } from '../../domain/classification';
import type { ClassificationSettings } from '../../ports/classificationSettings';
import type { AuditEvent } from '../../ports/store';
import { presentHistory, type HistoryEntry } from './presentHistory';

/** What the panel and the edit view receive: the value, its one-line view, the clocks and the escalations. */
export interface ClassificationView {
  issueKey: string;
  classification: Classification | null;
  display: string;
  clocks: RegulatoryClocks;
  escalations: EscalationClaim[];
  canEdit: boolean;
  /** Audit events of the classification and its escalations, newest first. */
  history: HistoryEntry[];
}

export interface ClassificationViewInput {
  issueKey: string;
  classification: Classification | null;
  claims: EscalationClaim[];
  canEdit: boolean;
  settings: ClassificationSettings;
  auditEvents: readonly AuditEvent[];
  now: Date;
}

const NOT_CLASSIFIED = 'Not classified';

export function presentClassification(input: ClassificationViewInput): ClassificationView {
  const { classification, settings } = input;
  return {
    issueKey: input.issueKey,
    classification,
    display: classification ? formatClassification(classification) : NOT_CLASSIFIED,
    clocks: classification
      ? regulatoryClocks(classification, { now: input.now, enabled: settings.regimes, nis2SeverityThreshold: settings.nis2SeverityThreshold })
      : { clocks: [], reasons: ['No regulatory clock runs until the issue is classified.'] },
    escalations: input.claims,
    canEdit: input.canEdit,
    history: presentHistory(input.auditEvents),
  };
}
