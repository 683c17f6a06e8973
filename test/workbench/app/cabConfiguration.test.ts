import type { Workbench } from '../../../workbench/app/createWorkbench';
import { DEMO_ISSUE_KEYS, DEMO_USERS } from '../../../workbench/seed';
import { DEFAULT_CAB_SETTINGS } from '../../../src/ports/cabSettings';
import type { CabView } from '../../../src/services/cab/cabView';
import { highRiskAnswers } from '../../unit/cab/fixtures';
import { demoWorkbench } from './demoWorkbench';

type Answered<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string; reason?: string; problems?: { field: string }[] } };

function invokeAdminAs<T>(workbench: Workbench, accountId: string, functionKey: string, payload: unknown = {}): Promise<Answered<T>> {
  return workbench.runtime.invokeResolver({ functionKey, payload, context: { moduleKey: 'ims-admin-page', accountId, extension: { type: 'jira:adminPage' } } }) as Promise<Answered<T>>;
}

function invokePanelAs<T>(workbench: Workbench, issueKey: string, accountId: string, functionKey: string, payload: unknown = {}): Promise<Answered<T>> {
  const issue = workbench.jira.state.issues.find((candidate) => candidate.key === issueKey)!;
  return workbench.runtime.invokeResolver({
    functionKey,
    payload,
    context: { moduleKey: 'cab-checklist', accountId, extension: { type: 'jira:issuePanel', issue: { id: issue.id, key: issue.key } } },
  }) as Promise<Answered<T>>;
}

/** The high-risk quorum raised from 2 to 3 CAB members. */
const quorumOfThree = {
  ...DEFAULT_CAB_SETTINGS,
  policy: { ...DEFAULT_CAB_SETTINGS.policy, byClass: { ...DEFAULT_CAB_SETTINGS.policy.byClass, high: [{ role: 'cab-member', count: 3 }, { role: 'security-approver', count: 1 }] } },
};

const fill = (workbench: Workbench) =>
  invokePanelAs<CabView>(workbench, DEMO_ISSUE_KEYS.postgresUpgrade, DEMO_USERS.requester.accountId, 'saveAnswers', { answers: highRiskAnswers(), changeType: 'normal', expectedVersion: 0 });

describe('the CAB configuration on the workbench admin page', () => {
  it('asks a new change for the CAB quorum the admin set', async () => {
    const workbench = demoWorkbench();

    const saved = await invokeAdminAs(workbench, DEMO_USERS.admin.accountId, 'saveCabSettings', { settings: quorumOfThree });
    const filled = await fill(workbench);

    expect(saved).toMatchObject({ ok: true });
    expect(filled).toMatchObject({ ok: true, value: { riskClass: 'high', missing: [{ role: 'cab-member', needed: 3, given: 0 }, { role: 'security-approver', needed: 1, given: 0 }] } });
    expect(workbench.runtime.failures).toEqual([]);
  });

  it('refuses the requester, who is not a Jira admin, and keeps the quorum', async () => {
    const workbench = demoWorkbench();

    const loaded = await invokeAdminAs(workbench, DEMO_USERS.requester.accountId, 'getCabSettings');
    const saved = await invokeAdminAs(workbench, DEMO_USERS.requester.accountId, 'saveCabSettings', { settings: quorumOfThree });
    const filled = await fill(workbench);

    expect(loaded).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(saved).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(filled).toMatchObject({ ok: true, value: { missing: [{ role: 'cab-member', needed: 2, given: 0 }, { role: 'security-approver', needed: 1, given: 0 }] } });
  });

  it('refuses a bad matrix naming the field', async () => {
    const workbench = demoWorkbench();

    const saved = await invokeAdminAs(workbench, DEMO_USERS.admin.accountId, 'saveCabSettings', { settings: { ...DEFAULT_CAB_SETTINGS, matrix: [['low']] } });

    expect(saved).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('matrix') } });
  });

  it('answers "not a change" on an issue that is not of a change type', async () => {
    const workbench = demoWorkbench();

    const loaded = await invokePanelAs(workbench, DEMO_ISSUE_KEYS.vpnOutage, DEMO_USERS.admin.accountId, 'getCab');

    expect(loaded).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'NOT_A_CHANGE', message: expect.stringMatching(/not a change/) } });
  });
});
