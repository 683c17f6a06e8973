import type { ApprovalRequirement, ChangeRiskScore, MissingApproval, SectionProgress } from '../../domain/cab';
import type { Answers, AuditEvent, CabRole, CabStatus, ChangeType, ChecklistTemplate, RiskClass, Vote } from '../../domain/schemas/cab';

/**
 * What the CAB checklist panel receives from `cab-resolver` (`getCab`, `saveAnswers`, `vote`): one presented view
 * of the change's record, computed for the calling user. The contract between the backend and the Custom UI.
 */
export interface CabView {
  issueId: string;
  issueKey: string;
  template: ChecklistTemplate;
  changeType: ChangeType;
  answers: Answers;
  /** Hash of the answers shown; a vote sends it back so nobody approves answers they have not seen. */
  answersHash: string;
  /** Optimistic concurrency: `saveAnswers` sends it back; a stale one is refused with "changed by X at T". */
  version: number;
  progress: SectionProgress[];
  /** Null until the checklist is complete. */
  score: ChangeRiskScore | null;
  riskClass: RiskClass | null;
  status: CabStatus;
  /** One line: what is missing or why it is rejected/invalidated. */
  message: string;
  requirements: ApprovalRequirement[];
  missing: MissingApproval[];
  votes: (Vote & { displayName: string; isCounted: boolean; isInvalidated: boolean })[];
  /** What the caller may do. */
  canEditAnswers: boolean;
  /** Roles the caller holds and may vote in now (empty when they may not vote, e.g. requester or assignee). */
  votableRoles: CabRole[];
  /** Why the caller cannot vote, when `votableRoles` is empty. */
  voteRefusal: string | null;
  /** Newest first, at most 50. */
  audit: AuditEvent[];
}

/** One row of the CAB agenda (global page): a change awaiting decision. */
export interface CabAgendaRow {
  issueKey: string;
  summary: string;
  riskClass: RiskClass | null;
  status: CabStatus;
  changeType: ChangeType;
  missing: string;
  /** ISO date of the planned start, when the change has one. */
  plannedStart: string | null;
}
