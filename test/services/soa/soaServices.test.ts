import type { ClauseId } from '../../../src/domain/catalog';
import { editEntry } from '../../../src/services/soa/editEntry';
import { getSoa } from '../../../src/services/soa/getSoa';
import type { SoaPorts } from '../../../src/services/soa/ports';
import { exportSoaCsv, getSoaAlignment, getSoaHistory, getSoaSummary } from '../../../src/services/soa/soaReports';
import { AGENT, FakePeople, FakeSoaStore, LEAD, clock } from './fakes';

function soaPorts(): SoaPorts & { store: FakeSoaStore; people: FakePeople } {
  return { store: new FakeSoaStore(), people: new FakePeople(), clock };
}

const valueOf = <T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

const A51 = 'ISO27001:A.5.1' as ClauseId;
const A74 = 'ISO27001:A.7.4' as ClauseId;
const implementA51 = { applicable: true, justification: 'Policies set the direction of the ISMS', inclusionReasons: ['risk treatment' as const], implementationStatus: 'implemented' as const };

describe('the Statement of Applicability', () => {
  it('creates the 131 entries once when ten first uses arrive at the same time', async () => {
    const ports = soaPorts();

    const views = await Promise.all(Array.from({ length: 10 }, () => getSoa(ports, { accountId: LEAD }, { filter: 'all' })));

    expect(views.every((view) => view.ok && view.value.rows.length === 131)).toBe(true);
    expect(ports.store.created).toBe(131);
    expect(ports.store.entries.size).toBe(131);
  });

  it('lists one standard in Annex A order, 93 controls for 27001 and 38 for 42001', async () => {
    const ports = soaPorts();

    const iso27001 = valueOf(await getSoa(ports, { accountId: AGENT }, { standard: 'ISO27001', filter: 'all' }));
    const iso42001 = valueOf(await getSoa(ports, { accountId: AGENT }, { standard: 'ISO42001', filter: 'all' }));

    expect(iso27001.rows).toHaveLength(93);
    expect(iso27001.rows[0]?.entry.controlId).toBe('ISO27001:A.5.1');
    expect(iso42001.rows).toHaveLength(38);
    expect(iso27001.canEdit).toBe(false);
  });

  it('filters by implementation status through the status index', async () => {
    const ports = soaPorts();
    valueOf(await editEntry(ports, { accountId: LEAD }, { controlId: A51, edit: implementA51, expectedVersion: 1 }));

    const implemented = valueOf(await getSoa(ports, { accountId: LEAD }, { standard: 'ISO27001', filter: 'implemented' }));

    expect(implemented.rows.map((row) => row.entry.controlId)).toEqual(['ISO27001:A.5.1']);
    expect(ports.store.statusQueries).toBe(1);
  });

  it('lets an ISMS lead mark a control implemented, with the change in the summary and the history', async () => {
    const ports = soaPorts();

    const row = valueOf(await editEntry(ports, { accountId: LEAD }, { controlId: A51, edit: implementA51, expectedVersion: 1 }));
    const summary = valueOf(await getSoaSummary(ports));
    const history = valueOf(await getSoaHistory(ports, { controlId: A51, limit: 10 }));

    expect(row.entry).toMatchObject({ implementationStatus: 'implemented', version: 2, updatedBy: LEAD });
    expect(row.problems).toEqual([]);
    expect(summary.byStandard.ISO27001.implemented).toBe(1);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ actor: LEAD, entryVersion: 2, after: { implementationStatus: 'implemented' } });
  });

  it('refuses an exclusion without a justification and stores nothing', async () => {
    const ports = soaPorts();

    const result = await editEntry(ports, { accountId: LEAD }, { controlId: A74, edit: { applicable: false, justification: '' }, expectedVersion: 1 });

    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('Say why ISO27001:A.7.4 is excluded') } });
    expect(ports.store.entries.get('ISO27001:A.7.4')?.version).toBe(1);
    expect(ports.store.events).toHaveLength(0);
  });

  it('refuses an edit by someone who is not an ISMS lead', async () => {
    const ports = soaPorts();

    const result = await editEntry(ports, { accountId: AGENT }, { controlId: A51, edit: implementA51, expectedVersion: 1 });

    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(ports.store.events).toHaveLength(0);
  });

  it('refuses a stale edit, naming who changed the entry and when', async () => {
    const ports = soaPorts();
    valueOf(await editEntry(ports, { accountId: LEAD }, { controlId: A51, edit: implementA51, expectedVersion: 1 }));

    const stale = await editEntry(ports, { accountId: LEAD }, { controlId: A51, edit: { implementationStatus: 'partial' }, expectedVersion: 1 });

    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining(`changed by Sofia Lindqvist at ${clock.now().toISOString()}`) } });
    expect(ports.store.entries.get('ISO27001:A.5.1')?.implementationStatus).toBe('implemented');
  });

  it('stores exactly one of two edits made on the same version at the same time', async () => {
    const ports = soaPorts();
    await getSoa(ports, { accountId: LEAD }, { filter: 'all' });

    const results = await Promise.all([
      editEntry(ports, { accountId: LEAD }, { controlId: A51, edit: implementA51, expectedVersion: 1 }),
      editEntry(ports, { accountId: LEAD }, { controlId: A51, edit: { ...implementA51, implementationStatus: 'partial' }, expectedVersion: 1 }),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error.code === 'CONFLICT')).toHaveLength(1);
    expect(ports.store.events).toHaveLength(1);
  });

  it('exports every entry as CSV with the decision made', async () => {
    const ports = soaPorts();
    valueOf(await editEntry(ports, { accountId: LEAD }, { controlId: A51, edit: implementA51, expectedVersion: 1 }));

    const csv = valueOf(await exportSoaCsv(ports));

    const lines = csv.content.trim().split(/\r?\n/);
    expect(csv.filename).toBe('statement-of-applicability-2026-03-02.csv');
    expect(lines).toHaveLength(132);
    expect(lines.find((line) => line.includes('ISO27001:A.5.1,'))).toContain('implemented');
  });

  it('aligns 42001 controls with their high-confidence 27001 equivalents', async () => {
    const ports = soaPorts();

    const alignment = valueOf(await getSoaAlignment(ports));

    expect(alignment.length).toBeGreaterThan(0);
    expect(alignment.every((row) => row.controlId.startsWith('ISO42001:') && row.related.every((related) => related.controlId.startsWith('ISO27001:')))).toBe(true);
  });
});
