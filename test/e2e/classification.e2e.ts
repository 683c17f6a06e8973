import type { Frame, Page } from 'playwright-core';
import { formatClassification } from '../../src/domain/classification/format';
import { DEMO_ISSUE_KEYS, DEMO_NOW, DEMO_USERS } from '../../workbench/seed';
import { seriousA11yViolations } from './harness/accessibility';
import type { RunningHost } from './harness/hostServer';
import { browserSession } from './harness/session';
import { openModuleAs, settledFrameHeight } from './harness/openModule';
import { screenshot } from './harness/screenshots';

const ISSUE = DEMO_ISSUE_KEYS.vpnOutage;
const AGENT = DEMO_USERS.agent.accountId;
const PANEL = 'ims-classification-panel';
const HOUR_MS = 3_600_000;

// The workbench's clock stands at DEMO_NOW: "aware two hours ago" is two hours before it, typed in UTC.
const AWARE_AT = new Date(DEMO_NOW.getTime() - 2 * HOUR_MS).toISOString().slice(0, 16);
const EXPECTED_DISPLAY = formatClassification({
  security: true,
  service: true,
  ai: false,
  severity: 2,
  confidentiality: 'high',
  integrity: 'none',
  availability: 'none',
  personalData: true,
});

const openPanel = (page: Page, host: RunningHost, theme: 'light' | 'dark' = 'light') =>
  openModuleAs(page, { hostOrigin: host.hostOrigin, issueKey: ISSUE, accountId: AGENT, theme, moduleKey: PANEL });

const displayOf = (frame: Frame) => frame.getByTestId('classification-display').getAttribute('aria-label');

// One story on one demo site, in order: the agent classifies the unclassified VPN outage in the panel, the trigger
// escalates it, then the agent changes the field through its edit dialog in the details column.
describe('IMS classification on the issue view', () => {
  const session = browserSession({ viewport: { width: 1280, height: 900 } });
  const { pageErrors } = session;
  let host: RunningHost;
  let page: Page;
  beforeEach(() => {
    ({ host, page } = session);
  });

  it('explains a problem as the agent types, before anything is saved', async () => {
    const panel = await openPanel(page, host);
    await panel.getByTestId('classification-empty').waitFor();

    await panel.getByLabel('AI impact').check();
    await panel.getByText('Choose the kind of AI harm: bias, drift, transparency, misuse, safety, privacy or other').waitFor();
    await panel.getByLabel('AI impact').uncheck();

    expect(await panel.getByText('Choose the kind of AI harm').count()).toBe(0);
    await panel.getByText('Choose at least one impact domain: service, security or AI').waitFor();
  });

  it('saves Security + Service, Sev 2, C high, personal data and shows the GDPR 72 h clock', async () => {
    const panel = await openPanel(page, host);
    await panel.getByLabel('Security impact').check();
    await panel.getByLabel('Service impact').check();
    await panel.getByRole('group', { name: 'Severity' }).getByRole('radio', { name: '2 High' }).check();
    await panel.getByRole('group', { name: 'Confidentiality impact' }).getByRole('radio', { name: 'High' }).check();
    await panel.getByLabel('Personal data involved').check();
    await panel.getByLabel('Aware at (UTC)').fill(AWARE_AT);
    await settledFrameHeight(page, panel);
    await screenshot(page, 'classification-panel-form-light');
    expect(await seriousA11yViolations(panel)).toEqual([]);

    await panel.getByTestId('classification-save').click();

    await panel.getByTestId('classification-display').waitFor();
    expect(await displayOf(panel)).toBe(`Classification: ${EXPECTED_DISPLAY}`);
    const gdpr = panel.getByTestId('regulatory-clock').filter({ hasText: 'GDPR Art. 33' });
    await gdpr.getByText('due 2026-11-27 07:00 UTC').waitFor();
    // The time left counts from the function's clock, which is the machine's, not the workbench's DEMO_NOW.
    expect(await gdpr.textContent()).toMatch(/\d+ d \d+ h left$|\d+ h( \d+ min)? left$/);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows the security escalation issue once the trigger has run (${theme} theme)`, async () => {
      await host.workbench.settle();
      const panel = await openPanel(page, host, theme);

      const security = panel.getByTestId('escalation-security');
      await security.waitFor();
      expect(await security.textContent()).toMatch(/Security escalation[A-Z][A-Z0-9_]*-\d+/);
      const history = panel.getByTestId('classification-history');
      expect(await history.textContent()).toContain('Classification saved');
      expect(await history.textContent()).toContain(`Not classified → ${EXPECTED_DISPLAY}`);
      expect(await panel.evaluate(() => document.documentElement.dataset.colorMode)).toBe(theme);
      await settledFrameHeight(page, panel);
      await screenshot(page, `classification-panel-${theme}`);
      expect(await seriousA11yViolations(panel)).toEqual([]);
    });
  }

  // The demo's security project is closed to service desk agents: the agent reaches Jira's permission page.
  it('opens the security escalation issue from the panel through the bridge, as the viewing user', async () => {
    const panel = await openPanel(page, host);
    const link = panel.getByTestId('escalation-security').getByRole('button', { name: /^Open / });
    const escalationKey = (await link.textContent())!;

    await Promise.all([page.waitForURL(`**/browse/${escalationKey}?**`), link.click()]);

    expect(new URL(page.url()).searchParams.get('as')).toBe(AGENT);
    await page.getByText('Issue does not exist or you do not have permission to see it.').waitFor();
  });

  it('edits the field from the details column in its edit dialog and shows the formatted value', async () => {
    await openPanel(page, host);
    const row = page.locator('.field[data-module-key="ims-classification"]');
    expect(await row.getByTestId('custom-field-value').textContent()).toBe(EXPECTED_DISPLAY);

    await row.getByRole('button', { name: 'Edit IMS classification' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit IMS classification' });
    const editor = await (await dialog.locator('iframe').elementHandle())!.contentFrame();
    if (!editor) throw new Error('The edit dialog has no frame');
    const severity3 = editor.getByRole('group', { name: 'Severity' }).getByRole('radio', { name: '3 Medium' });
    await severity3.waitFor();
    expect(await editor.getByRole('group', { name: 'Severity' }).getByRole('radio', { name: '2 High' }).isChecked()).toBe(true);
    await severity3.check();
    await screenshot(page, 'classification-field-edit-dialog');
    expect(await seriousA11yViolations(editor)).toEqual([]);

    await Promise.all([page.waitForEvent('load'), editor.getByTestId('classification-save').click()]);

    const reloaded = page.locator('.field[data-module-key="ims-classification"]').getByTestId('custom-field-value');
    expect(await reloaded.textContent()).toBe(EXPECTED_DISPLAY.replace('Sev 2', 'Sev 3'));
  });

  it('closes the edit dialog on cancel without writing', async () => {
    await openPanel(page, host);
    const row = page.locator('.field[data-module-key="ims-classification"]');
    const before = await row.getByTestId('custom-field-value').textContent();
    await row.getByRole('button', { name: 'Edit IMS classification' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit IMS classification' });
    const editor = await (await dialog.locator('iframe').elementHandle())!.contentFrame();
    await editor!.getByRole('button', { name: 'Cancel' }).click();

    await dialog.waitFor({ state: 'detached' });
    expect(await row.getByTestId('custom-field-value').textContent()).toBe(before);
  });

  it('runs under the Forge CSP without violations or page errors', () => {
    expect(host.cspReports).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
