import type { ReviewPackView } from '../../../src/services/review/reviewResolverApi';
import type { Workbench } from '../../../workbench/app/createWorkbench';
import type { SimIssue } from '../../../workbench/jira/model';
import type { SimResponse } from '../../../workbench/jira/types';
import { DEMO_NOW, DEMO_USERS, PROJECT_IDS, STATUS_IDS } from '../../../workbench/seed';
import type { AuditIssueView, AuditPanelView, FindingIssueView, NonconformityView } from '../../../src/services/audit/auditPanelView';
import type { RaisedFinding } from '../../../src/services/audit/raiseFinding';
import type { StartedAudit } from '../../../src/services/audit/startAudit';
import type { AuditReportExport } from '../../../src/services/audit/exportAuditReport';
import { demoWorkbench } from './demoWorkbench';

type Answered<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

const lead = DEMO_USERS.ismsLead.accountId;
const A832 = 'ISO27001:A.8.32';
const S851 = 'ISO20000-1:8.5.1';
const DONE_TRANSITION = '21';

/** The demo site with the closure gate on the IMS workflow's "Done" transition, as the README tells admins to set it. */
function auditWorkbench(): Workbench {
  const workbench = demoWorkbench();
  const done = workbench.jira.state.workflows.find((workflow) => workflow.projectId === PROJECT_IDS.IMS)?.transitions.find((transition) => transition.id === DONE_TRANSITION);
  if (!done) throw new Error('The demo IMS workflow has no "Done" transition');
  done.validatorModuleKeys = ['nc-closure-gate'];
  return workbench;
}

function valueOf<T>(answer: Answered<T>): T {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

const issueByKey = (workbench: Workbench, key: string): SimIssue => {
  const issue = workbench.jira.state.issues.find((candidate) => candidate.key === key);
  if (!issue) throw new Error(`No issue ${key}`);
  return issue;
};

function programmeCall<T>(workbench: Workbench, functionKey: string, payload: unknown): Promise<Answered<T>> {
  return workbench.runtime.invokeResolver({ functionKey, payload, context: { moduleKey: 'audit-programme-page', accountId: lead, extension: { type: 'jira:fullPage' } } }) as Promise<Answered<T>>;
}

function panelCall<T>(workbench: Workbench, issueKey: string, functionKey: string, payload: unknown = {}, accountId = lead): Promise<Answered<T>> {
  const issue = issueByKey(workbench, issueKey);
  return workbench.runtime.invokeResolver({
    functionKey,
    payload,
    context: { moduleKey: 'audit-finding-panel', accountId, extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key } } },
  }) as Promise<Answered<T>>;
}

/** The programme page's "Start in Jira" calls the audit-resolver's `startAuditIssue`. */
const startAudit = (workbench: Workbench, auditId: string) =>
  workbench.runtime.invokeResolver({ functionKey: 'startAuditIssue', payload: { auditId }, context: { moduleKey: 'audit-programme-page', accountId: lead, extension: { type: 'jira:fullPage' } } }) as Promise<Answered<StartedAudit>>;

function asLead(workbench: Workbench, method: string, path: string, body?: unknown): Promise<SimResponse> {
  return workbench.jira.handle({ method, path, headers: {}, body, actor: { kind: 'user', accountId: lead } });
}

async function searchKeys(workbench: Workbench, jql: string): Promise<string[]> {
  const response = await asLead(workbench, 'POST', '/rest/api/3/search/jql', { jql, fields: ['key'], maxResults: 100 });
  expect(response.status).toBe(200);
  return (response.body as { issues: { key: string }[] }).issues.map((issue) => issue.key);
}

const transitionToDone = (workbench: Workbench, key: string) => asLead(workbench, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: DONE_TRANSITION } });

