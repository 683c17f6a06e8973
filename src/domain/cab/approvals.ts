import type { ApprovalPolicy, CabRole, CabSection, CabStatus, ChangeType, RiskClass, RoleCount, Vote } from '../schemas/cab';
import { invalidateStaleVotes } from './answersHash';
import { riskClassRank } from './scoring';

/** Who must approve a change, whether they may, and how far the approvals are. */

/** The defaults the demo site runs with; every part is configurable on the admin page. */
export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = {
  byClass: {
    low: [{ role: 'change-manager', count: 1 }],
    medium: [{ role: 'cab-member', count: 2 }],
    high: [{ role: 'cab-member', count: 2 }, { role: 'security-approver', count: 1 }],
    critical: [{ role: 'cab-member', count: 2 }, { role: 'security-approver', count: 1 }, { role: 'isms-lead', count: 1 }],
  },
  bySection: { ai: [{ role: 'ai-system-owner', count: 1 }] },
  standard: { maxClass: 'low', roles: [] },
  emergency: { now: [{ role: 'ecab-member', count: 1 }] },
};

/** Emergency changes are decided by the ECAB before implementation and reviewed by the full CAB afterwards. */
export type ApprovalPhase = 'before-implementation' | 'after-implementation';

export interface ApprovalRequirement {
  role: CabRole;
  /** Approvals needed from distinct people holding the role: the quorum N for CAB members. */
  count: number;
  phase: ApprovalPhase;
}

export interface RequirementInput {
  riskClass: RiskClass;
  /** Sections that apply to this change (the AI section only when an AI system is touched). */
  sections: readonly CabSection[];
  changeType: ChangeType;
}

export function requiredApprovals({ riskClass, sections, changeType }: RequirementInput, policy: ApprovalPolicy): ApprovalRequirement[] {
  const preAuthorised = changeType === 'standard' && riskClassRank(riskClass) <= riskClassRank(policy.standard.maxClass);
  const full = mergeRoles([...(preAuthorised ? policy.standard.roles : policy.byClass[riskClass]), ...sections.flatMap((section) => policy.bySection[section] ?? [])]);
  if (changeType !== 'emergency') return full.map((role) => ({ ...role, phase: 'before-implementation' }));
  return [
    ...mergeRoles(policy.emergency.now).map((role): ApprovalRequirement => ({ ...role, phase: 'before-implementation' })),
    ...full.map((role): ApprovalRequirement => ({ ...role, phase: 'after-implementation' })),
  ];
}

function mergeRoles(roles: readonly RoleCount[]): RoleCount[] {
  const merged = new Map<CabRole, number>();
  for (const { role, count } of roles) merged.set(role, Math.max(count, merged.get(role) ?? 0));
  return [...merged].map(([role, count]) => ({ role, count }));
}

const ROLE_NAMES: Record<CabRole, { person: string; approval: string }> = {
  'change-manager': { person: 'change manager', approval: 'change manager approval' },
  'cab-member': { person: 'CAB member', approval: 'CAB approval' },
  'security-approver': { person: 'security approver', approval: 'security approval' },
  'ai-system-owner': { person: 'AI system owner', approval: 'AI system owner approval' },
  'isms-lead': { person: 'ISMS lead', approval: 'ISMS lead approval' },
  'ecab-member': { person: 'ECAB member', approval: 'ECAB approval' },
};

export const roleName = (role: CabRole): string => ROLE_NAMES[role].person;

export interface People {
  requester: string;
  /** `null` while the change is unassigned. */
  assignee: string | null;
}

export type VoteRefusal = { ok: false; error: { code: 'FORBIDDEN' | 'INVALID_INPUT'; message: string } };

/** Segregation of duties and relevance; whether the voter holds the role (group membership) is the service's check. */
export function canVote(voter: { accountId: string; role: CabRole }, context: People & { requirements: readonly ApprovalRequirement[] }): { ok: true } | VoteRefusal {
  if (voter.accountId === context.requester) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'You requested this change, so you cannot approve or reject it (segregation of duties).' } };
  }
  if (voter.accountId === context.assignee) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'You are assigned to implement this change, so you cannot approve or reject it (segregation of duties).' } };
  }
  if (!context.requirements.some((requirement) => requirement.role === voter.role)) {
    const needed = describeRoles(context.requirements);
    return { ok: false, error: { code: 'INVALID_INPUT', message: `This change needs no ${roleName(voter.role)} decision${needed === '' ? '' : `; it needs ${needed}`}.` } };
  }
  return { ok: true };
}

