import { AuditDraftSchema, type AuditDraft } from '../../../src/domain/audit/auditPlan';
import { createAudit, editAudit, saveProcessOwners, saveProgramme } from '../../../src/services/audit/programmeCommands';
import { setAuditIssueKey } from '../../../src/services/audit/programmeAuditLink';
import type { ProgrammePorts } from '../../../src/services/audit/programmePorts';
import { getProgrammeView } from '../../../src/services/audit/programmeView';
import { buildInitialSoa } from '../../../src/domain/soa';
import { AGENT, FakePeople, FakeSoaStore, LEAD, OWNER, clock } from '../soa/fakes';
import { FakeAuditStore } from './programmeFakes';

function ports(): ProgrammePorts & { store: FakeAuditStore; soa: FakeSoaStore } {
  return { store: new FakeAuditStore(), soa: new FakeSoaStore(), people: new FakePeople(), clock };
}

const lead = { accountId: LEAD };
const draft = (overrides: Partial<Record<keyof AuditDraft, unknown>> = {}): AuditDraft =>
  AuditDraftSchema.parse({ title: 'Operation', scope: { refs: ['ISO20000-1:8'], processes: [], projects: [] }, criteria: '', plannedStart: '2026-03-02', plannedEnd: '2026-03-04', leadAuditor: LEAD, team: [], status: 'planned', ...overrides });

async function withProgramme(standards: string[] = ['ISO20000-1', 'ISO27001', 'ISO42001']) {
  const p = ports();
  const saved = await saveProgramme(p, lead, { programme: { cycleStartYear: 2026, cycleYears: 3, standards: standards as never }, expectedVersion: 0 });
  if (!saved.ok) throw new Error(saved.error.message);
  return p;
}

describe('audit programme services', () => {
  it('gives ten audits planned at the same time ten different ids', async () => {
    const p = await withProgramme();

    const results = await Promise.all(Array.from({ length: 10 }, () => createAudit(p, lead, { audit: draft() })));

    const ids = results.map((result) => (result.ok ? result.value.id : result.error.message));
    expect(new Set(ids).size).toBe(10);
    expect(ids.every((id) => /^AUD-\d+$/.test(id))).toBe(true);
  });

  it('refuses to plan an audit before the programme exists, or outside its cycle', async () => {
    const empty = ports();
    const p = await withProgramme();

    expect(await createAudit(empty, lead, { audit: draft() })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('Set up the programme') } });
    expect(await createAudit(p, lead, { audit: draft({ plannedStart: '2030-01-01', plannedEnd: '2030-01-02' }) })).toMatchObject({ ok: false, error: { message: expect.stringContaining('2026–2028') } });
  });

  it('refuses scope from a standard the programme leaves out', async () => {
    const p = await withProgramme(['ISO20000-1']);

    const answer = await createAudit(p, lead, { audit: draft({ scope: { refs: ['ISO27001:A.8'], processes: [], projects: [] } }) });

    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('belongs to ISO27001, which is not in the programme') } });
  });

  it('refuses the agent any change to the programme', async () => {
    const p = await withProgramme();

    expect(await createAudit(p, { accountId: AGENT }, { audit: draft() })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await saveProcessOwners(p, { accountId: AGENT }, { groups: [], expectedVersion: 0 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses the second of two edits made on the same version, naming who saved first', async () => {
    const p = await withProgramme();
    await createAudit(p, lead, { audit: draft() });
    await editAudit(p, lead, { id: 'AUD-1', audit: draft({ title: 'Operation, first edit' }), expectedVersion: 1 });

    const stale = await editAudit(p, lead, { id: 'AUD-1', audit: draft({ title: 'Operation, second edit' }), expectedVersion: 1 });

    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('changed by Sofia Lindqvist at 2026-03-02 09:00 UTC') } });
    expect(p.store.audits.get('AUD-1')?.title).toBe('Operation, first edit');
  });

  it('refuses to assign a process owner as auditor of their clause group, naming them and the group', async () => {
    const p = await withProgramme();
    await saveProcessOwners(p, lead, { groups: [{ group: 'ISO20000-1:8.5.1' as never, owners: [OWNER] }], expectedVersion: 0 });

    const answer = await createAudit(p, lead, { audit: draft({ team: [OWNER] }) });

    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Daniel Okafor cannot be audit team member: they own the process for ISO20000-1:8.5.1/) } });
    expect(p.store.audits.size).toBe(0);
  });

  it('flags an existing audit whose auditor became a process owner later', async () => {
    const p = await withProgramme();
    await createAudit(p, lead, { audit: draft({ team: [OWNER] }) });
    await saveProcessOwners(p, lead, { groups: [{ group: 'ISO20000-1:8' as never, owners: [OWNER] }], expectedVersion: 0 });

    const view = await getProgrammeView(p, lead);

    expect(view.ok && view.value.audits[0]?.conflicts).toEqual([expect.stringContaining('Daniel Okafor cannot be audit team member')]);
  });

  it('leaves a control the SoA excludes out of the coverage', async () => {
    const p = await withProgramme(['ISO27001']);
    await p.soa.initialise(buildInitialSoa().map((entry) => (entry.controlId === 'ISO27001:A.5.1' ? { ...entry, applicable: false } : entry)));
    p.soa.initialised = true;

    const view = await getProgrammeView(p, lead);

    const iso27001 = view.ok ? view.value.coverage?.standards[0] : undefined;
    expect(iso27001?.controls).toEqual({ covered: 0, total: 92 });
    expect(iso27001?.rows.some((row) => row.id === 'ISO27001:A.5.1')).toBe(false);
  });

  it('records the audit issue once, idempotently, and refuses a second key', async () => {
    const p = await withProgramme();
    await createAudit(p, lead, { audit: draft() });

    const first = await setAuditIssueKey(p, { id: 'AUD-1', issueKey: 'AUDIT-7', expectedVersion: 1 }, 'app');
    const again = await setAuditIssueKey(p, { id: 'AUD-1', issueKey: 'AUDIT-7', expectedVersion: 1 }, 'app');
    const other = await setAuditIssueKey(p, { id: 'AUD-1', issueKey: 'AUDIT-8', expectedVersion: 2 }, 'app');

    expect(first).toMatchObject({ ok: true, value: { issueKey: 'AUDIT-7', version: 2 } });
    expect(again).toMatchObject({ ok: true, value: { version: 2 } });
    expect(other).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
