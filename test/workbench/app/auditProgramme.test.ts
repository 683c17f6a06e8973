import { DEMO_USERS } from '../../../workbench/seed';
import type { Workbench } from '../../../workbench/app/createWorkbench';
import type { Audit } from '../../../src/domain/audit/auditPlan';
import type { ProgrammeView } from '../../../src/services/audit/programmeView';
import { demoWorkbench } from './demoWorkbench';

type Answered<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

function invokeAs<T>(workbench: Workbench, accountId: string, functionKey: string, payload: unknown = {}): Promise<Answered<T>> {
  return workbench.runtime.invokeResolver({ functionKey, payload, context: { moduleKey: 'audit-programme-page', accountId, extension: { type: 'jira:fullPage' } } }) as Promise<Answered<T>>;
}

function valueOf<T>(answer: Answered<T>): T {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

const lead = DEMO_USERS.ismsLead.accountId;
const changeManager = DEMO_USERS.cabChair;
const draft = (refs: string[], extra: Partial<Record<string, unknown>> = {}) => ({
  title: 'Service operation',
  scope: { refs, processes: ['Change management'], projects: ['CHG'] },
  criteria: 'ISO/IEC 20000-1:2018 clause 8',
  plannedStart: '2026-03-02',
  plannedEnd: '2026-03-06',
  leadAuditor: lead,
  team: [],
  status: 'planned',
  ...extra,
});

async function withProgramme(workbench: Workbench): Promise<void> {
  valueOf(await invokeAs(workbench, lead, 'saveProgramme', { programme: { cycleStartYear: 2026, cycleYears: 3, standards: ['ISO20000-1', 'ISO27001', 'ISO42001'] }, expectedVersion: 0 }));
}

describe('the audit programme on the workbench', () => {
  it('starts empty on the demo site, readable by everyone signed in', async () => {
    const workbench = demoWorkbench();

    const view = valueOf(await invokeAs<ProgrammeView>(workbench, DEMO_USERS.agent.accountId, 'getProgramme'));

    expect(view).toMatchObject({ programme: null, audits: [], coverage: null, canEdit: false });
  });

  it('plans AUD-1 and shows what the three standards still miss', async () => {
    const workbench = demoWorkbench();
    await withProgramme(workbench);

    const audit = valueOf(await invokeAs<Audit>(workbench, lead, 'createAudit', { audit: draft(['ISO20000-1:8']) }));
    const view = valueOf(await invokeAs<ProgrammeView>(workbench, lead, 'getProgramme'));

    expect(audit.id).toBe('AUD-1');
    const service = view.coverage?.standards.find((standard) => standard.standard === 'ISO20000-1');
    expect(service?.missed.map((missed) => missed.id)).toEqual(['ISO20000-1:4', 'ISO20000-1:5', 'ISO20000-1:6', 'ISO20000-1:7', 'ISO20000-1:9', 'ISO20000-1:10']);
    expect(view.coverage?.standards.find((standard) => standard.standard === 'ISO27001')?.controls).toEqual({ covered: 0, total: 93 });
    expect(view.people[lead]).toBe(DEMO_USERS.ismsLead.displayName);
  });

  it('refuses the change manager as auditor of an audit touching the clause group they own, naming them', async () => {
    const workbench = demoWorkbench();
    await withProgramme(workbench);
    valueOf(await invokeAs(workbench, lead, 'saveProcessOwners', { groups: [{ group: 'ISO20000-1:8.5.1', owners: [changeManager.accountId] }], expectedVersion: 0 }));

    const answer = await invokeAs<Audit>(workbench, lead, 'createAudit', { audit: draft(['ISO20000-1:8'], { team: [changeManager.accountId] }) });

    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining(`${changeManager.displayName} cannot be audit team member`) } });
    expect(!answer.ok && answer.error.message).toContain('ISO20000-1:8.5.1');
  });

  it('refuses a stale edit with who changed the audit', async () => {
    const workbench = demoWorkbench();
    await withProgramme(workbench);
    valueOf(await invokeAs<Audit>(workbench, lead, 'createAudit', { audit: draft(['ISO20000-1:8']) }));
    valueOf(await invokeAs<Audit>(workbench, lead, 'editAudit', { id: 'AUD-1', audit: draft(['ISO20000-1:8', 'ISO20000-1:9']), expectedVersion: 1 }));

    const stale = await invokeAs<Audit>(workbench, lead, 'editAudit', { id: 'AUD-1', audit: draft(['ISO20000-1:10']), expectedVersion: 1 });

    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining(`changed by ${DEMO_USERS.ismsLead.displayName} at`) } });
  });

  it('refuses the agent a plan change, checked against their Jira groups', async () => {
    const workbench = demoWorkbench();

    const answer = await invokeAs(workbench, DEMO_USERS.agent.accountId, 'saveProgramme', { programme: { cycleStartYear: 2026, cycleYears: 3, standards: ['ISO27001'] }, expectedVersion: 0 });

    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('exports the plan as CSV and the programme as PDF', async () => {
    const workbench = demoWorkbench();
    await withProgramme(workbench);
    valueOf(await invokeAs<Audit>(workbench, lead, 'createAudit', { audit: draft(['ISO20000-1:8'], { title: '=HYPERLINK("x")' }) }));

    const plan = valueOf(await invokeAs<{ filename: string; content: string }>(workbench, lead, 'exportProgrammeCsv', { kind: 'plan' }));
    const coverage = valueOf(await invokeAs<{ filename: string; content: string }>(workbench, lead, 'exportProgrammeCsv', { kind: 'coverage' }));
    const pdf = valueOf(await invokeAs<{ filename: string; contentBase64: string }>(workbench, lead, 'exportProgrammePdf'));

    expect(plan.content.startsWith('\uFEFFaudit,title')).toBe(true);
    expect(plan.content).toContain(`AUD-1,"'=HYPERLINK(""x"")"`);
    expect(coverage.content).toContain('ISO20000-1:8.5.1,clause,Change management,covered,AUD-1');
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
