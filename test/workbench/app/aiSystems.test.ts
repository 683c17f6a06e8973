import { DEMO_USERS } from '../../../workbench/seed';
import type { Workbench } from '../../../workbench/app/createWorkbench';
import type { AiSystemRegisterView } from '../../../src/services/aiSystems/listAiSystems';
import type { AiSystemRow } from '../../../src/services/aiSystems/presentAiSystem';
import { demoWorkbench } from './demoWorkbench';

type Answered<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

function invokeAs<T>(workbench: Workbench, accountId: string, functionKey: string, payload: unknown = {}): Promise<Answered<T>> {
  return workbench.runtime.invokeResolver({ functionKey, payload, context: { moduleKey: 'ai-systems-page', accountId, extension: { type: 'jira:fullPage' } } }) as Promise<Answered<T>>;
}

function valueOf<T>(answer: Answered<T>): T {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

const system = {
  name: 'Ticket triage model',
  purpose: 'Suggests the category and priority of incoming service desk tickets',
  owner: DEMO_USERS.aiOwner.accountId,
  lifecycleStage: 'deployment',
  impactAssessmentDue: '2030-01-31',
};

describe('the AI system register on the workbench', () => {
  it('numbers systems created at the same time AIS-1 and AIS-2 and lists them by owner', async () => {
    const workbench = demoWorkbench();

    const created = await Promise.all([
      invokeAs<AiSystemRow>(workbench, DEMO_USERS.ismsLead.accountId, 'createAiSystem', { system }),
      invokeAs<AiSystemRow>(workbench, DEMO_USERS.ismsLead.accountId, 'createAiSystem', { system: { ...system, name: 'Chat assistant' } }),
    ]);
    const mine = valueOf(await invokeAs<AiSystemRegisterView>(workbench, DEMO_USERS.aiOwner.accountId, 'listAiSystems', { owner: DEMO_USERS.aiOwner.accountId }));

    expect(created.map((answer) => valueOf(answer).system.id).sort()).toEqual(['AIS-1', 'AIS-2']);
    expect(mine.rows.map((row) => row.system.id)).toEqual(['AIS-1', 'AIS-2']);
    expect(mine.rows.every((row) => row.canEdit)).toBe(true);
    expect(mine.people[DEMO_USERS.aiOwner.accountId]).toBe(DEMO_USERS.aiOwner.displayName);
  });

  it('flags a deployed system without an impact assessment, and finds it by lifecycle stage', async () => {
    const workbench = demoWorkbench();
    valueOf(await invokeAs<AiSystemRow>(workbench, DEMO_USERS.ismsLead.accountId, 'createAiSystem', { system }));

    const deployed = valueOf(await invokeAs<AiSystemRegisterView>(workbench, DEMO_USERS.agent.accountId, 'listAiSystems', { lifecycleStage: 'deployment' }));
    const inDesign = valueOf(await invokeAs<AiSystemRegisterView>(workbench, DEMO_USERS.agent.accountId, 'listAiSystems', { lifecycleStage: 'design' }));

    expect(deployed.rows[0]?.problems).toEqual(['AIS-1 is in deployment without an AI system impact assessment']);
    expect(deployed.rows[0]?.canEdit).toBe(false);
    expect(inDesign.rows).toEqual([]);
  });

  it('lets the owner record the impact assessment, and refuses the agent', async () => {
    const workbench = demoWorkbench();
    valueOf(await invokeAs<AiSystemRow>(workbench, DEMO_USERS.ismsLead.accountId, 'createAiSystem', { system }));
    const assessed = { ...system, lastImpactAssessment: { on: '2026-01-15', result: 'Low impact: an agent reviews every suggestion' } };

    const byOwner = valueOf(await invokeAs<AiSystemRow>(workbench, DEMO_USERS.aiOwner.accountId, 'editAiSystem', { id: 'AIS-1', system: assessed, expectedVersion: 1 }));
    const byAgent = await invokeAs<AiSystemRow>(workbench, DEMO_USERS.agent.accountId, 'editAiSystem', { id: 'AIS-1', system, expectedVersion: 2 });

    expect(byOwner.problems).toEqual([]);
    expect(byAgent).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
