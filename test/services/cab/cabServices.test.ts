import { assessCab } from '../../../src/domain/cab';
import type { CabRole } from '../../../src/domain/schemas/cab';
import { castVote } from '../../../src/services/cab/castVote';
import { exportDecision } from '../../../src/services/cab/exportDecision';
import { gateChange } from '../../../src/services/cab/gateChange';
import { getCab } from '../../../src/services/cab/getCab';
import { listAgenda } from '../../../src/services/cab/listAgenda';
import { cabContextFor } from '../../../src/services/cab/loadChange';
import { saveAnswers } from '../../../src/services/cab/saveAnswers';
import { highRiskAnswers } from '../../unit/cab/fixtures';
import { CHANGE_ID, CHANGE_KEY, FakeCabJira, FakeCabStore, fakePorts, RISK_FIELD, STATUS_FIELD } from './fakes';

const REQUESTER = 'acc-requester';
const ASSIGNEE = 'acc-assignee';
const CAB_1 = 'acc-cab-1';
const CAB_2 = 'acc-cab-2';
const SECURITY = 'acc-security';

function site() {
  const jira = new FakeCabJira();
  const store = new FakeCabStore();
  jira.addUser(REQUESTER, 'Tom Becker', ['jira-users', 'cab-members'], 'edit');
  jira.addUser(ASSIGNEE, 'Ana Assignee', ['cab-members'], 'edit');
  jira.addUser(CAB_1, 'Marcus Feld', ['cab-members']);
  jira.addUser(CAB_2, 'Aiko Tanaka', ['cab-members']);
  jira.addUser(SECURITY, 'Sofia Lindqvist', ['isms-leads']);
  return { jira, store, as: (accountId: string) => fakePorts(jira, store, accountId) };
}

type Site = ReturnType<typeof site>;

function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function fill(s: Site) {
  return expectOk(await saveAnswers(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER }, { answers: highRiskAnswers(), changeType: 'normal', expectedVersion: 0 }));
}

const approve = (s: Site, accountId: string, role: CabRole, answersHash: string) =>
  castVote(s.as(accountId), CHANGE_ID, { accountId }, { decision: 'approve', comment: '', role, answersHash });

async function fillAndApprove(s: Site) {
  const filled = await fill(s);
  expectOk(await approve(s, CAB_1, 'cab-member', filled.answersHash));
  expectOk(await approve(s, CAB_2, 'cab-member', filled.answersHash));
  return expectOk(await approve(s, SECURITY, 'security-approver', filled.answersHash));
}

describe('segregation of duties', () => {
  it('refuses approval by the change requester even when they are a CAB member', async () => {
    const s = site();
    const filled = await fill(s);

    const result = await approve(s, REQUESTER, 'cab-member', filled.answersHash);

    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/You requested this change/) } });
    expect(s.store.stored.get(CHANGE_ID)?.record.votes).toEqual([]);
  });

  it('refuses approval by the assignee who will implement the change', async () => {
    const s = site();
    const filled = await fill(s);

    const result = await approve(s, ASSIGNEE, 'cab-member', filled.answersHash);

    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/assigned to implement/) } });
  });

  it('refuses a role the voter does not hold through their groups', async () => {
    const s = site();
    const filled = await fill(s);

    const result = await approve(s, CAB_1, 'security-approver', filled.answersHash);

    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/do not hold the security approver role/) } });
  });

  it('shows the requester why they cannot vote, and offers a CAB member their role', async () => {
    const s = site();
    await fill(s);

    const requesterView = expectOk(await getCab(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER }));
    const memberView = expectOk(await getCab(s.as(CAB_1), CHANGE_ID, { accountId: CAB_1 }));

    expect(requesterView).toMatchObject({ votableRoles: [], voteRefusal: expect.stringMatching(/segregation of duties/), canEditAnswers: true });
    expect(memberView).toMatchObject({ votableRoles: ['cab-member'], voteRefusal: null, canEditAnswers: false });
  });
});

