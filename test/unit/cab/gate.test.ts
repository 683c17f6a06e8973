import { editAnswers, gateTransition, vote, type CabCommandResult } from '../../../src/domain/cab';
import type { CabRecord, CabRole, VoteDecision } from '../../../src/domain/schemas/cab';
import { CAB_1, CAB_2, REQUESTER, SECURITY, at, context, highRiskAnswers, lowRiskAnswers, recordWith } from './fixtures';

const config = { gatedTransitions: ['Implementing'] };

function okRecord(result: CabCommandResult): CabRecord {
  if (!result.ok) throw new Error(result.error.message);
  return result.record;
}
const decide = (record: CabRecord, accountId: string, role: CabRole, decision: VoteDecision = 'approve', minute = 10) =>
  okRecord(vote(record, { decision, role, comment: decision === 'reject' ? 'No tested rollback' : '', answersHash: record.answersHash }, { accountId }, at(minute), context));

function approved(): CabRecord {
  return decide(decide(decide(recordWith(highRiskAnswers()), CAB_1, 'cab-member'), CAB_2, 'cab-member'), SECURITY, 'security-approver');
}

describe('The workflow gate', () => {
  it('lets transitions that are not gated through, even without a CAB record', () => {
    expect(gateTransition(null, 'Start review', config, context)).toEqual({ allowed: true });
  });

  it('refuses a gated transition when the checklist was never started', () => {
    expect(gateTransition(null, 'Implementing', config, context)).toEqual({ allowed: false, message: 'CAB approval missing: the CAB checklist has not been started.' });
  });

  it('matches transition names regardless of case and spacing', () => {
    expect(gateTransition(null, '  implementing ', config, context).allowed).toBe(false);
  });

  it('refuses while the checklist is incomplete, naming the incomplete sections', () => {
    expect(gateTransition(recordWith({ outage: { choice: 'none' } }), 'Implementing', config, context)).toEqual({
      allowed: false,
      message: 'CAB approval missing: the checklist is not complete (Service impact 1/9, Security impact 0/9).',
    });
  });

  it('refuses while approvals are missing, saying which', () => {
    const record = decide(recordWith(highRiskAnswers()), CAB_1, 'cab-member');
    expect(gateTransition(record, 'Implementing', config, context)).toEqual({ allowed: false, message: 'CAB approval missing: needs 1 more CAB approval and the security approver.' });
  });

  it('allows the transition once the change is approved', () => {
    expect(gateTransition(approved(), 'Implementing', config, context)).toEqual({ allowed: true });
  });

  it('refuses a rejected change with the rejection', () => {
    const record = decide(recordWith(highRiskAnswers()), SECURITY, 'security-approver', 'reject');
    expect(gateTransition(record, 'Implementing', config, context)).toEqual({ allowed: false, message: 'The CAB rejected this change: rejected by the security approver ("No tested rollback").' });
  });

  it('refuses after an answer change invalidated the approvals, saying when and what is needed again', () => {
    const edited = okRecord(editAnswers(approved(), { answers: { communication: { choice: 'none' } } }, { accountId: REQUESTER }, at(45), context));
    expect(gateTransition(edited, 'Implementing', config, context)).toEqual({
      allowed: false,
      message: 'Approvals were invalidated by an answer change on 2025-03-01 09:45 UTC: needs 2 CAB approvals and the security approver again.',
    });
  });

  it('refuses when an approver has since become the requester (segregation of duties re-checked at the gate)', () => {
    const decision = gateTransition(approved(), 'Implementing', config, { ...context, requester: SECURITY });
    expect(decision).toEqual({ allowed: false, message: 'CAB approval missing: needs the security approver.' });
  });

  it('allows an emergency change on the ECAB’s approval alone', () => {
    const record = decide(recordWith(lowRiskAnswers(), 'emergency'), CAB_1, 'ecab-member');
    expect(gateTransition(record, 'Implementing', config, context)).toEqual({ allowed: true });
  });

  it('fails closed when the record uses another template version', () => {
    const record = { ...approved(), templateVersion: 7 };
    expect(gateTransition(record, 'Implementing', config, context)).toEqual({ allowed: false, message: 'CAB approval could not be checked: the checklist uses template version 7.' });
  });
});
