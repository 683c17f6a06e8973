import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import type { SimIssue } from '../../workbench/jira/model';
import { DEMO_NOW, DEMO_USERS } from '../../workbench/seed';
import { seriousA11yViolations } from './harness/accessibility';
import { launchChromium } from './harness/browser';
import { type RunningHost, startHost } from './harness/hostServer';
import { settledFrameHeight } from './harness/openModule';
import { RESULTS_DIR, screenshot } from './harness/screenshots';

const PAGE = 'evidence-report-page';
const A832 = 'ISO27001:A.8.32';
const S851 = 'ISO20000-1:8.5.1';
type Theme = 'light' | 'dark';

async function openReportPage(page: Page, host: RunningHost, theme: Theme): Promise<Frame> {
  await page.goto(`${host.hostOrigin}/module/${PAGE}?${new URLSearchParams({ as: DEMO_USERS.ismsLead.accountId, theme }).toString()}`);
  const frame = await (await page.waitForSelector(`iframe[data-module-key="${PAGE}"]`)).contentFrame();
  if (!frame) throw new Error('The evidence report page has no frame');
  await frame.waitForLoadState('load');
  return frame;
}

/** The project's most recently resolved issue before the demo's now, so A.8.32 is covered rather than stale. */
function latestResolvedIssueOf(host: RunningHost, projectKey: string): SimIssue {
  const { state } = host.workbench.jira;
  const project = state.projects.find((candidate) => candidate.key === projectKey);
  const resolvedAt = (issue: SimIssue) => (issue.resolutiondate === null ? Number.NaN : Date.parse(issue.resolutiondate));
  const latest = state.issues
    .filter((candidate) => candidate.projectId === project?.id && resolvedAt(candidate) < DEMO_NOW.getTime())
    .sort((a, b) => resolvedAt(b) - resolvedAt(a))[0];
  if (!latest) throw new Error(`The demo site has no resolved ${projectKey} issue`);
  return latest;
}

/** Links an issue to clauses the way the compliance panel stores them. */
async function linkToClauses(host: RunningHost, issue: SimIssue, clauses: string[]): Promise<void> {
  const response = await host.workbench.jira.handle({
    method: 'PUT',
    path: `/rest/api/3/issue/${issue.key}/properties/imsLinks`,
    headers: {},
    body: { clauses, standards: [...new Set(clauses.map((clause) => clause.split(':')[0]))], risks: [], updatedAt: DEMO_NOW.toISOString(), updatedBy: DEMO_USERS.ismsLead.accountId },
    actor: { kind: 'app' },
  });
  if (response.status >= 300) throw new Error(`Linking ${issue.key} failed with ${response.status}`);
}

/** Defines the report the way the lead would: A.8.32, the last 365 days, a scope JQL (first mistyped, then fixed). */
async function defineReport(frame: Frame): Promise<string> {
  await frame.getByTestId('clause-search').fill('A.8.32');
  await frame.getByTestId(`add-clause-${A832}`).click();
  await frame.getByTestId('chosen-clauses').getByText(A832).waitFor();
  await frame.getByTestId('period-count').fill('365');
  await frame.getByRole('radio', { name: 'A JQL filter' }).check();
  await frame.getByTestId('scope-jql').fill('project in (SEC, CHG) AND');
  const jiraMessage = (await frame.getByTestId('scope-error').textContent()) ?? '';
  await frame.getByTestId('scope-jql').fill('project in (SEC, CHG)');
  await frame.getByTestId('scope-valid').waitFor();
  return jiraMessage;
}

