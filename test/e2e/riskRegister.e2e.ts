import fs from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { DEMO_ISSUE_KEYS, DEMO_USERS } from '../../workbench/seed';
import { seriousA11yViolations } from './harness/accessibility';
import type { RunningHost } from './harness/hostServer';
import { browserSession } from './harness/session';
import { screenshotWhole } from './harness/screenshots';

const PAGE = 'risk-register-page';
const LEAD = DEMO_USERS.ismsLead.accountId;
type Theme = 'light' | 'dark';

async function openRegister(page: Page, host: RunningHost, accountId: string, theme: Theme = 'light'): Promise<Frame> {
  await page.goto(`${host.hostOrigin}/module/${PAGE}?${new URLSearchParams({ as: accountId, theme }).toString()}`);
  const frame = await (await page.waitForSelector(`iframe[data-module-key="${PAGE}"]`)).contentFrame();
  if (!frame) throw new Error('The risk register page has no frame');
  await frame.getByTestId('heat-map-inherent').waitFor();
  return frame;
}

/**
 * A full-page screenshot of a page whose cross-origin frame is taller than the viewport: Chromium paints such a
 * frame only near the viewport, so the viewport grows to the frame first.
 */

async function openRisk(frame: Frame, id: string): Promise<void> {
  await frame.getByTestId(`risk-row-${id}`).getByRole('button', { name: id }).click();
  await frame.getByTestId('risk-detail').getByRole('heading', { name: new RegExp(`^${id} ·`) }).waitFor();
}

// One story on one demo site, in order: the ISMS lead records a risk, finds it in the heat map, edits it, meets a
// stale edit from a second browser, and exports the register.
describe('risk register', () => {
  const session = browserSession({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const { pageErrors } = session;
  let host: RunningHost;
  let page: Page;
  let browser: Browser;
  beforeEach(() => {
    ({ host, page, browser } = session);
  });

  it('shows the title problem inline, then records the risk and counts it in the inherent heat map', async () => {
    const frame = await openRegister(page, host, LEAD);
    await frame.getByTestId('risk-create').click();
    await frame.getByTestId('risk-form-submit').click();
    await frame.getByText('The title is required').waitFor();

    await frame.getByLabel('Title').fill('Credit model drifts after retraining');
    await frame.getByLabel('Category').first().selectOption('ai');
    await frame.getByLabel('Inherent likelihood').selectOption('4');
    await frame.getByLabel('Inherent impact').selectOption('5');
    await frame.getByLabel('Residual likelihood').selectOption('2');
    await frame.getByLabel('Residual impact').selectOption('3');
    await frame.getByLabel(/^Controls/).fill('ISO42001:A.6.2.6');
    await frame.getByTestId('risk-form-submit').click();

    await frame.getByTestId('risk-detail').getByRole('heading', { name: /^R-1 · Credit model drifts after retraining/ }).waitFor();
    const cell = frame.getByTestId('heat-inherent-4-5');
    await frame.waitForFunction(() => document.querySelector('[data-testid="heat-inherent-4-5"]')?.textContent === '1');
    await cell.click();
    await frame.getByTestId('risk-clear-cell').waitFor();
    expect(await frame.getByTestId('risk-table').locator('tbody tr').count()).toBe(1);
    await frame.getByTestId('risk-row-R-1').waitFor();
  });

  it('saves an edit and refuses the stale save of a second browser with who changed the risk', async () => {
    const first = await openRegister(page, host, LEAD);
    const otherPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const second = await openRegister(otherPage, host, LEAD);
    await openRisk(first, 'R-1');
    await openRisk(second, 'R-1');
    await first.getByTestId('risk-edit').click();
    await second.getByTestId('risk-edit').click();

    await first.getByLabel('Title').fill('Credit model drifts silently after retraining');
    await first.getByTestId('risk-form-submit').click();
    await first.getByTestId('risk-detail').getByRole('heading', { name: /drifts silently/ }).waitFor();

    await second.getByLabel('Title').fill('A title that must not overwrite the first save');
    await second.getByTestId('risk-form-submit').click();
    const conflict = second.getByTestId('risk-form-error');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(`R-1 was changed by ${DEMO_USERS.ismsLead.displayName} (${LEAD})`);
    expect(await second.getByLabel('Title').inputValue()).toBe('A title that must not overwrite the first save');
    await screenshotWhole(otherPage, second, 'risk-register-stale-edit');
    await otherPage.close();

    await openRisk(first, 'R-1');
    expect(await first.getByTestId('risk-history').locator('li').count()).toBe(2);
  });

  it('exports the register as a CSV download', async () => {
    const frame = await openRegister(page, host, LEAD);
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('risk-export').click()]);

    expect(download.suggestedFilename()).toMatch(/^risk-register-\d{4}-\d{2}-\d{2}\.csv$/);
    const content = fs.readFileSync((await download.path())!, 'utf8');
    expect(content).toContain('R-1,Credit model drifts silently after retraining');
  });

  it('reports each bad row of an import by row and column in the dry run', async () => {
    const frame = await openRegister(page, host, LEAD);
    const csv = ['title,category,owner,inherentLikelihood,inherentImpact,treatment', `Supplier exits,supplier,${LEAD},3,3,transfer`, `Flood,weather,${LEAD},2,9,mitigate`].join('\n');
    await frame.getByTestId('risk-import-file').setInputFiles({ name: 'risks.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await frame.getByTestId('risk-import-check').click();

    const problems = frame.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^3\s+2 \(category\)/), expect.stringMatching(/^3\s+5 \(inherentImpact\)/)]);
  });

  it('treats the risk with a new issue; the owner accepts it and a later edit flags the acceptance outdated', async () => {
    const frame = await openRegister(page, host, LEAD);
    await openRisk(frame, 'R-1');
    await frame.getByLabel('New action summary').fill('Add drift monitoring to the credit model');
    await frame.getByRole('button', { name: 'Create issue' }).click();
    await frame.getByText(/^Created SEC-\d+ and recorded it on R-1\.$/).waitFor();
    await frame.getByLabel('Existing issue key').fill(DEMO_ISSUE_KEYS.vpnOutage.toLowerCase());
    await frame.getByRole('button', { name: 'Link issue' }).click();
    await frame.getByText(`Linked ${DEMO_ISSUE_KEYS.vpnOutage} to R-1 as a treatment action.`).waitFor();
    await frame.getByRole('region', { name: 'Treatment actions' }).getByText(new RegExp(`SEC-\\d+, ${DEMO_ISSUE_KEYS.vpnOutage}`)).waitFor();

    await frame.getByTestId('risk-accept').click();
    await frame.getByTestId('risk-row-R-1').getByText('accepted', { exact: true }).waitFor();
    await frame.getByTestId('risk-edit').click();
    await frame.getByLabel('Treatment', { exact: true }).selectOption('transfer');
    await frame.getByTestId('risk-form-submit').click();

    await frame.getByTestId('risk-row-R-1').getByText('acceptance outdated').waitFor();
    await frame.getByTestId('risk-detail').getByText('Acceptance outdated').waitFor();
  });

  it.each(['light', 'dark'] as const)('renders the register in the %s theme with no serious accessibility violations', async (theme) => {
    const frame = await openRegister(page, host, LEAD, theme);
    await frame.getByTestId('risk-row-R-1').waitFor();
    await openRisk(frame, 'R-1');
    await frame.getByTestId('risk-history').waitFor();
    await screenshotWhole(page, frame, `risk-register-${theme}`);

    expect(await seriousA11yViolations(frame)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
