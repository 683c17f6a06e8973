import { answersHash, createCabRecord, editAnswers, vote, type CabCommandResult } from '../../../src/domain/cab';
import { CabRecordSchema, type CabRecord, type CabRole, type VoteDecision } from '../../../src/domain/schemas/cab';
import { ASSIGNEE, CAB_1, CAB_2, REQUESTER, SECURITY, T0, at, context, highRiskAnswers, lowRiskAnswers, recordWith } from './fixtures';

function expectOk(result: CabCommandResult): Extract<CabCommandResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result;
}

const decide = (record: CabRecord, accountId: string, role: CabRole, decision: VoteDecision = 'approve', minute = 10) =>
  vote(record, { decision, role, comment: decision === 'reject' ? 'Rollback untested' : 'Looks fine', answersHash: record.answersHash }, { accountId }, at(minute), context);

function approvedHighRiskRecord(): CabRecord {
  let record = recordWith(highRiskAnswers());
  record = expectOk(decide(record, CAB_1, 'cab-member')).record;
  record = expectOk(decide(record, CAB_2, 'cab-member', 'approve', 11)).record;
  return expectOk(decide(record, SECURITY, 'security-approver', 'approve', 12)).record;
}

describe('Starting a CAB record', () => {
  it('starts at version 1, not started, with no risk class and a creation event', () => {
    const { record, events } = createCabRecord('10001', 'normal', { accountId: REQUESTER }, T0, context);
    expect(record).toMatchObject({ issueId: '10001', templateVersion: 1, status: 'not started', riskClass: null, version: 1, votes: [] });
    expect(events).toEqual([expect.objectContaining({ kind: 'record-created', actor: REQUESTER, at: '2025-03-01T09:00:00.000Z', recordVersion: 1 })]);
    expect(CabRecordSchema.safeParse(record).success).toBe(true);
  });
});