describe('evidence report page', () => {
  let browser: Browser;
  let host: RunningHost;
  let page: Page;
  let securityIssue: SimIssue;
  let changeIssue: SimIssue;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    securityIssue = latestResolvedIssueOf(host, 'SEC');
    changeIssue = latestResolvedIssueOf(host, 'CHG');
    await linkToClauses(host, securityIssue, [A832]);
    await linkToClauses(host, changeIssue, [S851]);
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('shows Jira’s message for a bad scope JQL and runs the report once it is fixed', async () => {
    const frame = await openReportPage(page, host, 'light');
    const jiraMessage = await defineReport(frame);
    expect(jiraMessage).toMatch(/\S/);
    expect(jiraMessage).not.toMatch(/at \w+ \(|TypeError|stack/);

    await frame.getByTestId('run-report').click();
    await frame.getByTestId('report-result').waitFor();
    expect(await frame.getByTestId('progress-text').textContent()).toContain('100%');
    expect(await frame.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');

    const row = frame.getByTestId(`coverage-row-${A832}`);
    expect(await frame.getByTestId(`evidence-count-${A832}`).textContent()).toBe('2');
    expect(await row.textContent()).toContain(`via ${S851}`);
    expect(await row.textContent()).toContain('covered');
    expect(pageErrors).toEqual([]);
  });

  it('drills down to the evidence issues with links to Jira', async () => {
    const frame = await openReportPage(page, host, 'light');
    await defineReport(frame);
    await frame.getByTestId('run-report').click();
    await frame.getByTestId(`drill-${A832}`).click();
    const drillDown = frame.getByTestId('drill-down');
    await drillDown.waitFor();
    expect(await drillDown.textContent()).toContain(securityIssue.key);
    expect(await drillDown.textContent()).toContain(`via ${S851}`);

    await Promise.all([page.waitForURL(new RegExp(`/browse/${changeIssue.key}`)), frame.getByTestId(`evidence-issue-${changeIssue.key}`).click()]);
  });

  it('exports the coverage matrix as CSV with a BOM', async () => {
    const frame = await openReportPage(page, host, 'light');
    await defineReport(frame);
    await frame.getByTestId('run-report').click();
    await frame.getByTestId('report-result').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('export-csv-matrix').click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString('utf8');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(A832);
  });

  it('downloads the audit pack as a PDF of several pages', async () => {
    const frame = await openReportPage(page, host, 'light');
    await defineReport(frame);
    await frame.getByTestId('run-report').click();
    await frame.getByTestId('report-result').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('export-pdf').click()]);
    const file = path.join(RESULTS_DIR, 'evidence-audit-pack.pdf');
    await download.saveAs(file);

    const pdf = fs.readFileSync(file);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    // For people to look at: page 1 as PNG when poppler's pdftoppm is installed (it is not needed to pass).
    spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(RESULTS_DIR, 'evidence-audit-pack')]);
  });

  it('shows covered controls and tinted gaps for the whole of Annex A', async () => {
    const frame = await openReportPage(page, host, 'light');
    await frame.getByTestId('add-annex-ISO27001').click();
    await frame.getByTestId('run-report').click();
    await frame.getByTestId('report-result').waitFor({ timeout: 30_000 });
    const totals = (await frame.getByTestId('coverage-totals').textContent()) ?? '';
    expect(totals).toMatch(/[1-9]\d* covered/);
    expect(totals).toMatch(/[1-9]\d* gaps/);
    const gapRow = frame.getByTestId('coverage-matrix').locator('tr', { hasText: 'gap' }).first();
    const tint = await gapRow.evaluate((row) => getComputedStyle(row).backgroundColor);
    expect(tint).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.setViewportSize({ width: 1440, height: await page.evaluate(() => document.documentElement.scrollHeight) });
    await settledFrameHeight(page, frame);
    await screenshot(page, 'evidence-report-annex-a');
  });

  it.each<Theme>(['light', 'dark'])('has no serious accessibility violations in the %s theme', async (theme) => {
    const frame = await openReportPage(page, host, theme);
    await defineReport(frame);
    await frame.getByTestId('run-report').click();
    await frame.getByTestId(`drill-${A832}`).click();
    await frame.getByTestId('drill-down').waitFor();
    // The clicks scrolled the host page down to the drill-down; a full-page shot taken from there leaves the
    // frame's top unpainted.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    // Chromium paints a cross-origin frame only where the viewport was: make the viewport the whole page.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1440, height });
    await settledFrameHeight(page, frame);
    await screenshot(page, `evidence-report-${theme}`);
    expect(await seriousA11yViolations(frame)).toEqual([]);
  });
});
