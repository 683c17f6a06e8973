import type { Frame, Page } from 'playwright-core';
import { DEMO_USERS } from '../../workbench/seed';
import { seriousA11yViolations } from './harness/accessibility';
import type { RunningHost } from './harness/hostServer';
import { browserSession } from './harness/session';
import fs from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR, screenshot } from './harness/screenshots';

const PAGE = 'ims-admin-page';

async function openAdminPageAs(page: Page, host: RunningHost, accountId: string, theme: 'light' | 'dark' = 'light'): Promise<Frame> {
  await page.goto(`${host.hostOrigin}/module/${PAGE}?${new URLSearchParams({ as: accountId, theme }).toString()}`);
  const frame = await (await page.waitForSelector(`iframe[data-module-key="${PAGE}"]`)).contentFrame();
  if (!frame) throw new Error('The admin page has no frame');
  await frame.waitForLoadState('load');
  return frame;
}

describe('the IMS classification admin page', () => {
  const session = browserSession({ viewport: { width: 1280, height: 1400 } });
  const { pageErrors } = session;
  let host: RunningHost;
  let page: Page;
  beforeEach(() => {
    ({ host, page } = session);
  });

  it('explains a bad project key as the admin types and keeps Save disabled', async () => {
    const admin = await openAdminPageAs(page, host, DEMO_USERS.admin.accountId);
    const project = admin.getByLabel('Security project key');
    await project.fill('sec 1');

    await admin.getByText('The security project is a Jira project key, e.g. SEC').waitFor();
    expect(await admin.getByRole('button', { name: 'Save settings' }).isDisabled()).toBe(true);
    await screenshot(page, 'ims-admin-invalid');
    expect(await seriousA11yViolations(admin)).toEqual([]);
  });

  it('lets the site admin change the security summary prefix and keeps it after a reload', async () => {
    const admin = await openAdminPageAs(page, host, DEMO_USERS.admin.accountId);
    const prefix = admin.getByLabel('Security summary prefix');
    await prefix.waitFor();
    expect(await prefix.inputValue()).toBe('[SEC]');

    await prefix.fill('[ISMS]');
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await admin.getByText('Settings saved.', { exact: false }).waitFor();

    const reloaded = await openAdminPageAs(page, host, DEMO_USERS.admin.accountId);
    const reloadedPrefix = reloaded.getByLabel('Security summary prefix');
    await reloadedPrefix.waitFor();
    expect(await reloadedPrefix.inputValue()).toBe('[ISMS]');
    await screenshot(page, 'ims-admin-light');
    expect(await seriousA11yViolations(reloaded)).toEqual([]);
  });

  it('saves the recurring reviews lead time, and refuses a lead time that is not a number, naming the field', async () => {
    const admin = await openAdminPageAs(page, host, DEMO_USERS.admin.accountId);
    const reviews = admin.getByRole('form', { name: 'Recurring reviews' });
    const leadTime = reviews.getByLabel('Lead time (days)');
    await leadTime.waitFor();
    expect(await leadTime.inputValue()).toBe('14');

    await leadTime.fill('many');
    await reviews.getByRole('button', { name: 'Save recurring reviews' }).click();
    await reviews.getByText(/leadTimeDays/).first().waitFor();

    await leadTime.fill('21');
    await reviews.getByRole('button', { name: 'Save recurring reviews' }).click();
    await reviews.getByText('Recurring reviews saved. The next daily run uses them.').waitFor();
    const reloadedForm = (await openAdminPageAs(page, host, DEMO_USERS.admin.accountId)).getByRole('form', { name: 'Recurring reviews' });
    const reloaded = reloadedForm.getByLabel('Lead time (days)');
    await reloaded.waitFor();
    expect(await reloaded.inputValue()).toBe('21');
    // The section sits far below the fold of a tall frame: an element screenshot paints just it.
    await reloadedForm.screenshot({ path: path.join(RESULTS_DIR, 'ims-admin-recurring-reviews.png') });
  });

  it('looks the same in the dark theme and passes axe', async () => {
    const admin = await openAdminPageAs(page, host, DEMO_USERS.admin.accountId, 'dark');
    await admin.getByLabel('Security summary prefix').waitFor();

    expect(await admin.evaluate(() => document.documentElement.dataset.colorMode)).toBe('dark');
    await screenshot(page, 'ims-admin-dark');
    expect(await seriousA11yViolations(admin)).toEqual([]);
  });

  it('refuses the agent, who is not a Jira admin, and shows no settings', async () => {
    const agent = await openAdminPageAs(page, host, DEMO_USERS.agent.accountId);

    await agent.getByText('Only Jira administrators can see and change the IMS classification settings.').waitFor();
    await agent.getByText('Only Jira administrators can see and change the CAB configuration.').waitFor();
    expect(await agent.getByLabel('Security summary prefix').count()).toBe(0);
    expect(await agent.getByLabel('Gated target statuses').count()).toBe(0);
    await screenshot(page, 'ims-admin-refused');
    expect(await seriousA11yViolations(agent)).toEqual([]);
  });

  it('refuses a CAB configuration with a bad risk matrix, naming the field', async () => {
    const admin = await openAdminPageAs(page, host, DEMO_USERS.admin.accountId);
    const matrix = admin.getByLabel('Risk matrix (JSON)');
    await matrix.waitFor();

    await matrix.fill('[["low", "low"]]');
    await admin.getByRole('button', { name: 'Save CAB configuration' }).click();

    await admin.getByRole('status').getByText(/^matrix/).waitFor();
    await admin.getByText('matrix: The matrix has 5 rows (likelihood 1 to 5)', { exact: false }).first().waitFor();
    expect(await seriousA11yViolations(admin)).toEqual([]);
  });

  it('keeps Save disabled while a CAB JSON field is not JSON', async () => {
    const admin = await openAdminPageAs(page, host, DEMO_USERS.admin.accountId);
    await admin.getByLabel('CAB roles by group (JSON)').fill('{"cab-members": ');

    await admin.getByText(/^Not valid JSON/).waitFor();
    expect(await admin.getByRole('button', { name: 'Save CAB configuration' }).isDisabled()).toBe(true);
  });

  it('lets the site admin change the gated statuses and edit the checklist template, which becomes version 2', async () => {
    const admin = await openAdminPageAs(page, host, DEMO_USERS.admin.accountId);
    const gated = admin.getByLabel('Gated target statuses');
    await gated.waitFor();
    expect(await gated.inputValue()).toBe('Implementing');
    const template = admin.getByLabel('Checklist template (JSON)');
    const edited = (await template.inputValue()).replace('Which services does the change affect?', 'Which business services does the change affect?');

    await gated.fill('Implementing, Deploying');
    await template.fill(edited);
    await admin.getByRole('button', { name: 'Save CAB configuration' }).click();

    await admin.getByText('CAB configuration saved (checklist template version 2).').waitFor();
    const reloaded = await openAdminPageAs(page, host, DEMO_USERS.admin.accountId);
    await reloaded.getByLabel('Gated target statuses').waitFor();
    expect(await reloaded.getByLabel('Gated target statuses').inputValue()).toBe('Implementing, Deploying');
    await reloaded.getByText('Checklist template version in force: 2').waitFor();
    // The CAB section sits below the classification form; Chromium leaves iframe parts outside the viewport
    // unpainted in a full-page screenshot, so this one shows the viewport scrolled to the section.
    await reloaded.getByRole('heading', { name: 'CAB', exact: true }).scrollIntoViewIfNeeded();
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS_DIR, 'ims-admin-cab.png') });
    expect(await seriousA11yViolations(reloaded)).toEqual([]);
  });

  it('runs under the Forge CSP without violations or page errors', () => {
    expect(host.cspReports).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
