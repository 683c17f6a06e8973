import type { Workbench } from '../../../workbench/app/createWorkbench';
import type { SimResponse } from '../../../workbench/jira/types';
import { DEMO_ISSUE_KEYS, DEMO_USERS, PROJECT_IDS, STATUS_IDS } from '../../../workbench/seed';
import type { CabAgendaRow, CabView } from '../../../src/services/cab/cabView';
import { highRiskAnswers } from '../../unit/cab/fixtures';
import { demoWorkbench } from './demoWorkbench';

const CHANGE = DEMO_ISSUE_KEYS.postgresUpgrade;
const APPROVE_TRANSITION_ID = '21';
const START_IMPLEMENTATION_TRANSITION_ID = '51';

type Answered<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** The demo site with the app's CAB gate on the CHG workflow's "Start implementation" (Approved → Implementing). */
function cabWorkbench(): Workbench {
  const workbench = demoWorkbench();
  const start = workbench.jira.state.workflows
    .find((workflow) => workflow.projectId === PROJECT_IDS.CHG)
    ?.transitions.find((transition) => transition.id === START_IMPLEMENTATION_TRANSITION_ID);
  if (!start) throw new Error('The demo CHG workflow has no "Start implementation" transition');
  start.validatorModuleKeys = ['cab-approval-gate'];
  return workbench;
}

const change = (workbench: Workbench) => workbench.jira.state.issues.find((issue) => issue.key === CHANGE)!;

function invokeAs<T>(workbench: Workbench, accountId: string, functionKey: string, payload: unknown = {}): Promise<Answered<T>> {
  const issue = change(workbench);
  return workbench.runtime.invokeResolver({
    functionKey,
    payload,
    context: { moduleKey: 'cab-checklist', accountId, extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key } } },
  }) as Promise<Answered<T>>;
}

function asUser(workbench: Workbench, accountId: string, method: string, path: string, body?: unknown): Promise<SimResponse> {
  return workbench.jira.handle({ method, path, headers: {}, body, actor: { kind: 'user', accountId } });
}

const transition = (workbench: Workbench, transitionId: string) =>
  asUser(workbench, DEMO_USERS.requester.accountId, 'POST', `/rest/api/3/issue/${CHANGE}/transitions`, { transition: { id: transitionId } });