export interface MissingApproval {
  role: CabRole;
  needed: number;
  given: number;
}

export interface ApprovalEvaluation {
  status: CabStatus;
  /** Approvals still needed before implementation. */
  missing: MissingApproval[];
  /** Emergency changes: the full CAB review still owed after implementation. */
  missingAfterImplementation: MissingApproval[];
  /** Votes that count: on the current answers, by an eligible person, in a required role. */
  counted: Vote[];
  rejections: Vote[];
  /** Decisions made on earlier answers. */
  invalidated: Vote[];
  /** One line for the panel, the agenda and the workflow gate. */
  message: string;
}

export interface ApprovalEvaluationInput extends People {
  requirements: readonly ApprovalRequirement[];
  votes: readonly Vote[];
  currentHash: string;
  isChecklistComplete: boolean;
}

export function evaluateApprovals(input: ApprovalEvaluationInput): ApprovalEvaluation {
  const { current, invalidated } = invalidateStaleVotes(input.votes, input.currentHash);
  // Re-checked here, not only in canVote: the requester or assignee may have changed since the vote was cast.
  const counted = latestPerVoterAndRole(current).filter(
    (vote) => canVote(vote, { requester: input.requester, assignee: input.assignee, requirements: input.requirements }).ok,
  );
  const rejections = counted.filter((vote) => vote.decision === 'reject');
  const missingIn = (phase: ApprovalPhase) =>
    input.requirements
      .filter((requirement) => requirement.phase === phase)
      .map((requirement) => {
        const given = counted.filter((vote) => vote.role === requirement.role && vote.decision === 'approve').length;
        return { role: requirement.role, needed: requirement.count, given: Math.min(given, requirement.count) };
      })
      .filter((missing) => missing.given < missing.needed);
  const missing = missingIn('before-implementation');
  const missingAfterImplementation = missingIn('after-implementation');
  const status = statusOf(rejections.length > 0, input.isChecklistComplete, missing.length === 0, invalidated.length > 0);
  return { status, missing, missingAfterImplementation, counted, rejections, invalidated, message: messageFor(status, missing, missingAfterImplementation, rejections) };
}

function statusOf(isRejected: boolean, isComplete: boolean, isApproved: boolean, hasInvalidated: boolean): CabStatus {
  if (isRejected) return 'rejected';
  if (isComplete && isApproved) return 'approved';
  if (hasInvalidated) return 'invalidated';
  return isComplete ? 'in review' : 'not started';
}

function latestPerVoterAndRole(votes: readonly Vote[]): Vote[] {
  const latest = new Map<string, Vote>();
  for (const vote of votes) latest.set(`${vote.accountId}\u0000${vote.role}`, vote);
  return [...latest.values()];
}

function messageFor(status: CabStatus, missing: MissingApproval[], after: MissingApproval[], rejections: Vote[]): string {
  if (status === 'rejected') {
    return `Rejected by ${rejections.map((vote) => `the ${roleName(vote.role)}${vote.comment === '' ? '' : ` ("${vote.comment}")`}`).join(' and ')}`;
  }
  if (status === 'approved') {
    return after.length === 0 ? 'Approved' : `Approved by the ECAB; the full CAB review after implementation ${describeMissing(after).replace(/^Needs/, 'needs')}`;
  }
  if (status === 'not started') return 'The checklist is not complete yet';
  return describeMissing(missing);
}

/** "Needs 1 more CAB approval and the security approver". */
export function describeMissing(missing: readonly MissingApproval[]): string {
  const parts = missing.map(({ role, needed, given }) => {
    if (needed === 1) return `the ${ROLE_NAMES[role].person}`;
    const left = needed - given;
    return `${left}${given > 0 ? ' more' : ''} ${ROLE_NAMES[role].approval}${left === 1 ? '' : 's'}`;
  });
  return parts.length === 0 ? 'Needs no further approval' : `Needs ${joinAnd(parts)}`;
}

function describeRoles(requirements: readonly ApprovalRequirement[]): string {
  const counts = new Map<CabRole, number>();
  for (const { role, count } of requirements) counts.set(role, Math.max(count, counts.get(role) ?? 0));
  return joinAnd([...counts].map(([role, count]) => (count === 1 ? `the ${roleName(role)}` : `${roleName(role)}s`)));
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