describe('editing answers', () => {
  it('invalidates earlier approvals, republishes the status field and tells the approvers in one comment', async () => {
    const s = site();
    const approved = await fillAndApprove(s);
    expect(approved.status).toBe('approved');
    expect(s.jira.fieldValues.get(STATUS_FIELD)).toEqual({ status: 'approved' });

    const edited = expectOk(
      await saveAnswers(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER }, { answers: { outage: { choice: 'in-window' } }, expectedVersion: approved.version }),
    );

    expect(edited.status).toBe('invalidated');
    expect(edited.votes.map((vote) => vote.isInvalidated)).toEqual([true, true, true]);
    expect(s.jira.fieldValues.get(STATUS_FIELD)).toEqual({ status: 'invalidated' });
    expect(s.jira.comments).toHaveLength(1);
    const mentioned = s.jira.comments[0]!.content[0]!.content.flatMap((node) => (node.type === 'mention' ? [node.attrs.id] : []));
    expect(mentioned).toEqual([CAB_1, CAB_2, SECURITY]);
    expect(s.store.auditLog.filter((event) => event.kind === 'approvals-invalidated')).toHaveLength(1);
  });

  it('needs the Edit Issues permission', async () => {
    const s = site();

    const result = await saveAnswers(s.as(CAB_1), CHANGE_ID, { accountId: CAB_1 }, { answers: highRiskAnswers(), expectedVersion: 0 });

    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(s.store.stored.size).toBe(0);
  });

  it('answers NOT_FOUND to someone who cannot browse the change, and stores nothing', async () => {
    const s = site();

    const result = await saveAnswers(s.as('acc-stranger'), CHANGE_ID, { accountId: 'acc-stranger' }, { answers: highRiskAnswers(), expectedVersion: 0 });

    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(s.store.stored.size).toBe(0);
  });

  it('refuses a stale edit of a question someone else changed since, naming who', async () => {
    const s = site();
    const filled = await fill(s);
    expectOk(await saveAnswers(s.as(ASSIGNEE), CHANGE_ID, { accountId: ASSIGNEE }, { answers: { outage: { choice: 'in-window' } }, expectedVersion: filled.version }));

    const stale = await saveAnswers(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER }, { answers: { outage: { choice: 'out-of-window' } }, expectedVersion: filled.version });

    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/changed by Ana Assignee at 2026-11-24 09:00 UTC/) } });
  });

  it('merges a stale edit of a different question', async () => {
    const s = site();
    const filled = await fill(s);
    expectOk(await saveAnswers(s.as(ASSIGNEE), CHANGE_ID, { accountId: ASSIGNEE }, { answers: { outage: { choice: 'in-window' } }, expectedVersion: filled.version }));

    const merged = expectOk(
      await saveAnswers(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER }, { answers: { capacity: { choice: 'verified' } }, expectedVersion: filled.version }),
    );

    expect(merged.answers.outage?.choice).toBe('in-window');
    expect(merged.answers.capacity?.choice).toBe('verified');
  });
});

describe('concurrent writes with compare-and-set', () => {
  it('records each of 20 concurrent approvals exactly once and ends approved', async () => {
    const s = site();
    const filled = await fill(s);
    const members = Array.from({ length: 19 }, (_, i) => `acc-member-${i}`);
    for (const member of members) s.jira.addUser(member, `Member ${member}`, ['cab-members']);

    const results = await Promise.all([
      ...members.map((member) => approve(s, member, 'cab-member', filled.answersHash)),
      approve(s, SECURITY, 'security-approver', filled.answersHash),
    ]);

    expect(results.every((result) => result.ok)).toBe(true);
    const { record } = s.store.stored.get(CHANGE_ID)!;
    expect(record.votes.map((vote) => vote.accountId).sort()).toEqual([...members, SECURITY].sort());
    expect(record.version).toBe(filled.version + 20);
    expect(record.status).toBe('approved');
    expect(s.store.auditLog.filter((event) => event.kind === 'vote-recorded')).toHaveLength(20);
    expect(s.store.conflicts).toBeGreaterThan(0);
    expect(s.jira.fieldValues.get(STATUS_FIELD)).toEqual({ status: 'approved' });
  });

  it('keeps all of 10 edits and 10 votes running at once, with a status that matches the final record', async () => {
    const s = site();
    const filled = await fill(s);
    const members = Array.from({ length: 10 }, (_, i) => `acc-member-${i}`);
    for (const member of members) s.jira.addUser(member, `Member ${member}`, ['cab-members']);
    const questions = Object.keys(highRiskAnswers()).slice(0, 10);

    await Promise.all([
      ...members.map((member) => approve(s, member, 'cab-member', filled.answersHash)),
      ...questions.map((key, i) =>
        saveAnswers(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER }, { answers: { [key]: { ...highRiskAnswers()[key]!, note: `note ${i}` } }, expectedVersion: filled.version }),
      ),
    ]);

    const { record } = s.store.stored.get(CHANGE_ID)!;
    expect(questions.map((key) => record.answers[key]?.note)).toEqual(questions.map((_, i) => `note ${i}`));
    const context = cabContextFor(s.store.settingsValue, { requester: REQUESTER, assignee: ASSIGNEE });
    expect(record.status).toBe(assessCab(record, context).approvals.status);
    expect(s.jira.fieldValues.get(STATUS_FIELD)).toEqual({ status: record.status });
    const versions = s.store.auditLog.map((event) => event.recordVersion);
    expect(new Set(versions).size).toBe(record.version);
  });
});

