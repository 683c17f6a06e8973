import fs from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { DEMO_USERS } from '../../workbench/seed';
import { seriousA11yViolations } from './harness/accessibility';
import type { RunningHost } from './harness/hostServer';
import { browserSession } from './harness/session';
import { screenshotWhole } from './harness/screenshots';

const PAGE = 'audit-programme-page';
const LEAD = DEMO_USERS.ismsLead.accountId;
const CHANGE_MANAGER = DEMO_USERS.cabChair;
type Theme = 'light' | 'dark';

async function openProgramme(page: Page, host: RunningHost, theme: Theme = 'light'): Promise<Frame> {
  await page.goto(`${host.hostOrigin}/module/${PAGE}?${new URLSearchParams({ as: LEAD, theme }).toString()}`);
  const frame = await (await page.waitForSelector(`iframe[data-module-key="${PAGE}"]`)).contentFrame();
  if (!frame) throw new Error('The audit programme page has no frame');
  await frame.getByRole('heading', { name: 'Programme', exact: true }).waitFor();
  return frame;
}


async function addScope(frame: Frame, query: string, id: string): Promise<void> {
  await frame.getByTestId('audit-scope-search').fill(query);
  await frame.getByTestId(`scope-add-${id}`).click();
  await frame.getByTestId('audit-scope-refs').getByText(id, { exact: true }).waitFor();
}

async function planAudit(frame: Frame, title: string, scope: [query: string, id: string][]): Promise<void> {
  await frame.getByTestId('audit-add').click();
  const form = frame.getByTestId('audit-form');
  await form.getByLabel('Title').fill(title);
  for (const [query, id] of scope) await addScope(frame, query, id);
  await form.getByLabel('Lead auditor (account id)').fill(LEAD);
  await frame.getByTestId('audit-save').click();
  await frame.getByTestId('programme-page-message').getByText(`${title}.`).waitFor();
}

// One story on one demo site, in order: the ISMS lead plans a 3-year programme, closes its gaps, names a process
// owner who is then refused as auditor, and exports the plan and coverage.
describe('internal audit programme', () => {
  const session = browserSession({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const { pageErrors } = session;

  it('plans a 3-year programme, shows the clauses it misses, and fixes them until none is missed', async () => {
    const { page, host } = session;
    const frame = await openProgramme(page, host);
    await frame.getByTestId('programme-save').click();
    await frame.getByTestId('programme-summary').getByText(/\(3 years\)/).waitFor();

    await planAudit(frame, 'Service operation', [['8', 'ISO20000-1:8']]);
    const missed = frame.getByTestId('coverage-missed-ISO20000-1');
    await missed.getByTestId('missed-ISO20000-1:9').waitFor();
    expect(await missed.locator('li').count()).toBe(6);
    await screenshotWhole(page, frame, 'audit-programme-gaps');

    await planAudit(frame, 'ISMS and AIMS', [['4-10', 'ISO27001:4-10'], ['annex a', 'ISO27001:Annex A'], ['4-10', 'ISO42001:4-10'], ['annex a', 'ISO42001:Annex A']]);
    await frame.getByTestId('coverage-tab-ISO27001').click();
    await frame.getByTestId('coverage-complete-ISO27001').waitFor();

    await frame.getByTestId('coverage-tab-ISO20000-1').click();
    for (const clause of ['4', '5', '6', '7', '9', '10']) {
      await frame.getByTestId(`missed-add-ISO20000-1:${clause}`).click();
      await frame.getByTestId('programme-page-message').getByText(`Added ISO20000-1:${clause} to AUD-1.`).waitFor();
    }
    await frame.getByTestId('coverage-complete-ISO20000-1').waitFor();
    await frame.getByTestId('coverage-tab-ISO42001').click();
    await frame.getByTestId('coverage-complete-ISO42001').waitFor();
    expect(await frame.getByTestId('coverage-tally-ISO42001').textContent()).toContain('38 of 38 applicable controls');
    await screenshotWhole(page, frame, 'audit-programme-covered');
  });

  it('refuses the change manager as auditor of an audit touching the process they own, with the reason', async () => {
    const { page, host } = session;
    const frame = await openProgramme(page, host);
    await frame.getByTestId('owners-edit').click();
    const owners = frame.getByTestId('owners-form');
    await owners.getByLabel('Clause group').fill('ISO20000-1:8.5.1');
    await owners.getByLabel('Owners (account ids, comma-separated)').fill(CHANGE_MANAGER.accountId);
    await frame.getByTestId('owners-save').click();
    await frame.getByTestId('owners-list').getByText(CHANGE_MANAGER.displayName).waitFor();

    await frame.getByTestId('audit-edit-AUD-1').click();
    await frame.getByTestId('audit-form').getByLabel('Audit team (account ids, comma-separated)').fill(CHANGE_MANAGER.accountId);
    await frame.getByTestId('audit-save').click();

    const refusal = frame.getByTestId('audit-form-message');
    await refusal.getByText(`${CHANGE_MANAGER.displayName} cannot be audit team member`).waitFor();
    const text = await refusal.textContent();
    expect(text).toContain('ISO20000-1:8.5.1');
    expect(text).toContain('ISO 19011');
    await screenshotWhole(page, frame, 'audit-programme-impartiality-refused');
  });

  it('downloads the audit plan and coverage as CSV and the programme as PDF', async () => {
    const { page, host } = session;
    const frame = await openProgramme(page, host);
    const download = async (testId: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), frame.getByTestId(testId).click()]);
      return { name: file.suggestedFilename(), content: fs.readFileSync((await file.path())!) };
    };

    const plan = await download('export-plan-csv');
    const coverage = await download('export-coverage-csv');
    const pdf = await download('export-pdf');

    expect(plan.name).toMatch(/^audit-programme-plan-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(plan.content.toString('utf8')).toContain('AUD-2,ISMS and AIMS,planned');
    expect(coverage.content.toString('utf8')).toContain('ISO27001,ISO27001:A.8.1,control,User endpoint devices,covered,AUD-2');
    expect(coverage.content.toString('utf8')).not.toContain(',missed,');
    expect(pdf.name).toMatch(/^audit-programme-\d{4}-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdf.content.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('starts AUD-1 in Jira: an Audit issue in IMS with its checklist, linked from the row', async () => {
    const { page, host } = session;
    const frame = await openProgramme(page, host);
    await frame.getByTestId('audit-start-AUD-1').click();

    await frame.getByTestId('programme-page-message').getByText(/^AUD-1 runs in Jira as IMS-\d+, with a checklist of \d+ lines\.$/).waitFor();
    const issueKey = (await frame.getByTestId('audit-issue-AUD-1').textContent())?.trim() ?? '';
    expect(issueKey).toMatch(/^IMS-\d+$/);

    await page.goto(`${host.hostOrigin}/browse/${issueKey}?${new URLSearchParams({ as: LEAD }).toString()}`);
    await page.getByTestId('issue-summary').getByText('Service operation').waitFor();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows the programme without serious accessibility violations (${theme} theme)`, async () => {
      const { page, host } = session;
      const frame = await openProgramme(page, host, theme);
      await frame.getByTestId('audit-row-AUD-1').waitFor();
      await frame.getByTestId('coverage-rows-toggle').click();
      await screenshotWhole(page, frame, `audit-programme-${theme}`);
      expect(await seriousA11yViolations(frame)).toEqual([]);
    });
  }

  it('raised no uncaught page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
