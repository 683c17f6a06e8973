/** The CAB checklist domain: template, scoring, approvals, answers hash, record commands and workflow gate. */
export { DEFAULT_CHECKLIST_TEMPLATE } from './defaultTemplate';
export {
  applicableSections,
  describeIncompleteSections,
  findChoice,
  findQuestion,
  isChecklistComplete,
  requiresEvidence,
  sectionApplies,
  sectionProgress,
  validateAnswers,
  type AnswerProblem,
  type AnswerProblemCode,
  type SectionProgress,
} from './template';
export { DEFAULT_RISK_MATRIX, axisLevel, explainRiskClass, highestRiskClass, riskClassFor, riskClassRank, scoreChange, scoreDomain, type ChangeRiskScore, type DomainScore } from './scoring';
export {
  DEFAULT_APPROVAL_POLICY,
  canVote,
  describeMissing,
  evaluateApprovals,
  requiredApprovals,
  roleName,
  type ApprovalEvaluation,
  type ApprovalPhase,
  type ApprovalRequirement,
  type MissingApproval,
  type People,
} from './approvals';
export { answersHash, canonicalJson, invalidateStaleVotes } from './answersHash';
export { assessCab, type CabAssessment, type CabContext } from './assessment';
export { createCabRecord, editAnswers, vote, type Actor, type CabCommandResult } from './record';
export { gateTransition, type GateConfig, type GateDecision } from './gate';
