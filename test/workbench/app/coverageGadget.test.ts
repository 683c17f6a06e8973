import { DEMO_USERS } from '../../../workbench/seed';
import type { EvidenceJobView } from '../../../src/services/evidence/evidenceView';
import type { CoverageGlance } from '../../../src/services/review/coverageAtAGlance';
import { demoWorkbench } from './demoWorkbench';

type Workbench = ReturnType<typeof demoWorkbench>;
type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

const REPORT_PAGE = { moduleKey: 'evidence-report-page', extension: { type: 'jira:fullPage' } };
const GADGET = { moduleKey: 'ims-coverage-gadget', extension: { type: 'jira:dashboardGadget', dashboard: { id: '10000' }, gadget: { id: '20000' }, gadgetConfiguration: {} } };

const definition = {
  name: 'Annex A and change management',
  standards: ['ISO27001', 'ISO20000-1'],
  selection: [{ kind: 'clauses', ids: ['ISO27001:A.8.32', 'ISO27001:A.5.24', 'ISO20000-1:8.5.1'] }],
  period: { kind: 'last', count: 12, unit: 'months' },
};

function invoke<T>(workbench: Workbench, context: { moduleKey: string; extension: Record<string, unknown> }, accountId: string, functionKey: string, payload: unknown = {}): Promise<Result<T>> {
  return workbench.runtime.invokeResolver({ functionKey, payload, context: { ...context, accountId } }) as Promise<Result<T>>;
}

async function runReport(workbench: Workbench, accountId: string, name = definition.name): Promise<EvidenceJobView> {
  const started = await invoke<EvidenceJobView>(workbench, REPORT_PAGE, accountId, 'startReport', { definition: { ...definition, name } });
  if (!started.ok) throw new Error(started.error.message);
  await workbench.settle();
  const status = await invoke<EvidenceJobView>(workbench, REPORT_PAGE, accountId, 'jobStatus', { jobId: started.value.jobId });
  if (!status.ok) throw new Error(status.error.message);
  return status.value;
}

describe('the coverage gadget on the demo site', () => {
  it('has nothing to show before the viewer ran a report', async () => {
    const workbench = demoWorkbench();

    expect(await invoke(workbench, GADGET, DEMO_USERS.ismsLead.accountId, 'coverageAtAGlance')).toEqual({ ok: true, value: null });
  });

  it("shows the viewer's latest finished report per standard, with the report's own totals", async () => {
    const workbench = demoWorkbench();
    const report = await runReport(workbench, DEMO_USERS.ismsLead.accountId);

    const glance = await invoke<CoverageGlance>(workbench, GADGET, DEMO_USERS.ismsLead.accountId, 'coverageAtAGlance');

    if (!glance.ok) throw new Error(glance.error.message);
    expect(glance.value).toMatchObject({ jobId: report.jobId, reportName: definition.name });
    const totals = report.report!.coverage.totals;
    expect(glance.value.standards).toEqual(
      Object.entries(totals).map(([standard, counts]) => ({ standard, covered: counts.covered, stale: counts.stale, missing: counts.missing })),
    );
    expect(glance.value.standards.reduce((sum, row) => sum + row.covered + row.stale + row.missing, 0)).toBe(3);
  });

  it('follows the most recently finished report', async () => {
    const workbench = demoWorkbench();
    await runReport(workbench, DEMO_USERS.ismsLead.accountId, 'First run');
    const second = await runReport(workbench, DEMO_USERS.ismsLead.accountId, 'Second run');

    const glance = await invoke<CoverageGlance>(workbench, GADGET, DEMO_USERS.ismsLead.accountId, 'coverageAtAGlance');

    expect(glance).toMatchObject({ ok: true, value: { jobId: second.jobId, reportName: 'Second run' } });
  });

  it("never shows another user's report", async () => {
    const workbench = demoWorkbench();
    await runReport(workbench, DEMO_USERS.ismsLead.accountId);

    expect(await invoke(workbench, GADGET, DEMO_USERS.agent.accountId, 'coverageAtAGlance')).toEqual({ ok: true, value: null });
  });
});
