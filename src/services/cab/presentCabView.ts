import { assessCab, canVote, describeIncompleteSections, roleName, type CabContext } from '../../domain/cab';
import type { AuditEvent, CabRole } from '../../domain/schemas/cab';
import type { StoredCab } from '../../ports/cabStore';
import type { CabView } from './cabView';
import type { ChangeIssue } from './loadChange';

export interface ViewerFacts {
  accountId: string;
  roles: readonly CabRole[];
  canEditIssue: boolean;
}

export const AUDIT_SHOWN = 50;

/** The panel's view of a change's CAB record, computed for one viewer (what they may do, why not). */
export function presentCabView(change: ChangeIssue, stored: StoredCab, audit: readonly AuditEvent[], context: CabContext, viewer: ViewerFacts): CabView {
  const { record, names } = stored;
  const assessment = assessCab(record, context);
  const counted = new Set(assessment.approvals.counted);
  const votable = assessment.isComplete
    ? viewer.roles.filter((role) => canVote({ accountId: viewer.accountId, role }, { requester: context.requester, assignee: context.assignee, requirements: assessment.requirements }).ok)
    : [];
  return {
    issueId: change.issueId,
    issueKey: change.issueKey,
    template: context.template,
    changeType: record.changeType,
    answers: record.answers,
    answersHash: record.answersHash,
    version: record.version,
    progress: assessment.progress,
    score: assessment.isComplete ? assessment.score : null,
    riskClass: assessment.riskClass,
    status: assessment.approvals.status,
    message: assessment.approvals.message,
    requirements: assessment.requirements,
    missing: assessment.approvals.missing,
    votes: record.votes.map((vote) => ({
      ...vote,
      displayName: names[vote.accountId] ?? vote.accountId,
      isCounted: counted.has(vote),
      isInvalidated: vote.answersHash !== record.answersHash,
    })),
    canEditAnswers: viewer.canEditIssue,
    votableRoles: votable,
    voteRefusal: votable.length > 0 ? null : voteRefusal(assessment, context, viewer),
    audit: audit.slice(0, AUDIT_SHOWN),
  };
}

function voteRefusal(assessment: ReturnType<typeof assessCab>, context: CabContext, viewer: ViewerFacts): string {
  // Segregation of duties first: it is the reason that holds whatever roles the viewer has (it ignores the role).
  const people = { requester: context.requester, assignee: context.assignee, requirements: assessment.requirements };
  const duties = canVote({ accountId: viewer.accountId, role: viewer.roles[0] ?? 'cab-member' }, people);
  if (!duties.ok && duties.error.code === 'FORBIDDEN') return duties.error.message;
  if (viewer.roles.length === 0) return 'You hold no CAB role (CAB member, security approver, AI system owner, ISMS lead): ask your Jira admin.';
  if (!assessment.isComplete) return `Decisions open when the checklist is complete (${describeIncompleteSections(assessment.progress)}).`;
  return `This change needs no decision from a ${viewer.roles.map(roleName).join(' or ')}.`;
}
