import type { Workbench } from '../../../workbench/app/createWorkbench';
import { DEMO_ISSUE_KEYS, DEMO_USERS } from '../../../workbench/seed';
import { LINK_TYPE_IDS } from '../../../workbench/seed/siteCatalog';
import { demoWorkbench } from './demoWorkbench';

// The app's clock is the machine's: "aware at" must not be in its future.
const awareAt = () => new Date(Date.now() - 60 * 60 * 1000).toISOString();

const securityAndServiceSev2 = () => ({ service: true, security: true, severity: 2, confidentiality: 'high', personalData: true, awareAt: awareAt() });

function vpnOutage(workbench: Workbench) {
  return workbench.jira.state.issues.find((issue) => issue.key === DEMO_ISSUE_KEYS.vpnOutage)!;
}

function invokeAs(workbench: Workbench, accountId: string, functionKey: string, payload: unknown = {}) {
  const issue = vpnOutage(workbench);
  return workbench.runtime.invokeResolver({
    functionKey,
    payload,
    context: { moduleKey: 'ims-classification-panel', accountId, extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key } } },
  }) as Promise<{ ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } }>;
}

function escalationsOf(workbench: Workbench) {
  const origin = vpnOutage(workbench);
  const { state } = workbench.jira;
  return state.links
    .filter((link) => link.typeId === LINK_TYPE_IDS.escalates && link.inwardIssueId === origin.id)
    .map((link) => state.issues.find((issue) => issue.id === link.outwardIssueId)!)
    .filter((issue) => issue.key.startsWith('SEC-'));
}

async function searchKeys(workbench: Workbench, jql: string): Promise<string[]> {
  const response = await workbench.jira.handle({ method: 'POST', path: '/rest/api/3/search/jql', headers: {}, actor: { kind: 'app' }, body: { jql, fields: ['key'] } });
  expect(response.status).toBe(200);
  return (response.body as { issues: { key: string }[] }).issues.map((issue) => issue.key);
}

describe('classifying an incident on the workbench', () => {
  it('escalates Security + Service Sev 2 once: priority High, one linked SEC issue, a comment on the origin', async () => {
    const workbench = demoWorkbench();
    const commentsBefore = vpnOutage(workbench).comments.length;

    const saved = await invokeAs(workbench, DEMO_USERS.agent.accountId, 'saveClassification', { input: securityAndServiceSev2() });
    await workbench.settle();

    expect(saved).toMatchObject({ ok: true, value: { issueKey: DEMO_ISSUE_KEYS.vpnOutage, display: 'Security + Service · Sev 2 · C · Personal data', canEdit: true } });
    const origin = vpnOutage(workbench);
    expect(workbench.jira.state.priorities.find((priority) => priority.id === origin.priorityId)?.name).toBe('High');
    const [security, ...more] = escalationsOf(workbench);
    expect(more).toHaveLength(0);
    expect(security!.summary).toContain(`[SEC] ${DEMO_ISSUE_KEYS.vpnOutage}`);
    expect(origin.comments.length).toBe(commentsBefore + 1);
    expect(JSON.stringify(origin.comments.at(-1)!.body)).toContain(security!.key);
    expect(workbench.runtime.failures).toEqual([]);
  });

  it('shows the escalation and the GDPR 72 h clock when the panel loads', async () => {
    const workbench = demoWorkbench();
    await invokeAs(workbench, DEMO_USERS.agent.accountId, 'saveClassification', { input: securityAndServiceSev2() });
    await workbench.settle();

    const loaded = await invokeAs(workbench, DEMO_USERS.agent.accountId, 'getClassification');

    const value = loaded.value as { escalations: { domain: string; state: string }[]; clocks: { clocks: { regime: string }[] } };
    expect(value.escalations).toEqual(
      expect.arrayContaining([expect.objectContaining({ domain: 'security', state: 'done' }), expect.objectContaining({ domain: 'service', state: 'done' })]),
    );
    expect(value.clocks.clocks.map((clock) => clock.regime)).toContain('GDPR Art. 33');
  });

  it('still creates exactly one security issue when every trigger is delivered three times', async () => {
    const workbench = demoWorkbench();
    workbench.triggers.knobs.copies = 3;

    await invokeAs(workbench, DEMO_USERS.agent.accountId, 'saveClassification', { input: securityAndServiceSev2() });
    await workbench.settle();

    expect(escalationsOf(workbench)).toHaveLength(1);
    expect(workbench.jira.state.issues.filter((issue) => issue.summary.startsWith(`[SEC] ${DEMO_ISSUE_KEYS.vpnOutage}`))).toHaveLength(1);
  });

  it('finds the classified issue with JQL over the field aliases', async () => {
    const workbench = demoWorkbench();
    await invokeAs(workbench, DEMO_USERS.agent.accountId, 'saveClassification', { input: securityAndServiceSev2() });
    await workbench.settle();

    expect(await searchKeys(workbench, 'imsClass.security = "true" AND imsClass.severity <= 2')).toContain(DEMO_ISSUE_KEYS.vpnOutage);
  });

  it('refuses a user who may see but not edit the issue, and changes nothing', async () => {
    const workbench = demoWorkbench();
    const origin = vpnOutage(workbench);
    const sd = workbench.jira.state.projects.find((project) => project.key === 'SD')!;
    sd.permissions.BROWSE_PROJECTS = [...(sd.permissions.BROWSE_PROJECTS ?? []), { accountId: DEMO_USERS.requester.accountId }];
    const before = structuredClone({ fields: origin.customFields, priority: origin.priorityId, comments: origin.comments.length, issues: workbench.jira.state.issues.length });

    const saved = await invokeAs(workbench, DEMO_USERS.requester.accountId, 'saveClassification', { input: securityAndServiceSev2() });
    await workbench.settle();

    expect(saved).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect({ fields: origin.customFields, priority: origin.priorityId, comments: origin.comments.length, issues: workbench.jira.state.issues.length }).toEqual(before);
    expect((await invokeAs(workbench, DEMO_USERS.requester.accountId, 'getClassification')).value).toMatchObject({ canEdit: false });
  });

  it('saves with one invoke and three REST calls as the user when nothing new escalates', async () => {
    const workbench = demoWorkbench();
    await invokeAs(workbench, DEMO_USERS.agent.accountId, 'saveClassification', { input: securityAndServiceSev2() });
    await workbench.settle();
    workbench.runtime.resetMetrics();

    await invokeAs(workbench, DEMO_USERS.agent.accountId, 'saveClassification', { input: { ...securityAndServiceSev2(), integrity: 'low' } });

    expect(workbench.runtime.metrics.invocations.resolver).toBe(1);
    expect(workbench.runtime.metrics.restCalls.asUser).toBe(3);
  });

  it('answers NOT_FOUND to a user who cannot see the issue', async () => {
    const workbench = demoWorkbench();

    const loaded = await invokeAs(workbench, DEMO_USERS.noAccess.accountId, 'getClassification');

    expect(loaded).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('explains each invalid input by field and writes nothing', async () => {
    const workbench = demoWorkbench();

    const saved = await invokeAs(workbench, DEMO_USERS.agent.accountId, 'saveClassification', { input: { severity: 7 } });

    expect(saved).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', problems: expect.arrayContaining([expect.objectContaining({ field: 'severity' })]) } });
    expect(Object.values(vpnOutage(workbench).customFields).filter((value) => value !== null)).toEqual([]);
  });
});
