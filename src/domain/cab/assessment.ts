import type { Answers, ApprovalPolicy, ChangeType, ChecklistTemplate, RiskClass, RiskMatrix, Vote } from '../schemas/cab';
import { evaluateApprovals, requiredApprovals, type ApprovalEvaluation, type ApprovalRequirement, type People } from './approvals';
import { scoreChange, type ChangeRiskScore } from './scoring';
import { applicableSections, isChecklistComplete, sectionProgress, type SectionProgress } from './template';

/**
 * Everything a CAB record means right now, derived in one place so the panel, the reducer and the workflow gate
 * never disagree. Nothing here is stored except what the reducer copies onto the record (status, risk class).
 */

/** What the commands and the gate need besides the record: configuration and the current people. */
export interface CabContext extends People {
  /** The template version the record was started with (records keep theirs when the admin edits the template). */
  template: ChecklistTemplate;
  matrix: RiskMatrix;
  policy: ApprovalPolicy;
}

export interface CabAssessment {
  progress: SectionProgress[];
  isComplete: boolean;
  score: ChangeRiskScore;
  /** The score's class once the checklist is complete; `null` before, so JQL never shows a guess. */
  riskClass: RiskClass | null;
  requirements: ApprovalRequirement[];
  approvals: ApprovalEvaluation;
}

export interface AssessedContent {
  answers: Answers;
  changeType: ChangeType;
  votes: readonly Vote[];
  answersHash: string;
}

export function assessCab(content: AssessedContent, context: CabContext): CabAssessment {
  const progress = sectionProgress(context.template, content.answers);
  const isComplete = isChecklistComplete(progress);
  const score = scoreChange(context.template, content.answers, context.matrix);
  // While incomplete, requirements follow the provisional class so the panel can already say who will decide.
  const requirements = requiredApprovals(
    { riskClass: score.riskClass, sections: applicableSections(context.template, content.answers).map((section) => section.key), changeType: content.changeType },
    context.policy,
  );
  const approvals = evaluateApprovals({
    requirements,
    votes: content.votes,
    requester: context.requester,
    assignee: context.assignee,
    currentHash: content.answersHash,
    isChecklistComplete: isComplete,
  });
  return { progress, isComplete, score, riskClass: isComplete ? score.riskClass : null, requirements, approvals };
}