/** An issue of the project resolved in the last year of the demo, linked to clauses as the compliance panel stores them. */
async function evidenceIn(workbench: Workbench, projectKey: string, clauses: string[]): Promise<SimIssue> {
  const project = workbench.jira.state.projects.find((candidate) => candidate.key === projectKey)!;
  const since = DEMO_NOW.getTime() - 300 * 86_400_000;
  const issue = workbench.jira.state.issues.find(
    (candidate) => candidate.projectId === project.id && candidate.resolutiondate !== null && Date.parse(candidate.resolutiondate) > since && Date.parse(candidate.resolutiondate) < DEMO_NOW.getTime(),
  )!;
  const standards = [...new Set(clauses.map((clause) => clause.split(':')[0]))];
  const response = await workbench.jira.handle({
    method: 'PUT',
    path: `/rest/api/3/issue/${issue.key}/properties/imsLinks`,
    headers: {},
    body: { clauses, standards, risks: [], updatedAt: DEMO_NOW.toISOString(), updatedBy: lead },
    actor: { kind: 'app' },
  });
  expect(response.status).toBeLessThan(300);
  return issue;
}

/** The ISMS lead plans AUD-1 over A.8.32 and 8.5.1 this week; the site holds one evidence issue for each. */
async function plannedAudit(workbench: Workbench): Promise<{ security: SimIssue; service: SimIssue }> {
  const security = await evidenceIn(workbench, 'SEC', [A832]);
  const service = await evidenceIn(workbench, 'SD', [S851]);
  valueOf(await programmeCall(workbench, 'saveProgramme', { programme: { cycleStartYear: 2026, cycleYears: 3, standards: ['ISO20000-1', 'ISO27001', 'ISO42001'] }, expectedVersion: 0 }));
  valueOf(
    await programmeCall(workbench, 'createAudit', {
      audit: {
        title: 'Change management',
        scope: { refs: [A832, S851], processes: ['Change management'], projects: ['CHG'] },
        criteria: 'ISO/IEC 27001:2022 A.8.32, ISO/IEC 20000-1:2018 8.5.1',
        plannedStart: '2026-11-23',
        plannedEnd: '2026-11-27',
        leadAuditor: lead,
        team: [],
        status: 'planned',
      },
    }),
  );
  return { security, service };
}

async function raiseMinorNc(workbench: Workbench, auditKey: string): Promise<string> {
  const raised = valueOf(
    await panelCall<RaisedFinding>(workbench, auditKey, 'raiseAuditFinding', {
      kind: 'nonconformity-minor',
      clauses: [A832],
      summary: 'Emergency changes skip the security review',
      description: 'Two of five sampled emergency changes had no security review recorded.',
    }),
  );
  return raised.issueKey;
}

const ncOf = async (workbench: Workbench, findingKey: string): Promise<NonconformityView> => {
  const view = valueOf(await panelCall<AuditPanelView>(workbench, findingKey, 'getAuditPanel')) as FindingIssueView;
  if (view.nonconformity === null) throw new Error(`${findingKey} has no nonconformity record`);
  return view.nonconformity;
};

