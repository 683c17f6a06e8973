import type { Workbench } from '../../../workbench/app/createWorkbench';
import { DEMO_ISSUE_KEYS, DEMO_USERS } from '../../../workbench/seed';
import { DEFAULT_CLASSIFICATION_SETTINGS } from '../../../src/ports/classificationSettings';
import { demoWorkbench } from './demoWorkbench';

type Reply = { ok: boolean; value?: { settings: Record<string, unknown> }; error?: { code: string; message: string; problems?: { field: string }[] } };

function invokeAdminAs(workbench: Workbench, accountId: string, functionKey: string, payload: unknown = {}): Promise<Reply> {
  return workbench.runtime.invokeResolver({
    functionKey,
    payload,
    context: { moduleKey: 'ims-admin-page', accountId, extension: { type: 'jira:adminPage' } },
  }) as Promise<Reply>;
}

function classifyAsAgent(workbench: Workbench) {
  const issue = workbench.jira.state.issues.find((candidate) => candidate.key === DEMO_ISSUE_KEYS.vpnOutage)!;
  return workbench.runtime.invokeResolver({
    functionKey: 'saveClassification',
    payload: { input: { security: true, severity: 2, confidentiality: 'high', awareAt: new Date(Date.now() - 60_000).toISOString() } },
    context: { moduleKey: 'ims-classification-panel', accountId: DEMO_USERS.agent.accountId, extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key } } },
  });
}

describe('the IMS classification admin page on the workbench', () => {
  it('shows the site admin the defaults, which escalate on the demo site', async () => {
    const workbench = demoWorkbench();

    const loaded = await invokeAdminAs(workbench, DEMO_USERS.admin.accountId, 'getSettings');
    await classifyAsAgent(workbench);
    await workbench.settle();

    expect(loaded).toMatchObject({ ok: true, value: { settings: DEFAULT_CLASSIFICATION_SETTINGS } });
    expect(workbench.jira.state.issues.filter((issue) => issue.summary.startsWith(`[SEC] ${DEMO_ISSUE_KEYS.vpnOutage}`))).toHaveLength(1);
    expect(workbench.runtime.failures).toEqual([]);
  });

  it('lets the site admin change the security summary prefix, which the next escalation uses', async () => {
    const workbench = demoWorkbench();

    const saved = await invokeAdminAs(workbench, DEMO_USERS.admin.accountId, 'saveSettings', { settings: { ...DEFAULT_CLASSIFICATION_SETTINGS, securitySummaryPrefix: '[ISMS]' } });
    await classifyAsAgent(workbench);
    await workbench.settle();

    expect(saved).toMatchObject({ ok: true, value: { settings: { securitySummaryPrefix: '[ISMS]' } } });
    expect((await invokeAdminAs(workbench, DEMO_USERS.admin.accountId, 'getSettings')).value?.settings.securitySummaryPrefix).toBe('[ISMS]');
    expect(workbench.jira.state.issues.filter((issue) => issue.summary.startsWith(`[ISMS] ${DEMO_ISSUE_KEYS.vpnOutage}`))).toHaveLength(1);
  });

  it('refuses the agent, who is not a Jira admin, and keeps the settings', async () => {
    const workbench = demoWorkbench();

    const saved = await invokeAdminAs(workbench, DEMO_USERS.agent.accountId, 'saveSettings', { settings: { ...DEFAULT_CLASSIFICATION_SETTINGS, securityProjectKey: 'SD' } });

    expect(saved).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invokeAdminAs(workbench, DEMO_USERS.agent.accountId, 'getSettings')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await invokeAdminAs(workbench, DEMO_USERS.admin.accountId, 'getSettings')).value?.settings.securityProjectKey).toBe('SEC');
  });

  it('refuses a bad configuration with a message naming the field', async () => {
    const workbench = demoWorkbench();

    const saved = await invokeAdminAs(workbench, DEMO_USERS.admin.accountId, 'saveSettings', { settings: { ...DEFAULT_CLASSIFICATION_SETTINGS, aiProjectKey: 'ai' } });

    expect(saved).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The AI governance project is a Jira project key, e.g. SEC', problems: [{ field: 'aiProjectKey' }] } });
  });
});
