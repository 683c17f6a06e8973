import type { ReviewPackView } from '../../../src/services/review/reviewResolverApi';
import { DEMO_ISSUE_KEYS, DEMO_USERS } from '../../../workbench/seed';
import type { PdfExport } from '../../../src/services/evidence/pdfExport';
import type { ReviewPack } from '../../../src/services/review/reviewTypes';
import { demoWorkbench } from './demoWorkbench';

type Workbench = ReturnType<typeof demoWorkbench>;
type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

const PAGE = { moduleKey: 'evidence-report-page', extension: { type: 'jira:fullPage' } };
const period = { from: '2026-11-01', to: '2026-11-24' };
// The app's clock is the machine's: "aware at" must not be in its future.
const awareAt = () => new Date(Date.now() - 60 * 60 * 1000).toISOString();

function callEvidencePage<T>(workbench: Workbench, functionKey: string, payload: unknown, accountId: string = DEMO_USERS.ismsLead.accountId): Promise<Result<T>> {
  return workbench.runtime.invokeResolver({ functionKey, payload, context: { ...PAGE, accountId } }) as Promise<Result<T>>;
}

/** Links an issue to clauses the way the compliance panel stores them. */
async function linkToClauses(workbench: Workbench, issueKey: string, clauses: string[]): Promise<void> {
  const response = await workbench.jira.handle({
    method: 'PUT',
    path: `/rest/api/3/issue/${issueKey}/properties/imsLinks`,
    headers: {},
    body: { clauses, standards: [...new Set(clauses.map((clause) => clause.split(':')[0]))], risks: [], updatedAt: awareAt(), updatedBy: DEMO_USERS.ismsLead.accountId },
    actor: { kind: 'app' },
  });
  expect(response.status).toBeLessThan(300);
}

async function classify(workbench: Workbench, issueKey: string, input: Record<string, unknown>): Promise<void> {
  const issue = workbench.jira.state.issues.find((candidate) => candidate.key === issueKey)!;
  const saved = (await workbench.runtime.invokeResolver({
    functionKey: 'saveClassification',
    payload: { input: { ...input, awareAt: awareAt() } },
    context: { moduleKey: 'ims-classification-panel', accountId: DEMO_USERS.ismsLead.accountId, extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key } } },
  })) as Result<unknown>;
  if (!saved.ok) throw new Error(saved.error.message);
  await workbench.settle();
}

/** What Jira itself counts for one JQL condition over the period, as the ISMS lead. */
async function jiraCount(workbench: Workbench, condition: string): Promise<number> {
  const jql = `${condition} AND created >= "${period.from}" AND created <= "${period.to} 23:59"`;
  const response = await workbench.jira.handle({
    method: 'POST',
    path: '/rest/api/3/search/jql',
    headers: {},
    actor: { kind: 'user', accountId: DEMO_USERS.ismsLead.accountId },
    body: { jql, fields: ['key'], maxResults: 5000 },
  });
  expect(response.status).toBe(200);
  return (response.body as { issues: unknown[] }).issues.length;
}

async function reviewPack(workbench: Workbench, accountId?: string): Promise<ReviewPack> {
  const view = await callEvidencePage<ReviewPackView>(workbench, 'reviewPack', period, accountId);
  if (!view.ok) throw new Error(view.error.message);
  return view.value.pack;
}

describe('the management review pack on the demo site', () => {
  it('counts two newly classified incidents in their domains, matching what Jira finds', async () => {
    const workbench = demoWorkbench();
    const before = await reviewPack(workbench);

    await classify(workbench, DEMO_ISSUE_KEYS.vpnOutage, { service: true, security: true, severity: 2 });
    await classify(workbench, DEMO_ISSUE_KEYS.modelDrift, { ai: true, severity: 3, aiHarm: 'drift' });
    const after = await reviewPack(workbench);

    // The demo seeds no classification: the two incidents are all the pack counts.
    expect(before.incidents.total).toBe(0);
    expect(after.incidents).toMatchObject({ total: 2, byDomain: { service: 1, security: 1, ai: 1 }, bySeverity: { '2': 1, '3': 1 } });
    expect(after.incidents.byDomain).toEqual({
      service: await jiraCount(workbench, 'imsClass.service = "true"'),
      security: await jiraCount(workbench, 'imsClass.security = "true"'),
      ai: await jiraCount(workbench, 'imsClass.ai = "true"'),
    });
    expect(after.truncated).toBe(false);
    expect(workbench.runtime.failures).toEqual([]);
  });

  it('shows every section: the register and the SoA come with the issues', async () => {
    const workbench = demoWorkbench();

    const pack = await reviewPack(workbench);

    expect(pack.soa.byStandard.map((row) => row.standard)).toEqual(['ISO27001', 'ISO42001']);
    expect(pack.soa.byStandard[0]!.applicable).toBeGreaterThan(0);
    expect(Object.keys(pack.risks.counts)).toEqual(['new', 'closed', 'raised', 'lowered', 'accepted', 'overdueReview']);
    expect(workbench.runtime.failures).toEqual([]);
  });

  it('lists a security nonconformity for the ISMS lead and nothing of SEC for a user who cannot browse it', async () => {
    const workbench = demoWorkbench();
    await linkToClauses(workbench, DEMO_ISSUE_KEYS.phishingCampaign, ['ISO27001:10.2']);
    await classify(workbench, DEMO_ISSUE_KEYS.phishingCampaign, { security: true, severity: 1 });

    const lead = await reviewPack(workbench);
    const agent = await reviewPack(workbench, DEMO_USERS.agent.accountId);
    const outsider = await reviewPack(workbench, DEMO_USERS.noAccess.accountId);

    expect(lead.nonconformities.items.map((item) => item.key)).toContain(DEMO_ISSUE_KEYS.phishingCampaign);
    for (const pack of [agent, outsider]) {
      expect(JSON.stringify(pack)).not.toMatch(/SEC-\d+/);
      expect(pack.nonconformities.items).toEqual([]);
      expect(pack.issuesScanned).toBeLessThan(lead.issuesScanned);
    }
  });

  it('exports the pack as a PDF', async () => {
    const workbench = demoWorkbench();

    const pdf = await callEvidencePage<PdfExport>(workbench, 'reviewPackPdf', period);

    expect(pdf).toMatchObject({ ok: true, value: { filename: 'management-review_2026-11-01_2026-11-24.pdf' } });
    expect(pdf.ok && Buffer.from(pdf.value.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses a period that is not a pair of calendar dates', async () => {
    const workbench = demoWorkbench();

    const pack = await callEvidencePage<ReviewPackView>(workbench, 'reviewPack', { from: 'last week', to: '2026-11-24' });

    expect(pack).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
