import { builtinCatalog, type ClauseId } from '../../../src/domain/catalog';
import { evidenceSourcesFor, type EvidenceIssue } from '../../../src/domain/evidence';
import { buildInitialSoa } from '../../../src/domain/soa';
import { editEntry } from '../../../src/services/soa/editEntry';
import { soaEvidence, soaEvidenceSearch } from '../../../src/services/soa/soaEvidence';
import { layoutSoaPdf } from '../../../src/services/soa/soaPdf';
import { approveSoaVersion, diffSoaVersions, exportSoaPdf, listSoaVersions, type SoaVersionPorts } from '../../../src/services/soa/soaVersions';
import { FakeRiskStore } from '../risk/fakes';
import { recordedRisk } from '../../unit/risk/fixtures';
import { AGENT, FakePeople, FakeSoaStore, LEAD, NOW, clock } from './fakes';
import { FakePagedSearch, FakeSnapshotStore } from './soaFakes';
import { JastBuilder } from '@atlaskit/jql-ast';

const A524 = 'ISO27001:A.5.24' as ClauseId;
const A51 = 'ISO27001:A.5.1' as ClauseId;

const valueOf = <T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

function issue(id: number, clauses: string[], updated: string): EvidenceIssue {
  return { id: String(id), key: `SD-${id}`, summary: '', type: 'Incident', status: 'Done', resolutiondate: null, updated, assignee: null, clauses: clauses as ClauseId[] };
}

function versionPorts(): SoaVersionPorts & { store: FakeSoaStore; snapshots: FakeSnapshotStore } {
  return { store: new FakeSoaStore(), people: new FakePeople(), clock, snapshots: new FakeSnapshotStore() };
}

describe('SoA evidence per control', () => {
  const entries = buildInitialSoa();
  const recent = new Date(NOW.getTime() - 5 * 86_400_000).toISOString();
  const old = new Date(NOW.getTime() - 200 * 86_400_000).toISOString();

  it('counts 1,050 linked issues for all 131 controls with one search of 11 pages', async () => {
    const issues = Array.from({ length: 1050 }, (_, index) => issue(index + 1, [index % 2 === 0 ? A524 : A51], recent));
    const search = new FakePagedSearch(issues);

    const view = await soaEvidence({ search, risks: new FakeRiskStore() }, entries, NOW);

    expect(search.requests).toHaveLength(11);
    expect(new Set(search.requests.map((request) => request.jql)).size).toBe(1);
    expect(view.searchCalls).toBe(11);
    expect(view.controls).toHaveLength(131);
    expect(view.controls.find((control) => control.controlId === A524)).toMatchObject({ evidenceCount: 525, stale: false, lastEvidenceDate: recent.slice(0, 10) });
  });

  it('asks only for the evidence date and the clause-links property, with JQL that parses', async () => {
    const search = new FakePagedSearch([]);

    await soaEvidence({ search, risks: new FakeRiskStore() }, entries, NOW);

    expect(search.requests[0]).toMatchObject({ fields: ['updated'], properties: ['imsLinks'] });
    expect(new JastBuilder().build(soaEvidenceSearch(entries.map((entry) => entry.controlId)).jql).errors).toEqual([]);
  });

  it('counts an issue linked to a high-confidence equivalent in another standard', async () => {
    const source = evidenceSourcesFor(A524, builtinCatalog())[0]?.clause;
    expect(source).toBeDefined();
    const search = new FakePagedSearch([issue(7, [source as string], recent)]);

    const view = await soaEvidence({ search, risks: new FakeRiskStore() }, entries, NOW);

    expect(view.controls.find((control) => control.controlId === A524)?.evidenceCount).toBe(1);
  });

  it('flags a control stale when its latest evidence is older than the configured days, or when it has none', async () => {
    const search = new FakePagedSearch([issue(1, [A524], old), issue(2, [A51], recent)]);

    const view = await soaEvidence({ search, risks: new FakeRiskStore() }, entries, NOW, 90);
    const longer = await soaEvidence({ search, risks: new FakeRiskStore() }, entries, NOW, 365);

    const of = (controls: typeof view.controls, id: string) => controls.find((control) => control.controlId === id);
    expect(of(view.controls, A524)).toMatchObject({ evidenceCount: 1, stale: true });
    expect(of(view.controls, A51)).toMatchObject({ evidenceCount: 1, stale: false });
    expect(of(view.controls, 'ISO27001:A.5.2')).toMatchObject({ evidenceCount: 0, stale: true, lastEvidenceDate: null });
    expect(of(longer.controls, A524)?.stale).toBe(false);
  });

  it('lists the open risks of the register that call for each control', async () => {
    const risks = new FakeRiskStore();
    for (const id of ['R-1', 'R-2']) {
      const risk = recordedRisk({ title: `Risk ${id}` }, id);
      risks.risks.set(risk.id, { ...risk, controls: [A524] });
    }

    const view = await soaEvidence({ search: new FakePagedSearch([]), risks }, entries, NOW);

    expect(view.controls.find((control) => control.controlId === A524)?.risks).toEqual(['R-1', 'R-2']);
  });
});

