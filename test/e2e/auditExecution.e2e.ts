import fs from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Workbench } from '../../workbench/app/createWorkbench';
import { DEMO_NOW, DEMO_USERS, PROJECT_IDS } from '../../workbench/seed';
import type { StartedAudit } from '../../src/services/audit/startAudit';
import { seriousA11yViolations } from './harness/accessibility';
import type { RunningHost } from './harness/hostServer';
import { openModuleAs, settledFrameHeight } from './harness/openModule';
import { RESULTS_DIR } from './harness/screenshots';
import { browserSession } from './harness/session';

const PANEL = 'audit-finding-panel';
const LEAD = DEMO_USERS.ismsLead.accountId;
const A832 = 'ISO27001:A.8.32';
const DONE_TRANSITION = '21';

type Answered<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

function valueOf<T>(answer: unknown): T {
  const result = answer as Answered<T>;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const programmeCall = (workbench: Workbench, functionKey: string, payload: unknown) =>
  workbench.runtime.invokeResolver({ functionKey, payload, context: { moduleKey: 'audit-programme-page', accountId: LEAD, extension: { type: 'jira:fullPage' } } });

/**
 * The programme's part, done through the API: evidence on the site, a programme with AUD-1 over A.8.32, the audit
 * started as an IMS issue, and the closure gate on the IMS "Done" transition as the README tells admins to add it.
 */
async function startedAudit(workbench: Workbench): Promise<string> {
  const done = workbench.jira.state.workflows.find((workflow) => workflow.projectId === PROJECT_IDS.IMS)?.transitions.find((transition) => transition.id === DONE_TRANSITION);
  if (!done) throw new Error('The demo IMS workflow has no "Done" transition');
  done.validatorModuleKeys = ['nc-closure-gate'];
  const sec = workbench.jira.state.projects.find((project) => project.key === 'SEC')!;
  const evidence = workbench.jira.state.issues.filter((issue) => issue.projectId === sec.id && issue.resolutiondate !== null && Date.parse(issue.resolutiondate) < DEMO_NOW.getTime()).slice(-3);
  for (const issue of evidence) {
    await workbench.jira.handle({
      method: 'PUT',
      path: `/rest/api/3/issue/${issue.key}/properties/imsLinks`,
      headers: {},
      body: { clauses: [A832], standards: ['ISO27001'], risks: [], updatedAt: DEMO_NOW.toISOString(), updatedBy: LEAD },
      actor: { kind: 'app' },
    });
  }
  valueOf(await programmeCall(workbench, 'saveProgramme', { programme: { cycleStartYear: 2026, cycleYears: 3, standards: ['ISO20000-1', 'ISO27001', 'ISO42001'] }, expectedVersion: 0 }));
  valueOf(
    await programmeCall(workbench, 'createAudit', {
      audit: {
        title: 'Change management security',
        scope: { refs: [A832, 'ISO27001:A.8.9'], processes: ['Change management'], projects: ['CHG'] },
        criteria: 'ISO/IEC 27001:2022 A.8.32 and A.8.9',
        plannedStart: '2026-11-23',
        plannedEnd: '2026-11-27',
        leadAuditor: LEAD,
        team: [],
        status: 'planned',
      },
    }),
  );
  const started = valueOf<StartedAudit>(
    await workbench.runtime.invokeResolver({ functionKey: 'startAuditIssue', payload: { auditId: 'AUD-1' }, context: { moduleKey: 'audit-programme-page', accountId: LEAD, extension: { type: 'jira:fullPage' } } }),
  );
  return started.issueKey;
}

async function transition(workbench: Workbench, issueKey: string): Promise<{ status: number; body: unknown }> {
  return workbench.jira.handle({ method: 'POST', path: `/rest/api/3/issue/${issueKey}/transitions`, headers: {}, body: { transition: { id: DONE_TRANSITION } }, actor: { kind: 'user', accountId: LEAD } });
}

async function openPanel(page: Page, host: RunningHost, issueKey: string, ready: string): Promise<Frame> {
  const panel = await openModuleAs(page, { hostOrigin: host.hostOrigin, issueKey, accountId: LEAD, moduleKey: PANEL });
  await panel.getByTestId(ready).waitFor();
  return panel;
}

/** The panel alone, in a viewport tall enough to hold it (Chromium leaves off-screen parts of a frame unpainted). */
async function screenshotPanel(page: Page, panel: Frame, name: string): Promise<void> {
  // Clicks near the bottom scrolled the host page: back to its top before measuring where the frame sits.
  await page.evaluate(() => window.scrollTo(0, 0));
  await settledFrameHeight(page, panel);
  const box = await (await panel.frameElement()).boundingBox();
  if (box === null) throw new Error('The panel is not displayed');
  await page.setViewportSize({ width: 1280, height: Math.ceil(box.y + box.height + 40) });
  await settledFrameHeight(page, panel);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  await (await panel.frameElement()).screenshot({ path: path.join(RESULTS_DIR, `${name}.png`) });
}

// One story on one demo site, in order: the ISMS lead runs AUD-1 from its Jira issue, raises a minor nonconformity,
// meets the closure gate, and closes the nonconformity once clause 10 is done.
describe('audit execution in the issue panel', () => {
  const session = browserSession({ viewport: { width: 1280, height: 900 } });
  const { pageErrors } = session;
  let auditKey = '';
  let findingKey = '';

  beforeAll(async () => {
    auditKey = await startedAudit(session.host.workbench);
  });

  it('shows the audit checklist with the evidence of the period', async () => {
    const panel = await openPanel(session.page, session.host, auditKey, 'audit-checklist');

    await panel.getByTestId('audit-progress').getByText('0 of 2 audited').waitFor();
    const rows = panel.getByTestId('audit-checklist-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).textContent()).toContain('3 issues');
    await screenshotPanel(session.page, panel, 'audit-checklist');
    expect(await seriousA11yViolations(panel)).toEqual([]);
  });

  it('raises a minor nonconformity against A.8.32 from the panel', async () => {
    const panel = await openPanel(session.page, session.host, auditKey, 'audit-raise-finding');

    await panel.getByLabel('Minor nonconformity').check();
    await panel.getByLabel(A832).check();
    await panel.getByLabel('Statement').fill('Emergency changes skip the security review');
    await panel.getByLabel('Evidence and detail').fill('Two of five sampled emergency changes had no security review.');
    await panel.getByTestId('audit-raise-submit').click();
    const raised = panel.getByTestId('audit-finding-raised').or(panel.getByTestId('audit-raise-error'));
    await raised.waitFor();

    const note = (await raised.textContent()) ?? '';
    findingKey = /IMS-\d+/.exec(note)?.[0] ?? '';
    expect(note).toMatch(/^IMS-\d+ was raised/);
    await panel.getByTestId('audit-finding').getByText('Minor nonconformity').waitFor();
    await screenshotPanel(session.page, panel, 'audit-finding-raised');
  });

  it('refuses to close the nonconformity and shows what is missing', async () => {
    const response = await transition(session.host.workbench, findingKey);
    const panel = await openPanel(session.page, session.host, findingKey, 'audit-closure');

    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('root cause not recorded; correction not recorded; no corrective action');
    const closure = (await panel.getByTestId('audit-closure').textContent()) ?? '';
    expect(closure).toContain('root cause not recorded');
    expect(closure).toContain('effectiveness check not done');
    await screenshotPanel(session.page, panel, 'audit-nc-open');
    expect(await seriousA11yViolations(panel)).toEqual([]);
  });

  it('closes the nonconformity once correction, root cause, a done corrective action and an effective check are recorded', async () => {
    const { workbench } = session.host;
    let panel = await openPanel(session.page, session.host, findingKey, 'audit-closure');
    await panel.getByLabel('Correction', { exact: true }).fill('Security reviewed both changes retrospectively.');
    await panel.getByLabel('Root cause', { exact: true }).fill('The emergency change template has no security step.');
    await panel.getByTestId('audit-save-analysis').click();
    await panel.getByTestId('audit-closure').getByText('root cause not recorded').waitFor({ state: 'detached' });
    await panel.getByLabel('New corrective action').fill('Add a security review step to the emergency change template');
    await panel.getByTestId('audit-create-action').click();
    const action = panel.getByTestId('audit-action');
    await action.waitFor();
    const actionKey = /IMS-\d+/.exec((await action.textContent()) ?? '')?.[0] ?? '';
    expect((await transition(workbench, actionKey)).status).toBe(204);

    panel = await openPanel(session.page, session.host, findingKey, 'audit-effectiveness');
    await panel.getByTestId('audit-action').getByText('Done').waitFor();
    await panel.getByLabel('Effective', { exact: true }).check();
    await panel.getByLabel('How it was checked').fill('The next three emergency changes all had a security review.');
    await panel.getByTestId('audit-save-effectiveness').click();
    await panel.getByText('Can close').waitFor();
    await screenshotPanel(session.page, panel, 'audit-nc-can-close');

    expect((await transition(workbench, findingKey)).status).toBe(204);
    expect(pageErrors).toEqual([]);
  });
});
