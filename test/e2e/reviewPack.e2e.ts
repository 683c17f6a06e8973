import fs from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import type { SimIssue } from '../../workbench/jira/model';
import { DEMO_ISSUE_KEYS, DEMO_NOW, DEMO_USERS } from '../../workbench/seed';
import { seriousA11yViolations } from './harness/accessibility';
import type { RunningHost } from './harness/hostServer';
import { browserSession } from './harness/session';
import { screenshotWhole } from './harness/screenshots';

const PAGE = 'evidence-report-page';
const LEAD = DEMO_USERS.ismsLead.accountId;
// From a year before the demo's now (its seeded issues) to today: what the test creates is dated on today's clock.
const today = new Date().toISOString().slice(0, 10);
const PERIOD = { from: '2025-11-25', to: today > '2026-11-24' ? today : '2026-11-24' };
type Theme = 'light' | 'dark';

function issueOf(host: RunningHost, key: string): SimIssue {
  const issue = host.workbench.jira.state.issues.find((candidate) => candidate.key === key);
  if (!issue) throw new Error(`The demo site has no ${key}`);
  return issue;
}

/** The project's most recently created issue before the demo's now. */
function latestIssueOf(host: RunningHost, projectKey: string): SimIssue {
  const project = host.workbench.jira.state.projects.find((candidate) => candidate.key === projectKey);
  const issues = host.workbench.jira.state.issues.filter((issue) => issue.projectId === project?.id && Date.parse(issue.created) < DEMO_NOW.getTime());
  const latest = issues.sort((a, b) => Date.parse(b.created) - Date.parse(a.created))[0];
  if (!latest) throw new Error(`The demo site has no ${projectKey} issue`);
  return latest;
}

async function asApp(host: RunningHost, method: 'PUT' | 'POST', path: string, body: unknown): Promise<void> {
  const response = await host.workbench.jira.handle({ method, path, headers: {}, body, actor: { kind: 'app' } });
  if (response.status >= 300) throw new Error(`${method} ${path} failed with ${response.status}`);
}

async function invokeAsLead(host: RunningHost, functionKey: string, payload: unknown, context: { moduleKey: string; extension: Record<string, unknown> }): Promise<void> {
  const result = (await host.workbench.runtime.invokeResolver({ functionKey, payload, context: { ...context, accountId: LEAD } })) as { ok: boolean; error?: { message: string } };
  if (!result.ok) throw new Error(`${functionKey}: ${result.error?.message}`);
}

/** What a working site holds: classified incidents, changes with CAB fields, a nonconformity, a recorded risk. */
async function seedReviewData(host: RunningHost): Promise<{ change: SimIssue; finding: SimIssue }> {
  for (const key of [DEMO_ISSUE_KEYS.vpnOutage, DEMO_ISSUE_KEYS.phishingCampaign, DEMO_ISSUE_KEYS.modelDrift]) {
    const issue = issueOf(host, key);
    const input = key === DEMO_ISSUE_KEYS.modelDrift ? { ai: true, severity: 3, aiHarm: 'drift' } : key === DEMO_ISSUE_KEYS.vpnOutage ? { service: true, severity: 2 } : { security: true, severity: 1 };
    await invokeAsLead(host, 'saveClassification', { input: { ...input, awareAt: new Date(DEMO_NOW.getTime() - 3_600_000).toISOString() } }, { moduleKey: 'ims-classification-panel', extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key } } });
  }
  // The demo has no audit findings yet: a service desk problem stands in as the nonconformity of 20000-1.
  const finding = latestIssueOf(host, 'SD');
  for (const issue of [finding, issueOf(host, DEMO_ISSUE_KEYS.phishingCampaign)]) {
    const clauses = issue === finding ? ['ISO20000-1:10.1', 'ISO27001:10.2'] : ['ISO27001:10.2'];
    await asApp(host, 'PUT', `/rest/api/3/issue/${issue.key}/properties/imsLinks`, { clauses, standards: ['ISO20000-1', 'ISO27001'], risks: [], updatedAt: DEMO_NOW.toISOString(), updatedBy: LEAD });
  }
  // A change whose implementation was rolled back, as the CAB checklist leaves it: decided, scored, and labelled.
  const change = latestIssueOf(host, 'CHG');
  change.labels.push('failed-change', 'emergency-change');
  const fieldId = (moduleKey: string) => host.workbench.jira.state.fields.find((field) => field.forgeModuleKey?.endsWith(moduleKey))?.id ?? '';
  await asApp(host, 'POST', '/rest/api/3/app/field/value?generateChangelog=false', {
    updates: [
      { customField: fieldId('cab-status-field'), issueIds: [Number(change.id)], value: { status: 'approved' } },
      { customField: fieldId('cab-risk-field'), issueIds: [Number(change.id)], value: { riskClass: 'high' } },
    ],
  });
  await invokeAsLead(
    host,
    'createRisk',
    { risk: { title: 'Phishing leads to account takeover', category: 'security', owner: LEAD, inherent: { likelihood: 4, impact: 4 }, treatment: 'mitigate' } },
    { moduleKey: 'risk-register-page', extension: { type: 'jira:fullPage' } },
  );
  await host.workbench.settle();
  return { change, finding };
}

