import { addMonths } from './calendarDays';
import type { ReviewedPolicy } from './reviewSettings';
import type { ReviewItem } from './reviewTask';

/** The facts of a risk a review needs; closed risks are not reviewed. */
export interface RiskReviewFacts {
  id: string;
  title: string;
  owner: string;
  status: string;
  nextReviewDate: string;
}

export function riskReviewItem(risk: RiskReviewFacts): ReviewItem | null {
  if (risk.status === 'closed') return null;
  return { kind: 'risk', itemId: risk.id, title: `${risk.id} ${risk.title}`, owner: risk.owner, dueDate: risk.nextReviewDate, whereToReview: `Apps → Risk register, risk ${risk.id}` };
}

export interface SoaApproval {
  version: number;
  approvedAt: string;
}

/** The SoA is reviewed a cadence after its last approved version; without one there is no date to count from. */
export function soaReviewItem(latest: SoaApproval | null, cadenceMonths: number, owner: string | null): ReviewItem | null {
  if (latest === null) return null;
  const approvedOn = latest.approvedAt.slice(0, 10);
  return {
    kind: 'soa',
    itemId: 'SOA',
    title: `Statement of Applicability (version ${latest.version}, approved ${approvedOn})`,
    owner,
    dueDate: addMonths(approvedOn, cadenceMonths),
    whereToReview: 'Apps → Statement of Applicability: review, then approve a new version',
  };
}

export function policyReviewItem(policy: ReviewedPolicy): ReviewItem {
  return {
    kind: 'policy',
    itemId: policy.id,
    title: policy.name,
    owner: policy.owner,
    dueDate: addMonths(policy.lastReviewedOn, policy.cadenceMonths),
    whereToReview: `the policy "${policy.name}"; then record the review date on the IMS admin page`,
  };
}

export interface AiImpactFacts {
  id: string;
  name: string;
  owner: string;
  lifecycleStage: string;
  impactAssessmentDue?: string;
  lastImpactAssessment?: { on: string };
}

/**
 * An AI system is re-assessed on the date its register entry names, else a cadence after its last impact
 * assessment. A retired system needs none; one never assessed is flagged by the register itself, not here.
 */
export function aiImpactReviewItem(system: AiImpactFacts, cadenceMonths: number): ReviewItem | null {
  if (system.lifecycleStage === 'retirement') return null;
  const dueDate = system.impactAssessmentDue ?? (system.lastImpactAssessment ? addMonths(system.lastImpactAssessment.on, cadenceMonths) : undefined);
  if (dueDate === undefined) return null;
  return { kind: 'ai-impact', itemId: system.id, title: `${system.id} ${system.name}`, owner: system.owner, dueDate, whereToReview: `Apps → AI system register, ${system.id}` };
}