describe('Editing answers', () => {
  it('stores the answers, scores the complete checklist and goes in review', () => {
    const record = recordWith(highRiskAnswers());
    expect(record).toMatchObject({ status: 'in review', riskClass: 'high', version: 2 });
    expect(record.answersHash).toBe(answersHash({ templateVersion: 1, changeType: 'normal', answers: highRiskAnswers() }));
    expect(record.audit.map((event) => event.kind)).toEqual(['record-created', 'answers-edited', 'risk-changed', 'status-changed']);
    expect(CabRecordSchema.safeParse(record).success).toBe(true);
  });

  it('records before and after of each changed answer, with a readable summary', () => {
    const record = recordWith(lowRiskAnswers());
    const { events } = expectOk(editAnswers(record, { answers: { rollback: { choice: 'untested' } } }, { accountId: REQUESTER }, at(5), context));
    expect(events[0]).toMatchObject({
      kind: 'answers-edited',
      actor: REQUESTER,
      at: '2025-03-01T09:05:00.000Z',
      recordVersion: 3,
      summary: 'Edited Is there a rollback plan, and was it tested? (Rollback plan tested → No tested rollback)',
      before: { rollback: { choice: 'tested', evidenceUrl: 'https://evidence.example/rollback' } },
      after: { rollback: { choice: 'untested' } },
    });
  });

  it('refuses invalid answers with every problem and changes nothing', () => {
    const record = recordWith(lowRiskAnswers());
    const result = editAnswers(record, { answers: { rollback: { choice: 'tested', evidenceUrl: 'http://wiki/rollback' }, bogus: { choice: 'x' } } }, { accountId: REQUESTER }, at(5), context);
    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '"Is there a rollback plan, and was it tested?": the evidence link must be an https:// address; Checklist version 1 has no question bogus' },
    });
  });

  it('clears an answer given as null, which makes the checklist incomplete again', () => {
    const { record } = expectOk(editAnswers(recordWith(lowRiskAnswers()), { answers: { outage: null } }, { accountId: REQUESTER }, at(5), context));
    expect(record.answers.outage).toBeUndefined();
    expect(record).toMatchObject({ status: 'not started', riskClass: null });
  });

  it('does nothing, and writes no event, when the edit changes nothing', () => {
    const record = recordWith(lowRiskAnswers());
    const result = expectOk(editAnswers(record, { answers: { outage: { choice: 'none' } }, changeType: 'normal' }, { accountId: REQUESTER }, at(5), context));
    expect(result.record).toBe(record);
    expect(result.events).toEqual([]);
  });

  it('after approvals, invalidates them, names the approvers to notify and goes back to review', () => {
    const approved = approvedHighRiskRecord();
    expect(approved.status).toBe('approved');
    const { record, events } = expectOk(editAnswers(approved, { answers: { outage: { choice: 'in-window', note: 'Sat 02:00' } } }, { accountId: REQUESTER }, at(20), context));
    expect(record.status).toBe('invalidated');
    const invalidation = events.find((event) => event.kind === 'approvals-invalidated');
    expect(invalidation?.notify).toEqual([CAB_1, CAB_2, SECURITY]);
    expect(invalidation?.summary).toBe('The answer change invalidated 3 decisions (approval by the CAB member, approval by the CAB member, approval by the security approver); they must review again');
    expect(events.find((event) => event.kind === 'status-changed')).toMatchObject({ before: 'approved', after: 'invalidated' });
  });

  it('invalidates approvals when only the change type changes', () => {
    const { record } = expectOk(editAnswers(approvedHighRiskRecord(), { answers: {}, changeType: 'emergency' }, { accountId: REQUESTER }, at(20), context));
    expect(record).toMatchObject({ changeType: 'emergency', status: 'invalidated' });
    expect(record.audit.at(-3)).toMatchObject({ kind: 'answers-edited', before: { changeType: 'normal' }, after: { changeType: 'emergency' } });
  });

  it('is refused when the context carries another template version', () => {
    const result = editAnswers(recordWith(lowRiskAnswers()), { answers: {} }, { accountId: REQUESTER }, at(5), { ...context, template: { ...context.template, version: 2 } });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('Voting', () => {
  it('records approvals with the hash they approved until every required role has approved', () => {
    const record = approvedHighRiskRecord();
    expect(record.votes.map(({ accountId, role, answersHash: hash }) => ({ accountId, role, hash }))).toEqual([
      { accountId: CAB_1, role: 'cab-member', hash: record.answersHash },
      { accountId: CAB_2, role: 'cab-member', hash: record.answersHash },
      { accountId: SECURITY, role: 'security-approver', hash: record.answersHash },
    ]);
    expect(record.audit.at(-1)).toMatchObject({ kind: 'status-changed', before: 'in review', after: 'approved', summary: 'Status: in review → approved. Approved' });
  });

  it('refuses approval by the change requester and by the assignee', () => {
    const record = recordWith(highRiskAnswers());
    expect(decide(record, REQUESTER, 'cab-member')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('You requested this change') } });
    expect(decide(record, ASSIGNEE, 'cab-member')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('You are assigned') } });
  });

  it('refuses a vote on answers the voter did not see', () => {
    const record = recordWith(highRiskAnswers());
    const result = vote(record, { decision: 'approve', role: 'cab-member', comment: '', answersHash: 'f'.repeat(64) }, { accountId: CAB_1 }, at(10), context);
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'The answers changed since you opened the checklist: review the current answers and decide again.' } });
  });

  it('refuses votes while the checklist is incomplete, saying which sections are', () => {
    const record = recordWith({ outage: { choice: 'none' } });
    expect(decide(record, CAB_1, 'cab-member')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Service impact 1/9, Security impact 0/9') } });
  });

  it('refuses a rejection without a comment', () => {
    const record = recordWith(highRiskAnswers());
    const result = vote(record, { decision: 'reject', role: 'cab-member', comment: '  ', answersHash: record.answersHash }, { accountId: CAB_1 }, at(10), context);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('is rejected by a rejection from a required role', () => {
    const { record, events } = expectOk(decide(recordWith(highRiskAnswers()), SECURITY, 'security-approver', 'reject'));
    expect(record.status).toBe('rejected');
    expect(events[0]).toMatchObject({ kind: 'vote-recorded', summary: 'Rejected as security approver: Rollback untested', before: null });
  });

  it('replaces an earlier vote by the same person in the same role, recording both in the audit', () => {
    const rejected = expectOk(decide(recordWith(highRiskAnswers()), CAB_1, 'cab-member', 'reject')).record;
    const { record, events } = expectOk(decide(rejected, CAB_1, 'cab-member', 'approve', 11));
    expect(record.votes).toHaveLength(1);
    expect(record.votes[0]?.decision).toBe('approve');
    expect(record.status).toBe('in review');
    expect(events[0]).toMatchObject({ summary: 'Approved as CAB member (was rejected): Looks fine', before: { decision: 'reject' }, after: { decision: 'approve' } });
  });

  it('treats the same vote sent twice as one (no new version, no event)', () => {
    const once = expectOk(decide(recordWith(highRiskAnswers()), CAB_1, 'cab-member')).record;
    const twice = expectOk(decide(once, CAB_1, 'cab-member', 'approve', 30));
    expect(twice.record).toBe(once);
    expect(twice.events).toEqual([]);
  });

  it('re-approves after an invalidation once every required role has approved the new answers', () => {
    let record = expectOk(editAnswers(approvedHighRiskRecord(), { answers: { communication: { choice: 'none' } } }, { accountId: REQUESTER }, at(20), context)).record;
    record = expectOk(decide(record, CAB_1, 'cab-member', 'approve', 21)).record;
    record = expectOk(decide(record, CAB_2, 'cab-member', 'approve', 22)).record;
    expect(record.status).toBe('invalidated');
    record = expectOk(decide(record, SECURITY, 'security-approver', 'approve', 23)).record;
    expect(record).toMatchObject({ status: 'approved', votes: expect.arrayContaining([expect.objectContaining({ accountId: SECURITY, at: '2025-03-01T09:23:00.000Z' })]) });
    expect(record.votes).toHaveLength(3);
  });

  it('applies any interleaving of the same votes to the same final status, each vote recorded once', () => {
    const base = recordWith(highRiskAnswers());
    const voters: [string, CabRole][] = [[CAB_1, 'cab-member'], [CAB_2, 'cab-member'], [SECURITY, 'security-approver'], [CAB_1, 'cab-member']];
    for (const order of [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]]) {
      const record = order.reduce((current, i) => expectOk(decide(current, voters[i]![0], voters[i]![1], 'approve', 10 + i)).record, base);
      expect(record.status).toBe('approved');
      expect(record.votes).toHaveLength(3);
    }
  });
});
