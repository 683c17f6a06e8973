import { DEFAULT_APPROVAL_POLICY, canVote, describeMissing, evaluateApprovals, requiredApprovals, type ApprovalRequirement } from '../../../src/domain/cab';
import type { ApprovalPolicy, CabRole, Vote, VoteDecision } from '../../../src/domain/schemas/cab';
import { ASSIGNEE, CAB_1, CAB_2, REQUESTER, SECURITY } from './fixtures';

const HASH = 'a'.repeat(64);
const OLD_HASH = 'b'.repeat(64);
const policy = DEFAULT_APPROVAL_POLICY;
const roles = (requirements: ApprovalRequirement[]) => requirements.map(({ role, count, phase }) => `${role}×${count} ${phase}`);
const castVote = (accountId: string, role: CabRole, decision: VoteDecision = 'approve', answersHash = HASH): Vote => ({ accountId, role, decision, comment: decision === 'reject' ? 'Rollback untested' : '', answersHash, at: '2025-03-01T10:00:00.000Z' });

const high = requiredApprovals({ riskClass: 'high', sections: ['service', 'security'], changeType: 'normal' }, policy);
const evaluate = (votes: Vote[], requirements = high) => evaluateApprovals({ requirements, votes, requester: REQUESTER, assignee: ASSIGNEE, currentHash: HASH, isChecklistComplete: true });

describe('Required approvals', () => {
  it('asks the change manager for a low-risk change', () => {
    expect(roles(requiredApprovals({ riskClass: 'low', sections: ['service', 'security'], changeType: 'normal' }, policy))).toEqual(['change-manager×1 before-implementation']);
  });

  it('asks a CAB quorum for medium, plus the security approver for high, plus the ISMS lead for critical', () => {
    expect(roles(requiredApprovals({ riskClass: 'medium', sections: ['service'], changeType: 'normal' }, policy))).toEqual(['cab-member×2 before-implementation']);
    expect(roles(high)).toEqual(['cab-member×2 before-implementation', 'security-approver×1 before-implementation']);
    expect(roles(requiredApprovals({ riskClass: 'critical', sections: ['service'], changeType: 'normal' }, policy))).toEqual([
      'cab-member×2 before-implementation',
      'security-approver×1 before-implementation',
      'isms-lead×1 before-implementation',
    ]);
  });

  it('adds the AI system owner when the AI section applies', () => {
    expect(roles(requiredApprovals({ riskClass: 'low', sections: ['service', 'security', 'ai'], changeType: 'normal' }, policy))).toEqual([
      'change-manager×1 before-implementation',
      'ai-system-owner×1 before-implementation',
    ]);
  });

  it('asks the ECAB now and the full CAB afterwards for an emergency change', () => {
    expect(roles(requiredApprovals({ riskClass: 'high', sections: ['service', 'security'], changeType: 'emergency' }, policy))).toEqual([
      'ecab-member×1 before-implementation',
      'cab-member×2 after-implementation',
      'security-approver×1 after-implementation',
    ]);
  });

  it('pre-authorises a standard change up to the configured class and treats a riskier one as normal', () => {
    expect(requiredApprovals({ riskClass: 'low', sections: ['service', 'security'], changeType: 'standard' }, policy)).toEqual([]);
    expect(roles(requiredApprovals({ riskClass: 'medium', sections: ['service'], changeType: 'standard' }, policy))).toEqual(['cab-member×2 before-implementation']);
  });

  it('follows a configured policy, merging a role asked for twice into the larger count', () => {
    const custom: ApprovalPolicy = { ...policy, byClass: { ...policy.byClass, medium: [{ role: 'cab-member', count: 3 }] }, bySection: { security: [{ role: 'cab-member', count: 1 }, { role: 'security-approver', count: 1 }] } };
    expect(roles(requiredApprovals({ riskClass: 'medium', sections: ['service', 'security'], changeType: 'normal' }, custom))).toEqual([
      'cab-member×3 before-implementation',
      'security-approver×1 before-implementation',
    ]);
  });
});