describe('approved SoA versions', () => {
  const implementA51 = { applicable: true, justification: 'Policies set the direction', inclusionReasons: ['risk treatment' as const], implementationStatus: 'implemented' as const };

  it('approves v1 and v2 with who and when, newest first', async () => {
    const ports = versionPorts();

    valueOf(await approveSoaVersion(ports, { accountId: LEAD }));
    valueOf(await approveSoaVersion(ports, { accountId: LEAD }));
    const list = valueOf(await listSoaVersions(ports, { limit: 10 }));

    expect(list.versions.map((version) => [version.version, version.approvedBy, version.approvedAt])).toEqual([[2, LEAD, NOW.toISOString()], [1, LEAD, NOW.toISOString()]]);
    expect(list.people[LEAD]).toBe('Sofia Lindqvist');
  });

  it('refuses an approval by someone who is not an ISMS lead', async () => {
    const ports = versionPorts();

    expect(await approveSoaVersion(ports, { accountId: AGENT })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(ports.snapshots.stored.size).toBe(0);
  });

  it('gives two approvals at the same time different version numbers', async () => {
    const ports = versionPorts();

    const approved = await Promise.all([approveSoaVersion(ports, { accountId: LEAD }), approveSoaVersion(ports, { accountId: LEAD })]);

    expect(approved.map((result) => valueOf(result).version).sort()).toEqual([1, 2]);
  });

  it('keeps an approved version unchanged when the SoA is edited afterwards', async () => {
    const ports = versionPorts();
    valueOf(await approveSoaVersion(ports, { accountId: LEAD }));

    valueOf(await editEntry(ports, { accountId: LEAD }, { controlId: A51, edit: implementA51, expectedVersion: 1 }));
    const v1 = await ports.snapshots.read(1);

    expect(v1?.entries.find((entry) => entry.controlId === A51)).toMatchObject({ implementationStatus: 'not started', version: 1 });
    expect(v1?.summary.overall.implemented).toBe(0);
  });

  it('diffs two versions by applicability, status and justification per control', async () => {
    const ports = versionPorts();
    valueOf(await approveSoaVersion(ports, { accountId: LEAD }));
    valueOf(await editEntry(ports, { accountId: LEAD }, { controlId: A51, edit: implementA51, expectedVersion: 1 }));
    valueOf(await approveSoaVersion(ports, { accountId: LEAD }));

    const diff = valueOf(await diffSoaVersions(ports, { from: 1, to: 2 }));
    const none = valueOf(await diffSoaVersions(ports, { from: 2, to: 'current' }));

    expect(diff).toEqual([{ controlId: A51, changes: [
      { field: 'implementationStatus', from: 'not started', to: 'implemented' },
      { field: 'justification', from: '', to: 'Policies set the direction' },
    ] }]);
    expect(none).toEqual([]);
    expect(await diffSoaVersions(ports, { from: 1, to: 9 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the SoA as PDF', () => {
  it('exports the 131 entries as a PDF of more than one page', async () => {
    const ports = versionPorts();

    const pdf = valueOf(await exportSoaPdf(ports, {}));
    const pages = layoutSoaPdf({ entries: buildInitialSoa(), summary: { byStandard: {} as never, overall: { total: 131, applicable: 131, excluded: 0, implemented: 0, partial: 0, notStarted: 131, implementedPercent: 0, incomplete: 131 } }, version: null, generatedAt: NOW, people: {} }).bufferedPageRange().count;

    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.filename).toBe('statement-of-applicability-2026-03-02.pdf');
    expect(pages).toBeGreaterThan(1);
  });

  it('exports an approved version under its number', async () => {
    const ports = versionPorts();
    valueOf(await approveSoaVersion(ports, { accountId: LEAD }));

    expect(valueOf(await exportSoaPdf(ports, { version: 1 })).filename).toBe('statement-of-applicability-v1.pdf');
    expect(await exportSoaPdf(ports, { version: 4 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