function valueOf<T>(answer: Answered<T>): T {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

async function fillChecklist(workbench: Workbench): Promise<CabView> {
  return valueOf(await invokeAs<CabView>(workbench, DEMO_USERS.requester.accountId, 'saveAnswers', { answers: highRiskAnswers(), changeType: 'normal', expectedVersion: 0 }));
}

async function approveAs(workbench: Workbench, accountId: string, role: string, answersHash: string): Promise<Answered<CabView>> {
  return invokeAs<CabView>(workbench, accountId, 'vote', { decision: 'approve', comment: 'Rollback tested in staging', role, answersHash });
}

/** Requester fills a high-risk checklist; two CAB members and the security approver (ISMS lead) approve. */
async function fillAndApprove(workbench: Workbench): Promise<CabView> {
  const filled = await fillChecklist(workbench);
  valueOf(await approveAs(workbench, DEMO_USERS.cabChair.accountId, 'cab-member', filled.answersHash));
  valueOf(await approveAs(workbench, DEMO_USERS.cabMember.accountId, 'cab-member', filled.answersHash));
  return valueOf(await approveAs(workbench, DEMO_USERS.ismsLead.accountId, 'security-approver', filled.answersHash));
}

async function searchKeys(workbench: Workbench, jql: string): Promise<string[]> {
  const response = await asUser(workbench, DEMO_USERS.ismsLead.accountId, 'POST', '/rest/api/3/search/jql', { jql, fields: ['key'], maxResults: 100 });
  expect(response.status).toBe(200);
  return (response.body as { issues: { key: string }[] }).issues.map((issue) => issue.key);
}

const cabField = (workbench: Workbench, name: string) => workbench.jira.state.fields.find((field) => field.name === name)!;

describe('the CAB checklist on the workbench', () => {
  it('scores the filled checklist high and asks for two CAB approvals and the security approver', async () => {
    const workbench = cabWorkbench();

    const view = await fillChecklist(workbench);

    expect(view).toMatchObject({ issueKey: CHANGE, status: 'in review', riskClass: 'high', version: 2, canEditAnswers: true, votableRoles: [] });
    expect(view.missing).toEqual([
      { role: 'cab-member', needed: 2, given: 0 },
      { role: 'security-approver', needed: 1, given: 0 },
    ]);
    expect(view.voteRefusal).toMatch(/segregation of duties/);
    expect(view.audit[0]?.recordVersion).toBe(2);
    expect(workbench.runtime.failures).toEqual([]);
  });

  it('lets the change start implementation once the CAB approved it', async () => {
    const workbench = cabWorkbench();

    const approved = await fillAndApprove(workbench);
    expect(approved.status).toBe('approved');
    expect((await transition(workbench, APPROVE_TRANSITION_ID)).status).toBe(204);
    const response = await transition(workbench, START_IMPLEMENTATION_TRANSITION_ID);

    expect(response.status).toBe(204);
    expect(change(workbench).statusId).toBe(STATUS_IDS.implementing);
    expect(approved.votes.map((vote) => vote.displayName)).toEqual(['Marcus Feld', 'Aiko Tanaka', 'Sofia Lindqvist']);
  });

  it('refuses to start implementation without CAB approval, saying what is missing', async () => {
    const workbench = cabWorkbench();
    await fillChecklist(workbench);
    await transition(workbench, APPROVE_TRANSITION_ID);

    const response = await transition(workbench, START_IMPLEMENTATION_TRANSITION_ID);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errorMessages: ['CAB approval missing: needs 2 CAB approvals and the security approver.'] });
    expect(change(workbench).statusId).toBe(STATUS_IDS.approved);
  });

  it('invalidates the approvals when an answer changes, refuses the transition and tells the approvers', async () => {
    const workbench = cabWorkbench();
    const approved = await fillAndApprove(workbench);
    await transition(workbench, APPROVE_TRANSITION_ID);
    const commentsBefore = change(workbench).comments.length;

    const edited = valueOf(
      await invokeAs<CabView>(workbench, DEMO_USERS.requester.accountId, 'saveAnswers', { answers: { outage: { choice: 'in-window' } }, expectedVersion: approved.version }),
    );
    const response = await transition(workbench, START_IMPLEMENTATION_TRANSITION_ID);

    expect(edited.status).toBe('invalidated');
    expect(edited.votes.every((vote) => vote.isInvalidated && !vote.isCounted)).toBe(true);
    expect(response.status).toBe(400);
    expect((response.body as { errorMessages: string[] }).errorMessages[0]).toMatch(/^Approvals were invalidated by an answer change on .+ UTC: needs 2 CAB approvals and the security approver again\.$/);
    expect(change(workbench).statusId).toBe(STATUS_IDS.approved);
    const comment = JSON.stringify(change(workbench).comments.slice(commentsBefore));
    for (const approver of [DEMO_USERS.cabChair, DEMO_USERS.cabMember, DEMO_USERS.ismsLead]) expect(comment).toContain(approver.accountId);
    expect(edited.audit.map((event) => event.kind)).toEqual(expect.arrayContaining(['approvals-invalidated', 'answers-edited']));
  });

  it("refuses the requester's own approval", async () => {
    const workbench = cabWorkbench();
    const filled = await fillChecklist(workbench);

    const answer = await approveAs(workbench, DEMO_USERS.requester.accountId, 'cab-member', filled.answersHash);

    expect(answer).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'You requested this change, so you cannot approve or reject it (segregation of duties).' } });
  });

  it('refuses a vote in a role the caller does not hold through their groups', async () => {
    const workbench = cabWorkbench();
    const filled = await fillChecklist(workbench);

    const answer = await approveAs(workbench, DEMO_USERS.cabMember.accountId, 'security-approver', filled.answersHash);

    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('keeps the CAB status field read-only for users', async () => {
    const workbench = cabWorkbench();
    await fillAndApprove(workbench);
    const field = cabField(workbench, 'CAB status');

    const response = await asUser(workbench, DEMO_USERS.ismsLead.accountId, 'PUT', `/rest/api/3/issue/${CHANGE}`, { fields: { [field.id]: { status: 'approved' } } });

    expect(response.status).toBe(400);
    expect(change(workbench).customFields[field.id]).toEqual({ status: 'approved' });
  });

  it('finds the approved change with cabStatus and cabRisk in JQL', async () => {
    const workbench = cabWorkbench();
    await fillAndApprove(workbench);

    expect(await searchKeys(workbench, 'cabStatus = approved AND cabRisk = high')).toEqual([CHANGE]);
    expect(await searchKeys(workbench, 'cabStatus = "in review"')).toEqual([]);
    expect(change(workbench).customFields[cabField(workbench, 'CAB risk').id]).toEqual({ riskClass: 'high' });
  });

  it('lists the change on the CAB agenda with its missing approvals', async () => {
    const workbench = cabWorkbench();
    await fillChecklist(workbench);

    const agenda = (await workbench.runtime.invokeResolver({
      functionKey: 'listAgenda',
      payload: { sort: 'plannedStart' },
      context: { moduleKey: 'cab-agenda-page', accountId: DEMO_USERS.cabChair.accountId, extension: { type: 'jira:globalPage' } },
    })) as Answered<CabAgendaRow[]>;

    expect(valueOf(agenda)).toEqual([
      expect.objectContaining({ issueKey: CHANGE, status: 'in review', riskClass: 'high', changeType: 'normal', missing: 'Needs 2 CAB approvals and the security approver' }),
    ]);
  });

  it('exports the decision record with its full audit trail, oldest first', async () => {
    const workbench = cabWorkbench();
    await fillAndApprove(workbench);

    const exported = valueOf(await invokeAs<{ filename: string; content: string }>(workbench, DEMO_USERS.ismsLead.accountId, 'exportDecision', { format: 'json' }));

    const { audit } = JSON.parse(exported.content) as { audit: { kind: string; recordVersion: number }[] };
    expect(exported.filename).toBe(`cab-decision-${CHANGE}-v5.json`);
    expect(audit.map((event) => event.kind)).toEqual(['record-created', 'answers-edited', 'risk-changed', 'status-changed', 'vote-recorded', 'vote-recorded', 'vote-recorded', 'status-changed']);
  });

  it('records 20 concurrent approvals on the real storage exactly once each', async () => {
    const workbench = cabWorkbench();
    const filled = await fillChecklist(workbench);
    const members = Array.from({ length: 19 }, (_, i) => `712020:cab-bench-${String(i).padStart(2, '0')}`);
    for (const accountId of members) {
      workbench.jira.state.users.push({ accountId, displayName: `CAB ${accountId.slice(-2)}`, emailAddress: '', accountType: 'atlassian', active: true, timeZone: 'UTC', groups: ['cab-members', 'jira-users'] });
    }

    const answers = await Promise.all([
      ...members.map((accountId) => approveAs(workbench, accountId, 'cab-member', filled.answersHash)),
      approveAs(workbench, DEMO_USERS.ismsLead.accountId, 'security-approver', filled.answersHash),
    ]);

    expect(answers.filter((answer) => !answer.ok)).toEqual([]);
    const view = valueOf(await invokeAs<CabView>(workbench, DEMO_USERS.cabChair.accountId, 'getCab'));
    expect(view.votes.map((vote) => vote.accountId).sort()).toEqual([...members, DEMO_USERS.ismsLead.accountId].sort());
    expect(view).toMatchObject({ status: 'approved', version: filled.version + 20 });
    expect(view.audit.filter((event) => event.kind === 'vote-recorded')).toHaveLength(20);
    expect(change(workbench).customFields[cabField(workbench, 'CAB status').id]).toEqual({ status: 'approved' });
  });

  it('loads the panel with one invocation and a few REST calls (bench figure)', async () => {
    const workbench = cabWorkbench();
    await fillChecklist(workbench);
    const before = structuredClone(workbench.runtime.metrics);

    valueOf(await invokeAs<CabView>(workbench, DEMO_USERS.cabChair.accountId, 'getCab'));
    const first = structuredClone(workbench.runtime.metrics);
    valueOf(await invokeAs<CabView>(workbench, DEMO_USERS.cabChair.accountId, 'getCab'));

    const { metrics } = workbench.runtime;
    const firstRest = first.restCalls.total - before.restCalls.total;
    const warmRest = metrics.restCalls.total - first.restCalls.total;
    const warmKvs = metrics.kvsCalls.total - first.kvsCalls.total;
    console.log(`CAB panel load: 1 invoke; ${firstRest} REST calls on a viewer's first load, then ${warmRest} REST + ${warmKvs} KVS calls`);
    expect(metrics.invocations.resolver - first.invocations.resolver).toBe(1);
    expect(firstRest).toBe(3);
    expect(warmRest).toBe(2);
  });
});