describe('Who may vote', () => {
  const people = { requester: REQUESTER, assignee: ASSIGNEE, requirements: high };

  it('refuses approval by the change requester', () => {
    expect(canVote({ accountId: REQUESTER, role: 'cab-member' }, people)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'You requested this change, so you cannot approve or reject it (segregation of duties).' },
    });
  });

  it('refuses approval by the assignee who will implement the change', () => {
    expect(canVote({ accountId: ASSIGNEE, role: 'security-approver' }, people)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a vote in a role the change does not need, saying which roles it needs', () => {
    expect(canVote({ accountId: CAB_1, role: 'isms-lead' }, people)).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'This change needs no ISMS lead decision; it needs CAB members and the security approver.' },
    });
  });

  it('lets a CAB member vote', () => {
    expect(canVote({ accountId: CAB_1, role: 'cab-member' }, people)).toEqual({ ok: true });
  });
});

describe('Evaluating approvals', () => {
  it('is in review with nothing decided and says everything that is missing', () => {
    expect(evaluate([])).toMatchObject({ status: 'in review', message: 'Needs 2 CAB approvals and the security approver' });
  });

  it('says how many more approvals a quorum needs', () => {
    expect(evaluate([castVote(CAB_1, 'cab-member')]).message).toBe('Needs 1 more CAB approval and the security approver');
  });

  it('is approved when every required role has approved', () => {
    expect(evaluate([castVote(CAB_1, 'cab-member'), castVote(CAB_2, 'cab-member'), castVote(SECURITY, 'security-approver')])).toMatchObject({ status: 'approved', message: 'Approved', missing: [] });
  });

  it('is rejected by one rejection from a required role, even with every approval in', () => {
    const evaluation = evaluate([castVote(CAB_1, 'cab-member'), castVote(CAB_2, 'cab-member'), castVote(SECURITY, 'security-approver', 'reject')]);
    expect(evaluation).toMatchObject({ status: 'rejected', message: 'Rejected by the security approver ("Rollback untested")' });
  });

  it('counts a repeated vote by the same person in the same role once, the latest deciding', () => {
    const evaluation = evaluate([castVote(CAB_1, 'cab-member', 'reject'), castVote(CAB_1, 'cab-member'), castVote(CAB_1, 'cab-member'), castVote(SECURITY, 'security-approver')]);
    expect(evaluation).toMatchObject({ status: 'in review', message: 'Needs 1 more CAB approval' });
  });

  it('ignores votes by the requester or the assignee, even if they were recorded before they took that part', () => {
    const evaluation = evaluate([castVote(REQUESTER, 'cab-member'), castVote(ASSIGNEE, 'cab-member'), castVote(SECURITY, 'security-approver')]);
    expect(evaluation.message).toBe('Needs 2 CAB approvals');
  });

  it('is invalidated when decisions were made on other answers and not yet made again', () => {
    const evaluation = evaluate([castVote(CAB_1, 'cab-member', 'approve', OLD_HASH), castVote(CAB_2, 'cab-member')]);
    expect(evaluation).toMatchObject({ status: 'invalidated', message: 'Needs 1 more CAB approval and the security approver' });
    expect(evaluation.invalidated.map((vote) => vote.accountId)).toEqual([CAB_1]);
  });

  it('is not started while the checklist is incomplete', () => {
    expect(evaluateApprovals({ requirements: high, votes: [], requester: REQUESTER, assignee: null, currentHash: HASH, isChecklistComplete: false }).status).toBe('not started');
  });

  it('approves an emergency change on the ECAB’s word and keeps the CAB review owed afterwards', () => {
    const emergency = requiredApprovals({ riskClass: 'high', sections: ['service', 'security'], changeType: 'emergency' }, policy);
    const evaluation = evaluate([castVote(CAB_1, 'ecab-member')], emergency);
    expect(evaluation.status).toBe('approved');
    expect(evaluation.missingAfterImplementation).toEqual([{ role: 'cab-member', needed: 2, given: 0 }, { role: 'security-approver', needed: 1, given: 0 }]);
    expect(evaluation.message).toBe('Approved by the ECAB; the full CAB review after implementation needs 2 CAB approvals and the security approver');
  });
});

describe('Describing missing approvals', () => {
  it('names single-seat roles and counts quorum roles', () => {
    expect(describeMissing([{ role: 'cab-member', needed: 3, given: 1 }, { role: 'isms-lead', needed: 1, given: 0 }, { role: 'ai-system-owner', needed: 1, given: 0 }])).toBe(
      'Needs 2 more CAB approvals, the ISMS lead and the AI system owner',
    );
  });
});
