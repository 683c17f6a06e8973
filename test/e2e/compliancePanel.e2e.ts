import type { Page } from 'playwright-core';
import { DEMO_ISSUE_KEYS, DEMO_USERS } from '../../workbench/seed';
import { seriousA11yViolations } from './harness/accessibility';
import type { RunningHost } from './harness/hostServer';
import { browserSession } from './harness/session';
import { openModuleAs, settledFrameHeight } from './harness/openModule';
import { screenshot } from './harness/screenshots';

const ISSUE = DEMO_ISSUE_KEYS.vpnOutage;
const AGENT = DEMO_USERS.agent.accountId;
const PANEL = 'ims-compliance-panel';

// The real app on the workbench's demo site: host page, cross-origin Custom UI, bridge, Forge runtime, resolver.
describe('compliance panel on the issue view', () => {
  const session = browserSession({ viewport: { width: 1280, height: 900 } });
  const { pageErrors: bridgeErrors } = session;
  let host: RunningHost;
  let page: Page;
  beforeEach(() => {
    ({ host, page } = session);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows the issue key the resolver returned, in a cross-origin iframe (${theme} theme)`, async () => {
      const panel = await openModuleAs(page, { hostOrigin: host.hostOrigin, issueKey: ISSUE, accountId: AGENT, theme, moduleKey: PANEL });

      await panel.getByTestId('issue-context').getByText(ISSUE).waitFor();
      expect(new URL(panel.url()).origin).toBe(host.resourceOrigin);
      expect(new URL(page.url()).origin).toBe(host.hostOrigin);
      expect(await panel.evaluate(() => document.documentElement.dataset.colorMode)).toBe(theme);
      await settledFrameHeight(page, panel);
      await screenshot(page, `compliance-panel-${theme}`);
    });
  }

  it('has no serious accessibility violations in the panel', async () => {
    const panel = await openModuleAs(page, { hostOrigin: host.hostOrigin, issueKey: ISSUE, accountId: AGENT, moduleKey: PANEL });
    await panel.getByTestId('issue-context').waitFor();

    expect(await seriousA11yViolations(panel)).toEqual([]);
  });

  it('sizes the iframe to the panel content, also after the content grows (auto-resize through the bridge)', async () => {
    const panel = await openModuleAs(page, { hostOrigin: host.hostOrigin, issueKey: ISSUE, accountId: AGENT, moduleKey: PANEL });
    await panel.getByTestId('issue-context').waitFor();
    const contentHeight = () => panel.evaluate(() => document.getElementById('root')!.getBoundingClientRect().height);
    const initial = await settledFrameHeight(page, panel);
    expect(Math.abs(initial - (await contentHeight()))).toBeLessThan(24);

    await panel.getByRole('textbox', { name: 'Search clauses and controls' }).fill('incident');
    await panel.getByRole('heading', { level: 3 }).first().waitFor();
    const iframe = await panel.frameElement();
    await page.waitForFunction(([element, before]) => (element as HTMLElement).getBoundingClientRect().height > (before as number), [iframe, initial] as const);
    const grown = await settledFrameHeight(page, panel);

    expect(grown).toBeGreaterThan(initial);
    expect(Math.abs(grown - (await contentHeight()))).toBeLessThan(24);
  });

  it('lists catalog search results grouped by standard, 20000-1 before 27001 before 42001', async () => {
    const panel = await openModuleAs(page, { hostOrigin: host.hostOrigin, issueKey: ISSUE, accountId: AGENT, moduleKey: PANEL });
    await panel.getByRole('textbox', { name: 'Search clauses and controls' }).fill('incident');

    await panel.getByRole('heading', { level: 3 }).first().waitFor();
    const groups = await panel.getByRole('heading', { level: 3 }).allTextContents();
    expect(groups).toEqual([...groups].sort());
    expect(groups.length).toBeGreaterThanOrEqual(2);
    await settledFrameHeight(page, panel);
    await screenshot(page, 'compliance-panel-search');
  });

  it("shows the resolver's message when it refuses the search", async () => {
    const panel = await openModuleAs(page, { hostOrigin: host.hostOrigin, issueKey: ISSUE, accountId: AGENT, moduleKey: PANEL });
    await panel.getByRole('textbox', { name: 'Search clauses and controls' }).fill('x'.repeat(201));

    await panel.getByText('Could not search the catalog').waitFor();
    await panel.getByText('The search text is limited to 200 characters.').waitFor();
  });

  // Runs after the search tests above: those count the level-3 headings, which linked clauses add to.
  it('links A.5.24 found by searching "incident", lists it under 27001 and offers the 20000-1 equivalent', async () => {
    const panel = await openModuleAs(page, { hostOrigin: host.hostOrigin, issueKey: ISSUE, accountId: AGENT, moduleKey: PANEL });
    await panel.getByText('No clause or control is linked yet.').waitFor();

    await panel.getByRole('textbox', { name: 'Search clauses and controls' }).fill('incident');
    await panel.getByRole('button', { name: 'Add ISO27001:A.5.24' }).click();

    const linked = panel.getByTestId('linked-clauses');
    await linked.getByText('A.5.24').waitFor();
    expect(await linked.getByRole('heading', { level: 3 }).allTextContents()).toEqual([expect.stringContaining('27001')]);
    const equivalent = panel.getByTestId('suggestion-ISO20000-1:8.7.3.3');
    await equivalent.getByText('equivalent').waitFor();
    await equivalent.getByRole('button', { name: 'Add ISO20000-1:8.7.3.3' }).waitFor();
    await panel.getByRole('textbox', { name: 'Search clauses and controls' }).fill('');
    await settledFrameHeight(page, panel);
    await screenshot(page, 'compliance-panel-linked-light');
    expect(await seriousA11yViolations(panel)).toEqual([]);
  });

  it('shows the stored link after a reload, in the dark theme, without accessibility violations', async () => {
    const panel = await openModuleAs(page, { hostOrigin: host.hostOrigin, issueKey: ISSUE, accountId: AGENT, theme: 'dark', moduleKey: PANEL });

    await panel.getByTestId('linked-clauses').getByText('A.5.24').waitFor();
    await panel.getByTestId('suggestion-ISO20000-1:8.7.3.3').waitFor();
    await settledFrameHeight(page, panel);
    await screenshot(page, 'compliance-panel-linked-dark');
    expect(await seriousA11yViolations(panel)).toEqual([]);
  });

  it('says when no risk of the register matches, and removes the clause link again', async () => {
    const panel = await openModuleAs(page, { hostOrigin: host.hostOrigin, issueKey: ISSUE, accountId: AGENT, moduleKey: PANEL });
    await panel.getByTestId('linked-clauses').getByText('A.5.24').waitFor();

    await panel.getByRole('textbox', { name: 'Search the risk register' }).fill('R-404');
    await panel.getByText('No risk matches “R-404”.').waitFor();
    await panel.getByRole('button', { name: 'Remove ISO27001:A.5.24' }).click();

    await panel.getByText('No clause or control is linked yet.').waitFor();
    expect(await panel.getByTestId('suggestions').count()).toBe(0);
  });

  it('links an incident to 20000-1 8.6.1, accepts the suggested A.5.24 and links R-3; JQL finds it by each alias', async () => {
    const incident = DEMO_ISSUE_KEYS.phishingReport;
    for (const title of ['Ransomware on file servers', 'Supplier outage', 'Phishing leads to credential theft']) {
      const created = (await host.workbench.runtime.invokeResolver({
        functionKey: 'createRisk',
        payload: { risk: { title, category: 'security', owner: DEMO_USERS.ismsLead.accountId, inherent: { likelihood: 3, impact: 4 }, treatment: 'mitigate' } },
        context: { moduleKey: 'risk-register-page', accountId: DEMO_USERS.ismsLead.accountId, extension: { type: 'jira:fullPage' } },
      })) as { ok: boolean };
      expect(created.ok).toBe(true);
    }
    const panel = await openModuleAs(page, { hostOrigin: host.hostOrigin, issueKey: incident, accountId: AGENT, moduleKey: PANEL });
    await panel.getByText('No clause or control is linked yet.').waitFor();

    await panel.getByRole('textbox', { name: 'Search clauses and controls' }).fill('8.6.1');
    await panel.getByRole('button', { name: 'Add ISO20000-1:8.6.1' }).click();
    await panel.getByTestId('suggestion-ISO27001:A.5.24').getByRole('button', { name: 'Add ISO27001:A.5.24' }).click();
    await panel.getByTestId('linked-clauses').getByText('A.5.24').waitFor();
    await panel.getByRole('textbox', { name: 'Search the risk register' }).fill('R-3');
    await panel.getByRole('button', { name: 'Add R-3' }).click();
    await panel.getByTestId('risk-links').getByRole('button', { name: 'Remove R-3' }).waitFor();
    await settledFrameHeight(page, panel);
    await screenshot(page, 'compliance-panel-agent-story');

    const keysFor = async (jql: string) => {
      const response = await host.workbench.jira.handle({ method: 'POST', path: '/rest/api/3/search/jql', headers: {}, body: { jql, fields: ['key'] }, actor: { kind: 'user', accountId: AGENT } });
      return ((response.body as { issues: { key: string }[] }).issues ?? []).map((issue) => issue.key);
    };
    expect(await keysFor('imsClause = "ISO20000-1:8.6.1"')).toContain(incident);
    expect(await keysFor('imsClause = "ISO27001:A.5.24"')).toContain(incident);
    expect(await keysFor('imsStandard = "ISO27001"')).toContain(incident);
    expect(await keysFor('imsRisk = "R-3"')).toEqual([incident]);
  });

  it('runs under the CSP Forge applies to Custom UI, without violations', async () => {
    const panel = await openModuleAs(page, { hostOrigin: host.hostOrigin, issueKey: ISSUE, accountId: AGENT, moduleKey: PANEL });
    await panel.getByTestId('issue-context').waitFor();

    // Atlaskit components and design-token themes insert <style> elements: Forge blocks them unless manifest.yml
    // declares `permissions: content: styles: ['unsafe-inline']`.
    expect(host.cspReports).toEqual([]);
    expect(bridgeErrors).toEqual([]);
  });
});
