import type { Browser, Frame, Page } from 'playwright-core';
import { DEMO_USERS } from '../../workbench/seed';
import { seriousA11yViolations } from './harness/accessibility';
import { launchChromium } from './harness/browser';
import { type RunningHost, startHost } from './harness/hostServer';
import { screenshot } from './harness/screenshots';

type Theme = 'light' | 'dark';
const lead = DEMO_USERS.ismsLead.accountId;

async function openPage(page: Page, host: RunningHost, moduleKey: string, theme: Theme = 'light'): Promise<Frame> {
  await page.goto(`${host.hostOrigin}/module/${moduleKey}?${new URLSearchParams({ as: lead, theme }).toString()}`);
  const frame = await (await page.waitForSelector(`iframe[data-module-key="${moduleKey}"]`)).contentFrame();
  if (!frame) throw new Error(`${moduleKey} has no frame`);
  return frame;
}

const textOf = async (frame: Frame, testId: string) => (await frame.getByTestId(testId).textContent())?.trim();

// One story on one demo site, in order: the ISMS lead decides A.5.1, exports the SoA, and registers an AI system.
describe('Statement of Applicability and AI system register', () => {
  let browser: Browser;
  let host: RunningHost;
  let page: Page;

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterEach(async () => {
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('marks A.5.1 implemented with a justification, and the summary counts it', async () => {
    const soa = await openPage(page, host, 'soa-page');
    await soa.getByTestId('soa-row-ISO27001:A.5.1').waitFor();
    expect(await textOf(soa, 'soa-tile-ISO27001-implemented')).toBe('0%');

    await soa.getByTestId('soa-edit-ISO27001:A.5.1').click();
    const editor = soa.getByTestId('soa-editor-ISO27001:A.5.1');
    await editor.getByLabel('Justification (required either way)').fill('Top management approved the information security policy set');
    await editor.getByLabel('risk treatment').check();
    await editor.getByLabel('Implementation status').selectOption('implemented');
    await editor.getByTestId('soa-save').click();

    await soa.getByTestId('soa-status-ISO27001:A.5.1').getByText('implemented').waitFor();
    await soa.getByTestId('soa-tile-ISO27001-implemented').getByText('1%').waitFor();
  });

  it('exports the SoA as a CSV file', async () => {
    const soa = await openPage(page, host, 'soa-page');
    await soa.getByTestId('soa-row-ISO27001:A.5.1').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), soa.getByTestId('soa-export-csv').click()]);

    expect(download.suggestedFilename()).toMatch(/^statement-of-applicability-\d{4}-\d{2}-\d{2}\.csv$/);
    await soa.getByTestId('soa-export-message').waitFor();
  });

  it('shows evidence counts, approves the SoA as version 1, lists it and exports it as PDF', async () => {
    const soa = await openPage(page, host, 'soa-page');
    await soa.getByTestId('soa-evidence-ISO27001:A.5.1').waitFor();
    expect(await textOf(soa, 'soa-evidence-ISO27001:A.5.1')).toMatch(/^\d+$/);

    await soa.getByTestId('soa-approve').click();
    await soa.getByTestId('soa-versions').getByText(`v1, approved by ${DEMO_USERS.ismsLead.displayName}`).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), soa.getByTestId('soa-export-pdf').click()]);
    expect(download.suggestedFilename()).toMatch(/^statement-of-applicability-\d{4}-\d{2}-\d{2}\.pdf$/);
  });

  it('adds an AI system and flags its missing impact assessment', async () => {
    const register = await openPage(page, host, 'ai-systems-page');
    await register.getByTestId('ai-system-add').click();
    const form = register.getByTestId('ai-system-form');
    await form.getByLabel('Name').fill('Ticket triage model');
    await form.getByLabel('Purpose').fill('Suggests the category and priority of incoming tickets');
    await form.getByLabel('Owner (account id)').fill(DEMO_USERS.aiOwner.accountId);
    await form.getByLabel('Lifecycle stage').selectOption('deployment');
    await form.getByTestId('ai-system-save').click();

    await register.getByTestId('ai-system-row-AIS-1').waitFor();
    expect(await textOf(register, 'ai-system-problems-AIS-1')).toContain('without an AI system impact assessment');
    expect(await register.getByTestId('ai-system-row-AIS-1').textContent()).toContain(DEMO_USERS.aiOwner.displayName);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows both pages without serious accessibility violations (${theme} theme)`, async () => {
      const soa = await openPage(page, host, 'soa-page', theme);
      await soa.getByTestId('soa-row-ISO27001:A.5.1').waitFor();
      await screenshot(page, `soa-page-${theme}`);
      expect(await seriousA11yViolations(soa)).toEqual([]);

      await soa.getByTestId('soa-tab-alignment').click();
      await soa.getByTestId('soa-alignment').waitFor();
      await screenshot(page, `soa-alignment-${theme}`);
      expect(await seriousA11yViolations(soa)).toEqual([]);

      const register = await openPage(page, host, 'ai-systems-page', theme);
      await register.getByTestId('ai-system-row-AIS-1').waitFor();
      await screenshot(page, `ai-systems-page-${theme}`);
      expect(await seriousA11yViolations(register)).toEqual([]);
    });
  }
});
