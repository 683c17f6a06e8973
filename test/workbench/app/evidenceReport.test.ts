import { DEMO_NOW, DEMO_USERS } from '../../../workbench/seed';
import type { SimIssue } from '../../../workbench/jira/model';
import type { EvidenceJobView } from '../../../src/services/evidence/evidenceView';
import { demoWorkbench } from './demoWorkbench';

type Workbench = ReturnType<typeof demoWorkbench>;
type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

const PAGE = { moduleKey: 'evidence-report-page', extension: { type: 'jira:fullPage' } };
const A832 = 'ISO27001:A.8.32';
const S851 = 'ISO20000-1:8.5.1';

const definition = {
  name: 'Change management evidence',
  standards: ['ISO27001', 'ISO20000-1'],
  selection: [{ kind: 'clauses', ids: [A832, S851] }],
  period: { kind: 'last', count: 12, unit: 'months' },
};

function call<T>(workbench: Workbench, accountId: string, functionKey: string, payload: unknown): Promise<Result<T>> {
  return workbench.runtime.invokeResolver({ functionKey, payload, context: { ...PAGE, accountId } }) as Promise<Result<T>>;
}

/** An issue of the project resolved within the last 12 months of the demo's now. */
function resolvedIssueOf(workbench: Workbench, projectKey: string): SimIssue {
  const project = workbench.jira.state.projects.find((candidate) => candidate.key === projectKey)!;
  const yearAgo = DEMO_NOW.getTime() - 300 * 86_400_000;
  return workbench.jira.state.issues.find(
    (issue) => issue.projectId === project.id && issue.resolutiondate !== null && Date.parse(issue.resolutiondate) > yearAgo && Date.parse(issue.resolutiondate) < DEMO_NOW.getTime(),
  )!;
}

/** Links an issue to clauses the way the compliance panel stores them, written as the app. */
async function linkToClauses(workbench: Workbench, issue: SimIssue, clauses: string[]): Promise<void> {
  const standards = [...new Set(clauses.map((clause) => clause.split(':')[0]))];
  const response = await workbench.jira.handle({
    method: 'PUT',
    path: `/rest/api/3/issue/${issue.key}/properties/imsLinks`,
    headers: {},
    body: { clauses, standards, risks: [], updatedAt: DEMO_NOW.toISOString(), updatedBy: DEMO_USERS.ismsLead.accountId },
    actor: { kind: 'app' },
  });
  expect(response.status).toBeLessThan(300);
}

async function runReport(workbench: Workbench, accountId: string): Promise<EvidenceJobView> {
  const started = await call<EvidenceJobView>(workbench, accountId, 'startReport', { definition });
  if (!started.ok) throw new Error(started.error.message);
  await workbench.settle();
  const status = await call<EvidenceJobView>(workbench, accountId, 'jobStatus', { jobId: started.value.jobId });
  if (!status.ok) throw new Error(status.error.message);
  return status.value;
}

describe('evidence reports on the demo site', () => {
  let workbench: Workbench;
  let changeIssue: SimIssue;
  let securityIssue: SimIssue;

  beforeEach(async () => {
    workbench = demoWorkbench();
    changeIssue = resolvedIssueOf(workbench, 'SD');
    securityIssue = resolvedIssueOf(workbench, 'SEC');
    await linkToClauses(workbench, changeIssue, [S851]);
    await linkToClauses(workbench, securityIssue, [A832]);
  });

  it('shows A.8.32 evidenced directly and via 20000-1 8.5.1 for the ISMS lead', async () => {
    const view = await runReport(workbench, DEMO_USERS.ismsLead.accountId);

    expect(view).toMatchObject({ status: 'done', percent: 100 });
    const a832 = view.report!.coverage.rows.find((row) => row.clause === A832)!;
    expect(a832.direct).toBeGreaterThanOrEqual(1);
    expect(a832.viaMapped).toBeGreaterThanOrEqual(1);
    expect(a832.via).toContainEqual(expect.objectContaining({ source: S851 }));
    expect(a832.drillDown).toContainEqual({ issue: expect.objectContaining({ key: changeIssue.key }), via: S851 });
    expect(a832.drillDown).toContainEqual({ issue: expect.objectContaining({ key: securityIssue.key }) });
    expect(view.report!.permissionMode).toBe('app-filtered');
  });

  it('leaves out the security project for a user who cannot browse it', async () => {
    const view = await runReport(workbench, DEMO_USERS.agent.accountId);

    const keys = view.report!.coverage.rows.flatMap((row) => row.drillDown.map((entry) => entry.issue.key));
    expect(keys).toContain(changeIssue.key);
    expect(keys.filter((key) => key.startsWith('SEC-'))).toEqual([]);
  });

  it('finishes the report although Jira rate-limits the search for a while', async () => {
    workbench.jira.faults.add({ pathPattern: '/rest/api/3/search/jql', status: 429, retryAfterSeconds: 0, times: 4 });

    const view = await runReport(workbench, DEMO_USERS.ismsLead.accountId);

    expect(view.status).toBe('done');
    expect(workbench.runtime.metrics.invocations.consumer).toBeGreaterThanOrEqual(2);
  });

  it('exports the coverage matrix as CSV', async () => {
    const view = await runReport(workbench, DEMO_USERS.ismsLead.accountId);

    const csv = await call<{ filename: string; content: string }>(workbench, DEMO_USERS.ismsLead.accountId, 'exportCsv', { jobId: view.jobId, kind: 'matrix' });

    expect(csv.ok && csv.value.content.startsWith('\uFEFFClause,')).toBe(true);
  });

  it('exports the audit pack as a PDF only for the user who ran the report', async () => {
    const view = await runReport(workbench, DEMO_USERS.ismsLead.accountId);

    const pdf = await call<{ filename: string; contentBase64: string }>(workbench, DEMO_USERS.ismsLead.accountId, 'exportPdf', { jobId: view.jobId });
    const someoneElse = await call(workbench, DEMO_USERS.agent.accountId, 'exportPdf', { jobId: view.jobId });

    expect(pdf.ok && Buffer.from(pdf.value.contentBase64, 'base64').subarray(0, 4).toString()).toBe('%PDF');
    expect(pdf.ok && pdf.value.filename.endsWith('_audit-pack.pdf')).toBe(true);
    expect(someoneElse.ok).toBe(false);
  });

  it("answers a malformed scope JQL with Jira's message, not a stack trace", async () => {
    const result = await call(workbench, DEMO_USERS.ismsLead.accountId, 'validateScope', { jql: 'project = SD AND (' });

    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/^The scope JQL is not valid: /);
    expect(result.error.message).not.toMatch(/\n\s+at /);
  });

  it('finds the issue linked to 20000-1 8.5.1 with issue in imsEvidence("ISO27001:A.8.32")', async () => {
    const response = await workbench.jira.handle({
      method: 'POST',
      path: '/rest/api/3/search/jql',
      headers: {},
      body: { jql: 'issue in imsEvidence("ISO27001:A.8.32")', fields: ['summary'], maxResults: 100 },
      actor: { kind: 'user', accountId: DEMO_USERS.ismsLead.accountId },
    });

    const keys = (response.body as { issues: { key: string }[] }).issues.map((issue) => issue.key);
    expect(keys).toEqual(expect.arrayContaining([changeIssue.key, securityIssue.key]));
  });
});