async function openReview(page: Page, host: RunningHost, accountId: string, theme: Theme = 'light'): Promise<Frame> {
  await page.goto(`${host.hostOrigin}/module/${PAGE}?${new URLSearchParams({ as: accountId, theme }).toString()}`);
  const frame = await (await page.waitForSelector(`iframe[data-module-key="${PAGE}"]`)).contentFrame();
  if (!frame) throw new Error('The evidence report page has no frame');
  await frame.getByTestId('tab-management-review').click();
  await frame.getByTestId('review-from').fill(PERIOD.from);
  await frame.getByTestId('review-to').fill(PERIOD.to);
  await frame.getByTestId('review-run').click();
  await frame.getByTestId('review-scanned').waitFor({ timeout: 20_000 });
  return frame;
}


describe('management review pack', () => {
  const session = browserSession({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  let seeded: { change: SimIssue; finding: SimIssue };

  beforeAll(async () => {
    seeded = await seedReviewData(session.host);
  });

  it('shows the ISMS lead every section filled from the demo site and downloads the PDF', async () => {
    const { page, host } = session;
    const frame = await openReview(page, host, LEAD);

    await frame.getByTestId('review-incidents-summary').getByText('3 incidents in the period').waitFor();
    await frame.getByTestId('chart-incidents-per-month').waitFor();
    await frame.getByTestId('review-failed-changes').getByText(seeded.change.key).waitFor();
    await frame.getByTestId('review-emergency-changes').getByText(seeded.change.key).waitFor();
    await frame.getByTestId('review-risk-movement').getByText('Phishing leads to account takeover').first().waitFor();
    await frame.getByTestId('review-soa-standards').getByText('ISO42001').waitFor();
    await frame.getByTestId('chart-soa-coverage').waitFor();
    await frame.getByTestId('review-nonconformity-items').getByText(seeded.finding.key).waitFor();
    await frame.getByTestId('review-nonconformity-items').getByText(DEMO_ISSUE_KEYS.phishingCampaign).waitFor();
    expect(await seriousA11yViolations(frame)).toEqual([]);
    await screenshotWhole(page, frame, 'review-pack-lead');

    const download = page.waitForEvent('download');
    await frame.getByTestId('review-pdf').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`management-review_${PERIOD.from}_${PERIOD.to}.pdf`);
    const path = await file.path();
    fs.mkdirSync('test-results', { recursive: true });
    fs.copyFileSync(path, 'test-results/review-pack.pdf');
    expect(fs.readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(session.pageErrors).toEqual([]);
  });

  it('follows the dark theme', async () => {
    const { page, host } = session;
    const frame = await openReview(page, host, LEAD, 'dark');

    await frame.getByTestId('chart-incidents-by-domain').waitFor();
    await screenshotWhole(page, frame, 'review-pack-dark');
  });

  it('shows a user who cannot browse SEC none of its issues', async () => {
    const { page, host } = session;
    // The agent works the service desk (SD) but is not in the ISMS team that alone may browse SEC.
    const frame = await openReview(page, host, DEMO_USERS.agent.accountId);

    await frame.getByTestId('review-nonconformities').waitFor();
    const text = (await frame.getByTestId('review-pack').textContent()) ?? '';
    expect(text).not.toMatch(/SEC-\d+/);
    expect(text).toContain(seeded.finding.key);
    await screenshotWhole(page, frame, 'review-pack-no-access');
  });
});
