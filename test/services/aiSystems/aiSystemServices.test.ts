import type { NewAiSystem } from '../../../src/domain/aiSystems';
import { createAiSystem } from '../../../src/services/aiSystems/createAiSystem';
import { editAiSystem } from '../../../src/services/aiSystems/editAiSystem';
import { getAiSystem } from '../../../src/services/aiSystems/getAiSystem';
import { listAiSystems } from '../../../src/services/aiSystems/listAiSystems';
import type { AiSystemPorts } from '../../../src/services/aiSystems/ports';
import { AGENT, FakeAiSystemStore, FakePeople, LEAD, OWNER, clock } from '../soa/fakes';

function aiPorts(): AiSystemPorts & { store: FakeAiSystemStore } {
  return { store: new FakeAiSystemStore(), people: new FakePeople(), clock };
}

const valueOf = <T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

const triage: NewAiSystem = {
  name: 'Ticket triage model',
  purpose: 'Suggests the category and priority of incoming service desk tickets',
  owner: OWNER,
  lifecycleStage: 'operation',
  impactAssessmentDue: '2026-02-01',
  lastImpactAssessment: { on: '2025-02-01', result: 'Low impact: suggestions are reviewed by an agent' },
  linkedRisks: ['R-3'],
};

describe('the AI system register', () => {
  it('gives systems created at the same time distinct AIS numbers', async () => {
    const ports = aiPorts();

    const rows = await Promise.all([createAiSystem(ports, { accountId: LEAD }, { system: triage }), createAiSystem(ports, { accountId: LEAD }, { system: { ...triage, name: 'Chat assistant' } })]);

    expect(rows.map((row) => valueOf(row).system.id).sort()).toEqual(['AIS-1', 'AIS-2']);
    expect(ports.store.events.map((event) => event.kind)).toEqual(['ai-system-created', 'ai-system-created']);
  });

  it('refuses to add a system for someone who is not an ISMS lead', async () => {
    const ports = aiPorts();

    const result = await createAiSystem(ports, { accountId: OWNER }, { system: triage });

    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(ports.store.systems.size).toBe(0);
  });

  it('flags a system in operation whose impact assessment is overdue', async () => {
    const ports = aiPorts();
    valueOf(await createAiSystem(ports, { accountId: LEAD }, { system: triage }));

    const view = valueOf(await listAiSystems(ports, { accountId: AGENT }, { onlyWithProblems: true }));

    expect(view.rows.map((row) => row.problems)).toEqual([['The impact assessment of AIS-1 was due on 2026-02-01']]);
    expect(view.canCreate).toBe(false);
    expect(view.people[OWNER]).toBe('Daniel Okafor');
  });

  it('lets the owner edit their system and records the change', async () => {
    const ports = aiPorts();
    valueOf(await createAiSystem(ports, { accountId: LEAD }, { system: triage }));

    const row = valueOf(await editAiSystem(ports, { accountId: OWNER }, { id: 'AIS-1', system: { ...triage, impactAssessmentDue: '2026-09-01' }, expectedVersion: 1 }));
    const detail = valueOf(await getAiSystem(ports, { accountId: OWNER }, { id: 'AIS-1' }));

    expect(row.problems).toEqual([]);
    expect(row.system).toMatchObject({ version: 2, updatedBy: OWNER });
    expect(detail.history.map((event) => event.kind)).toEqual(['ai-system-edited', 'ai-system-created']);
  });

  it('refuses an edit by someone who neither owns the system nor leads the ISMS', async () => {
    const ports = aiPorts();
    valueOf(await createAiSystem(ports, { accountId: LEAD }, { system: triage }));

    const result = await editAiSystem(ports, { accountId: AGENT }, { id: 'AIS-1', system: { ...triage, lifecycleStage: 'retirement' }, expectedVersion: 1 });

    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(ports.store.systems.get('AIS-1')?.lifecycleStage).toBe('operation');
  });

  it('refuses a stale edit, naming who changed the system', async () => {
    const ports = aiPorts();
    valueOf(await createAiSystem(ports, { accountId: LEAD }, { system: triage }));
    valueOf(await editAiSystem(ports, { accountId: OWNER }, { id: 'AIS-1', system: { ...triage, lifecycleStage: 'deployment' }, expectedVersion: 1 }));

    const stale = await editAiSystem(ports, { accountId: LEAD }, { id: 'AIS-1', system: { ...triage, lifecycleStage: 'retirement' }, expectedVersion: 1 });

    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('changed by Daniel Okafor') } });
    expect(ports.store.systems.get('AIS-1')?.lifecycleStage).toBe('deployment');
  });

  it('answers NOT_FOUND for a system that is not in the register', async () => {
    expect(await getAiSystem(aiPorts(), { accountId: LEAD }, { id: 'AIS-9' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