describe('the workflow gate', () => {
  it('lets transitions into statuses that are not gated pass without reading the record', async () => {
    const s = site();

    const decision = await gateChange(s.as(CAB_1), { issueKey: CHANGE_KEY, toStatusId: '10003' });

    expect(decision).toEqual({ allowed: true });
    expect(s.jira.calls).toEqual(['listStatuses']);
  });

  it('refuses Implementing until approved, then allows it', async () => {
    const s = site();
    const filled = await fill(s);
    const before = await gateChange(s.as(CAB_1), { issueKey: CHANGE_KEY, toStatusId: '10004' });
    await approve(s, CAB_1, 'cab-member', filled.answersHash);
    await approve(s, CAB_2, 'cab-member', filled.answersHash);
    await approve(s, SECURITY, 'security-approver', filled.answersHash);

    const after = await gateChange(s.as(CAB_1), { issueKey: CHANGE_KEY, toStatusId: '10004' });

    expect(before).toEqual({ allowed: false, message: 'CAB approval missing: needs 2 CAB approvals and the security approver.' });
    expect(after).toEqual({ allowed: true });
  });

  it('fails closed on a status it cannot name', async () => {
    const s = site();

    expect(await gateChange(s.as(CAB_1), { issueKey: CHANGE_KEY, toStatusId: '99999' })).toMatchObject({ allowed: false });
  });
});

describe('the CAB agenda', () => {
  it('lists a change awaiting decision with its missing approvals and planned start', async () => {
    const s = site();
    await fill(s);
    s.store.fieldIds = { status: STATUS_FIELD, risk: RISK_FIELD };

    const agenda = expectOk(await listAgenda(s.as(CAB_1)));

    expect(agenda).toEqual([
      { issueKey: CHANGE_KEY, summary: 'Upgrade PostgreSQL', riskClass: 'high', status: 'in review', changeType: 'normal', missing: 'Needs 2 CAB approvals and the security approver', plannedStart: '2026-11-28' },
    ]);
  });
});

describe('the decision record export', () => {
  it('exports the record and the whole audit trail as JSON for auditors', async () => {
    const s = site();
    await fillAndApprove(s);

    const exported = expectOk(await exportDecision(s.as(CAB_1), CHANGE_ID, { format: 'json' }));

    const parsed = JSON.parse(exported.content) as { issueKey: string; record: { status: string; votes: unknown[] }; audit: { recordVersion: number }[] };
    expect(exported.filename).toBe('cab-decision-CHG-61-v5.json');
    expect(parsed).toMatchObject({ issueKey: CHANGE_KEY, record: { status: 'approved' } });
    expect(parsed.record.votes).toHaveLength(3);
    expect(parsed.audit.map((event) => event.recordVersion)).toEqual([...parsed.audit.map((event) => event.recordVersion)].sort((a, b) => a - b));
    expect(parsed.audit).toHaveLength(s.store.auditLog.length);
  });

  it('exports one CSV row per audit event and neutralises cells a spreadsheet would run as formulas', async () => {
    const s = site();
    s.jira.users.get(CAB_1)!.displayName = '=HYPERLINK("http://evil.example")';
    await fillAndApprove(s);

    const exported = expectOk(await exportDecision(s.as(CAB_2), CHANGE_ID, { format: 'csv' }));

    const lines = exported.content.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('at,actor,actorName,kind,recordVersion,summary,before,after,notify');
    expect(lines).toHaveLength(s.store.auditLog.length + 1);
    expect(exported.content).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });

  it('answers NOT_FOUND to someone who cannot browse the change', async () => {
    const s = site();
    await fill(s);

    expect(await exportDecision(s.as('acc-stranger'), CHANGE_ID, { format: 'json' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