describe('audit execution on the workbench', () => {
  it('starts the audit as an IMS Audit issue whose checklist shows the evidence of the period', async () => {
    const workbench = auditWorkbench();
    const { security, service } = await plannedAudit(workbench);

    const started = valueOf(await startAudit(workbench, 'AUD-1'));

    const issue = issueByKey(workbench, started.issueKey);
    expect(started).toMatchObject({ isNew: true, checklistLines: 5, evidenceSearchCalls: 1, unlinkedClauses: [] });
    expect(started.issueKey).toMatch(/^IMS-\d+$/);
    expect(workbench.jira.state.issueTypes.find((type) => type.id === issue.issueTypeId)?.name).toBe('Audit');
    expect(issue.assigneeAccountId).toBe(lead);
    const items = JSON.stringify(issue.description);
    expect(items).toContain('taskItem');
    expect(items).toContain(`2 evidence issues`);
    expect(items).toContain(security.key);
    expect(items).toContain(service.key);
    const view = valueOf(await panelCall<AuditPanelView>(workbench, started.issueKey, 'getAuditPanel')) as AuditIssueView;
    // 8.5.1 brings its three sub-clauses (one line per clause the scope covers); it and A.8.32 share evidence.
    expect(view.checklist.map((line) => [line.clause, line.evidenceCount])).toEqual([
      [S851, 2],
      [`${S851}.1`, 0],
      [`${S851}.2`, 0],
      [`${S851}.3`, 0],
      [A832, 2],
    ]);
    expect(view.progress).toEqual({ total: 5, checked: 0 });
    expect(workbench.runtime.failures).toEqual([]);
  });

  it('makes one issue however often the audit is started, and records it in the programme', async () => {
    const workbench = auditWorkbench();
    await plannedAudit(workbench);

    const first = valueOf(await startAudit(workbench, 'AUD-1'));
    const second = valueOf(await startAudit(workbench, 'AUD-1'));

    expect(second).toMatchObject({ issueKey: first.issueKey, isNew: false });
    const audits = workbench.jira.state.issues.filter((issue) => issue.projectId === PROJECT_IDS.IMS);
    expect(audits.map((issue) => issue.key)).toEqual([first.issueKey]);
    const programme = valueOf(await programmeCall<{ audits: { audit: { id: string; issueKey: string | null } }[] }>(workbench, 'getProgramme', {}));
    expect(programme.audits.find((row) => row.audit.id === 'AUD-1')?.audit.issueKey).toBe(first.issueKey);
  });

  it("lists the audit's minor nonconformity, open and ageing, in the management review pack", async () => {
    const workbench = auditWorkbench();
    await plannedAudit(workbench);
    const audit = valueOf(await startAudit(workbench, 'AUD-1'));
    const finding = await raiseMinorNc(workbench, audit.issueKey);

    const view = (await workbench.runtime.invokeResolver({
      functionKey: 'reviewPack',
      // The finding is raised today on the app's clock: the period ends today.
      payload: { from: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10) },
      context: { moduleKey: 'evidence-report-page', accountId: lead, extension: { type: 'jira:fullPage' } },
    })) as Answered<ReviewPackView>;

    const nonconformities = valueOf(view).pack.nonconformities;
    expect(nonconformities.items).toEqual([expect.objectContaining({ key: finding, isResolved: false, type: 'Audit finding', clauses: [A832], ageDays: expect.any(Number) })]);
    expect(nonconformities.open).toBe(1);
  });

  it('links the audit and its findings to their clauses, so JQL finds the finding by clause and by kind', async () => {
    const workbench = auditWorkbench();
    await plannedAudit(workbench);
    const audit = valueOf(await startAudit(workbench, 'AUD-1'));

    const finding = await raiseMinorNc(workbench, audit.issueKey);

    expect(issueByKey(workbench, finding).parentId).toBe(issueByKey(workbench, audit.issueKey).id);
    expect(await searchKeys(workbench, `project = IMS AND imsClause = "${A832}" ORDER BY key ASC`)).toEqual([audit.issueKey, finding]);
    expect(await searchKeys(workbench, `imsFinding = "nonconformity-minor" AND imsClause = "${A832}"`)).toEqual([finding]);
    expect(await searchKeys(workbench, `imsAuditId = "AUD-1" ORDER BY key ASC`)).toEqual([audit.issueKey, finding]);
  });

  it('refuses to close the nonconformity, naming everything missing', async () => {
    const workbench = auditWorkbench();
    await plannedAudit(workbench);
    const audit = valueOf(await startAudit(workbench, 'AUD-1'));
    const finding = await raiseMinorNc(workbench, audit.issueKey);

    // The effectiveness check falls due a set number of days after the finding is raised (today, on the app's clock).
    const { dueDate } = (await ncOf(workbench, finding)).effectiveness;

    const response = await transitionToDone(workbench, finding);

    expect(response.status).toBe(400);
    const [message] = (response.body as { errorMessages: string[] }).errorMessages;
    expect(message).toBe(`${finding} cannot close yet: root cause not recorded; correction not recorded; no corrective action; effectiveness check not done (due ${dueDate}).`);
    expect(issueByKey(workbench, finding).statusId).toBe(STATUS_IDS.toDo);
  });

  it('lets the nonconformity close once the cause, correction, a finished corrective action and an effective check are recorded', async () => {
    const workbench = auditWorkbench();
    await plannedAudit(workbench);
    const audit = valueOf(await startAudit(workbench, 'AUD-1'));
    const finding = await raiseMinorNc(workbench, audit.issueKey);
    let nc = await ncOf(workbench, finding);
    nc = valueOf(await panelCall<NonconformityView>(workbench, finding, 'saveNcAnalysis', { rootCause: 'The emergency change template has no security step.', correction: 'Security reviewed both changes retrospectively.', expectedVersion: nc.version }));
    nc = valueOf(await panelCall<NonconformityView>(workbench, finding, 'createCorrectiveAction', { summary: 'Add a security review step to the emergency change template', expectedVersion: nc.version }));
    const action = nc.correctiveActions[0]!;

    const whileActionOpen = await transitionToDone(workbench, finding);
    expect((whileActionOpen.body as { errorMessages: string[] }).errorMessages[0]).toBe(
      `${finding} cannot close yet: corrective action ${action.issueKey} not done (To Do); effectiveness check not done (due ${nc.effectiveness.dueDate}).`,
    );
    expect((await transitionToDone(workbench, action.issueKey)).status).toBe(204);
    nc = valueOf(await panelCall<NonconformityView>(workbench, finding, 'recordEffectivenessCheck', { dueDate: nc.effectiveness.dueDate, result: 'effective', notes: 'Next three emergency changes all had a security review.', expectedVersion: nc.version }));
    expect(nc.closure).toEqual({ canClose: true, missing: [] });
    const response = await transitionToDone(workbench, finding);

    expect(response.status).toBe(204);
    expect(issueByKey(workbench, finding).statusId).toBe(STATUS_IDS.done);
    expect(workbench.jira.state.links.some((link) => [link.inwardIssueId, link.outwardIssueId].sort().join() === [issueByKey(workbench, finding).id, action.issueId].sort().join())).toBe(true);
    expect(workbench.runtime.failures).toEqual([]);
  });

  it('exports the audit report with its checklist and the finding as CSV and PDF', async () => {
    const workbench = auditWorkbench();
    await plannedAudit(workbench);
    const audit = valueOf(await startAudit(workbench, 'AUD-1'));
    const finding = await raiseMinorNc(workbench, audit.issueKey);
    const view = valueOf(await panelCall<AuditPanelView>(workbench, audit.issueKey, 'getAuditPanel')) as AuditIssueView;
    valueOf(await panelCall(workbench, audit.issueKey, 'saveAuditConclusions', { conclusions: 'Change management is effective apart from emergency changes.', expectedVersion: view.version }));

    const csv = valueOf(await panelCall<AuditReportExport>(workbench, audit.issueKey, 'exportAuditReport', { format: 'csv' }));
    const pdf = valueOf(await panelCall<AuditReportExport>(workbench, audit.issueKey, 'exportAuditReport', { format: 'pdf' }));

    if (csv.format !== 'csv' || pdf.format !== 'pdf') throw new Error('Wrong export formats');
    expect(csv.content).toContain(`Checklist,${A832}`);
    expect(csv.content).toContain(`Finding,${finding}`);
    expect(csv.content).toContain('Sofia Lindqvist');
    expect(csv.content).toContain('Change management is effective apart from emergency changes.');
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a finding from a user who may not edit the audit issue', async () => {
    const workbench = auditWorkbench();
    await plannedAudit(workbench);
    const audit = valueOf(await startAudit(workbench, 'AUD-1'));

    const answer = await panelCall(workbench, audit.issueKey, 'raiseAuditFinding', { kind: 'observation', clauses: [A832], summary: 'x' }, DEMO_USERS.noAccess.accountId);

    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(workbench.jira.state.issues.filter((issue) => issue.projectId === PROJECT_IDS.IMS)).toHaveLength(1);
  });
});
