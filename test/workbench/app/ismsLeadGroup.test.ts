import type { Workbench } from '../../../workbench/app/createWorkbench';
import { DEFAULT_CLASSIFICATION_SETTINGS } from '../../../src/ports/classificationSettings';
import { DEMO_USERS } from '../../../workbench/seed';
import { demoWorkbench } from './demoWorkbench';

type Answered = { ok: boolean; error?: { code: string; message: string } };

function invoke(workbench: Workbench, moduleKey: string, accountId: string, functionKey: string, payload: unknown): Promise<Answered> {
  const type = moduleKey === 'ims-admin-page' ? 'jira:adminPage' : 'jira:fullPage';
  return workbench.runtime.invokeResolver({ functionKey, payload, context: { moduleKey, accountId, extension: { type } } }) as Promise<Answered>;
}

const chair = DEMO_USERS.cabChair.accountId;
const lead = DEMO_USERS.ismsLead.accountId;
const editA51 = { controlId: 'ISO27001:A.5.1', edit: { applicable: true, justification: 'Policy set approved', inclusionReasons: ['risk treatment'], implementationStatus: 'implemented' }, expectedVersion: 1 };
const system = { name: 'Triage assistant', purpose: 'Suggests incident categories', owner: DEMO_USERS.aiOwner.accountId, lifecycleStage: 'operation' };
const risk = { title: 'Change window overruns', category: 'service', owner: chair, inherent: { likelihood: 3, impact: 3 }, residual: { likelihood: 2, impact: 2 }, treatment: 'mitigate', controls: [] };

describe('the ISMS lead group set on the admin page', () => {
  it('decides who keeps the SoA, the AI system register and the risk register, and the refusals name it', async () => {
    const workbench = demoWorkbench();
    const saved = await invoke(workbench, 'ims-admin-page', DEMO_USERS.admin.accountId, 'saveSettings', { settings: { ...DEFAULT_CLASSIFICATION_SETTINGS, ismsLeadGroup: 'cab-members' } });
    expect(saved).toMatchObject({ ok: true });

    const refusedLead = await invoke(workbench, 'soa-page', lead, 'editSoaEntry', editA51);
    expect(refusedLead).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('cab-members') } });
    expect(await invoke(workbench, 'soa-page', chair, 'editSoaEntry', editA51)).toMatchObject({ ok: true });
    expect(await invoke(workbench, 'ai-systems-page', chair, 'createAiSystem', { system })).toMatchObject({ ok: true });
    expect(await invoke(workbench, 'ai-systems-page', lead, 'createAiSystem', { system })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke(workbench, 'risk-register-page', chair, 'createRisk', { risk })).toMatchObject({ ok: true });
    expect(await invoke(workbench, 'risk-register-page', lead, 'createRisk', { risk })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
