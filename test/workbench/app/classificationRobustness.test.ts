import type { Workbench } from '../../../workbench/app/createWorkbench';
import { DEMO_ISSUE_KEYS, DEMO_NOW, DEMO_USERS } from '../../../workbench/seed';
import { LINK_TYPE_IDS } from '../../../workbench/seed/siteCatalog';
import { demoWorkbench } from './demoWorkbench';

const HOUR = 60 * 60 * 1000;
// The app's clock is the machine's: "aware at" must not be in its future.
const awareAt = new Date(Date.now() - HOUR).toISOString();
const securityAndServiceSev2 = { service: true, security: true, severity: 2, confidentiality: 'high', personalData: true, awareAt };

type Reply = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };

function vpnOutage(workbench: Workbench) {
  return workbench.jira.state.issues.find((issue) => issue.key === DEMO_ISSUE_KEYS.vpnOutage)!;
}

function classificationFieldId(workbench: Workbench): string {
  return workbench.jira.state.fields.find((field) => field.forgeModuleKey === 'ims-classification')!.id;
}

function invokeAs(workbench: Workbench, accountId: string, functionKey: string, payload: unknown = {}): Promise<Reply> {
  const issue = vpnOutage(workbench);
  return workbench.runtime.invokeResolver({
    functionKey,
    payload,
    context: { moduleKey: 'ims-classification-panel', accountId, extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key } } },
  }) as Promise<Reply>;
}

const classify = (workbench: Workbench, input: unknown) => invokeAs(workbench, DEMO_USERS.agent.accountId, 'saveClassification', { input });

function securityEscalations(workbench: Workbench) {
  const origin = vpnOutage(workbench);
  const { state } = workbench.jira;
  return state.links
    .filter((link) => link.typeId === LINK_TYPE_IDS.escalates && link.inwardIssueId === origin.id)
    .map((link) => state.issues.find((issue) => issue.id === link.outwardIssueId)!)
    .filter((issue) => issue.key.startsWith('SEC-'));
}

const securityIssuesFor = (workbench: Workbench) => workbench.jira.state.issues.filter((issue) => issue.summary.startsWith(`[SEC] ${DEMO_ISSUE_KEYS.vpnOutage}`));

async function searchKeys(workbench: Workbench, jql: string): Promise<string[]> {
  const response = await workbench.jira.handle({ method: 'POST', path: '/rest/api/3/search/jql', headers: {}, actor: { kind: 'app' }, body: { jql, fields: ['key'] } });
  expect(response.status).toBe(200);
  return (response.body as { issues: { key: string }[] }).issues.map((issue) => issue.key);
}

const jqlDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('the classification notifyBy date on the workbench', () => {
  it('stores the earliest due time (the NIS2 early warning, 24 h) with the saved value', async () => {
    const workbench = demoWorkbench();

    await classify(workbench, securityAndServiceSev2);
    await workbench.settle();

    const stored = vpnOutage(workbench).customFields[classificationFieldId(workbench)] as { notifyBy?: string };
    expect(stored.notifyBy).toBe(new Date(Date.parse(awareAt) + 24 * HOUR).toISOString());
  });

  it('finds the issue with imsClass.notifyBy before a later date, and not before an earlier one', async () => {
    const workbench = demoWorkbench();
    await classify(workbench, securityAndServiceSev2);
    await workbench.settle();

    expect(await searchKeys(workbench, `imsClass.notifyBy < "${jqlDate(Date.parse(awareAt) + 3 * 24 * HOUR)}"`)).toContain(DEMO_ISSUE_KEYS.vpnOutage);
    expect(await searchKeys(workbench, `imsClass.notifyBy < "${jqlDate(Date.parse(awareAt) - 24 * HOUR)}"`)).not.toContain(DEMO_ISSUE_KEYS.vpnOutage);
  });

  it('compares imsClass.notifyBy with now() as with the site clock written out (overdue searches)', async () => {
    const workbench = demoWorkbench();
    await classify(workbench, securityAndServiceSev2);
    await workbench.settle();
    const siteNow = DEMO_NOW.toISOString().slice(0, 16).replace('T', ' ');

    for (const operator of ['<', '>']) {
      expect(await searchKeys(workbench, `imsClass.notifyBy ${operator} now()`)).toEqual(await searchKeys(workbench, `imsClass.notifyBy ${operator} "${siteNow}"`));
    }
    expect([...(await searchKeys(workbench, 'imsClass.notifyBy < now()')), ...(await searchKeys(workbench, 'imsClass.notifyBy > now()'))]).toContain(DEMO_ISSUE_KEYS.vpnOutage);
  });

  it('fills in a missing notifyBy from the trigger with one write, whose own trigger writes nothing', async () => {
    const workbench = demoWorkbench();
    const origin = vpnOutage(workbench);
    const fieldId = classificationFieldId(workbench);
    // As a REST client or an older app version would store it: complete, but without notifyBy.
    const withoutNotifyBy = { ...securityAndServiceSev2, ai: false, integrity: 'none', availability: 'none' };
    workbench.runtime.resetMetrics();

    const written = await workbench.jira.handle({ method: 'PUT', path: `/rest/api/3/issue/${origin.id}`, headers: {}, actor: { kind: 'app' }, body: { fields: { [fieldId]: withoutNotifyBy } } });
    await workbench.settle();

    expect(written.status).toBeLessThan(300);
    expect((vpnOutage(workbench).customFields[fieldId] as { notifyBy?: string }).notifyBy).toBe(new Date(Date.parse(awareAt) + 24 * HOUR).toISOString());
    // The app's two issue edits: the priority (service escalation) and one notifyBy refresh; the triggers these
    // fire find the value current, so no further write follows and the workbench settles.
    expect(workbench.runtime.metrics.restCalls.byOperation['PUT /rest/api/3/issue/{issueIdOrKey}']).toBe(2);
    expect(workbench.runtime.failures).toEqual([]);
  });
});

describe('classification escalation under faults and unruly delivery', () => {
  it('retries issue creation after a 429 and then creates exactly one security issue', async () => {
    const workbench = demoWorkbench();
    workbench.jira.faults.add({ method: 'POST', pathPattern: '/rest/api/3/issue', status: 429, retryAfterSeconds: 1, times: 1 });

    const saved = await classify(workbench, securityAndServiceSev2);
    await workbench.settle();

    expect(saved.ok).toBe(true);
    expect(securityEscalations(workbench)).toHaveLength(1);
    expect(securityIssuesFor(workbench)).toHaveLength(1);
    expect(workbench.runtime.failures).toEqual([]);
  });

  it('creates no duplicate when the triggers of two saves arrive three times each, late and in reverse order', async () => {
    const workbench = demoWorkbench();
    Object.assign(workbench.triggers.knobs, { copies: 3, hold: true, reverseOnRelease: true });

    await classify(workbench, { ...securityAndServiceSev2, service: false, severity: 3 });
    await classify(workbench, securityAndServiceSev2);
    await workbench.triggers.release();
    await workbench.settle();

    expect(securityEscalations(workbench)).toHaveLength(1);
    expect(securityIssuesFor(workbench)).toHaveLength(1);
    const origin = vpnOutage(workbench);
    expect(workbench.jira.state.priorities.find((priority) => priority.id === origin.priorityId)?.name).toBe('High');
  });

  it('creates no duplicate when three copies of every trigger run concurrently', async () => {
    const workbench = demoWorkbench();
    workbench.triggers.knobs.copies = 3;

    await Promise.all([classify(workbench, securityAndServiceSev2), classify(workbench, { ...securityAndServiceSev2, integrity: 'low' })]);
    await workbench.settle();

    expect(securityEscalations(workbench)).toHaveLength(1);
    expect(securityIssuesFor(workbench)).toHaveLength(1);
  });

  it('tells a user without Browse permission that the issue cannot be found, and changes nothing', async () => {
    const workbench = demoWorkbench();
    const snapshot = () => structuredClone({ issues: workbench.jira.state.issues, links: workbench.jira.state.links });
    const before = snapshot();

    const saved = await invokeAs(workbench, DEMO_USERS.noAccess.accountId, 'saveClassification', { input: securityAndServiceSev2 });
    await workbench.settle();

    expect(saved).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'The issue does not exist or you do not have permission to see it.' } });
    expect(snapshot()).toEqual(before);
  });
});
