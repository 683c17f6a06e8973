import type { Browser, Frame, Page } from 'playwright-core';
import type { EvidenceJobView } from '../../src/services/evidence/evidenceView';
import type { SimIssue } from '../../workbench/jira/model';
import { DEMO_NOW, DEMO_USERS } from '../../workbench/seed';
import { seriousA11yViolations } from './harness/accessibility';
import { launchChromium } from './harness/browser';
import { type RunningHost, startHost } from './harness/hostServer';
import { settledFrameHeight } from './harness/openModule';
import { screenshot } from './harness/screenshots';

const GADGET = 'ims-coverage-gadget';
type Result<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

const definition = {
  name: 'Last 12 months',
  standards: ['ISO27001', 'ISO20000-1'],
  selection: [{ kind: 'clauses', ids: ['ISO27001:A.8.32', 'ISO27001:A.5.24', 'ISO20000-1:8.5.1'] }],
  period: { kind: 'last', count: 12, unit: 'months' },
};

/** Links the security project's latest resolved issue to A.8.32 as the compliance panel stores it, so one control is covered. */
async function evidenceA832(host: RunningHost): Promise<void> {
  const { state } = host.workbench.jira;
  const project = state.projects.find((candidate) => candidate.key === 'SEC');
  const resolvedAt = (issue: SimIssue) => (issue.resolutiondate === null ? Number.NaN : Date.parse(issue.resolutiondate));
  const latest = state.issues.filter((issue) => issue.projectId === project?.id && resolvedAt(issue) < DEMO_NOW.getTime()).sort((a, b) => resolvedAt(b) - resolvedAt(a))[0];
  if (!latest) throw new Error('The demo site has no resolved SEC issue');
  const response = await host.workbench.jira.handle({
    method: 'PUT',
    path: `/rest/api/3/issue/${latest.key}/properties/imsLinks`,
    headers: {},
    body: { clauses: ['ISO27001:A.8.32'], standards: ['ISO27001'], risks: [], updatedAt: DEMO_NOW.toISOString(), updatedBy: DEMO_USERS.ismsLead.accountId },
    actor: { kind: 'app' },
  });
  if (response.status >= 300) throw new Error(`Linking ${latest.key} failed with ${response.status}`);
}

/** Runs an evidence report through the report page's resolver, as the ISMS lead would from the page. */
async function runReportAsIsmsLead(host: RunningHost): Promise<EvidenceJobView> {
  const call = (functionKey: string, payload: unknown) =>
    host.workbench.runtime.invokeResolver({
      functionKey,
      payload,
      context: { moduleKey: 'evidence-report-page', extension: { type: 'jira:fullPage' }, accountId: DEMO_USERS.ismsLead.accountId },
    }) as Promise<Result<EvidenceJobView>>;
  const started = await call('startReport', { definition });
  if (!started.ok) throw new Error(started.error.message);
  await host.workbench.settle();
  const done = await call('jobStatus', { jobId: started.value.jobId });
  if (!done.ok || done.value.report === undefined) throw new Error('The report did not finish');
  return done.value;
}

async function openDashboard(page: Page, host: RunningHost, accountId: string): Promise<Frame> {
  await page.goto(`${host.hostOrigin}/dashboard?${new URLSearchParams({ as: accountId, theme: 'light' }).toString()}`);
  const frame = await (await page.waitForSelector(`iframe[data-module-key="${GADGET}"]`)).contentFrame();
  if (!frame) throw new Error('The dashboard has no coverage gadget frame');
  await frame.waitForLoadState('load');
  return frame;
}

describe('coverage gadget on the dashboard', () => {
  let browser: Browser;
  let host: RunningHost;
  let page: Page;
  let report: EvidenceJobView;

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    await evidenceA832(host);
    report = await runReportAsIsmsLead(host);
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterEach(async () => {
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it("shows the ISMS lead's covered, stale and missing counts per standard, accessibly", async () => {
    const frame = await openDashboard(page, host, DEMO_USERS.ismsLead.accountId);

    expect(report.report!.coverage.totals.ISO27001?.covered).toBe(1);
    for (const [standard, totals] of Object.entries(report.report!.coverage.totals)) {
      const row = frame.locator(`tr[data-standard="${standard}"]`);
      await row.waitFor();
      expect(await row.locator('[data-count="covered"]').textContent()).toBe(String(totals.covered));
      expect(await row.locator('[data-count="stale"]').textContent()).toBe(String(totals.stale));
      expect(await row.locator('[data-count="missing"]').textContent()).toBe(String(totals.missing));
    }
    await settledFrameHeight(page, frame);
    await screenshot(page, 'coverage-gadget');
    expect(await seriousA11yViolations(frame)).toEqual([]);
  });

  it('opens the evidence report page from the gadget', async () => {
    const frame = await openDashboard(page, host, DEMO_USERS.ismsLead.accountId);

    await frame.getByRole('button', { name: 'Open the evidence report' }).click();

    await page.waitForURL((url) => url.pathname === '/module/evidence-report-page');
    expect(new URL(page.url()).searchParams.get('as')).toBe(DEMO_USERS.ismsLead.accountId);
  });

  it('asks a user with no report to run one first', async () => {
    const frame = await openDashboard(page, host, DEMO_USERS.agent.accountId);

    await frame.getByText('Run an evidence report first').waitFor();
    expect(await seriousA11yViolations(frame)).toEqual([]);
  });
});
