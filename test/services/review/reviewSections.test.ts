import type { ClauseId } from '../../../src/domain/catalog';
import type { EvidenceIssue } from '../../../src/domain/evidence';
import { buildInitialSoa, type SoaEntry } from '../../../src/domain/soa';
import { buildReviewPack } from '../../../src/services/review/buildReviewPack';
import { FakeSoaStore } from '../soa/fakes';
import { rawIssue, reviewPorts } from './fakeReviewJira';

const period = { from: '2026-01-01', to: '2026-03-31' };
const now = new Date('2026-04-30T00:00:00Z');

async function packOf(ports: ReturnType<typeof reviewPorts>) {
  const pack = await buildReviewPack(ports, period);
  if (!pack.ok) throw new Error(pack.error.message);
  return pack.value;
}

describe('failed changes in the management review', () => {
  it('lists changes resolved "Rolled back" or "Failed" and changes labelled failed-change, with their risk class', async () => {
    const ports = reviewPorts([
      rawIssue({ created: '2026-01-05T00:00:00Z', resolved: '2026-01-09T00:00:00Z', resolution: 'Rolled back', cab: { status: 'approved', risk: 'high' } }),
      rawIssue({ created: '2026-01-06T00:00:00Z', resolved: '2026-01-09T00:00:00Z', resolution: 'Failed', cab: { status: 'approved', risk: 'medium' } }),
      rawIssue({ created: '2026-01-07T00:00:00Z', labels: ['failed-change'], cab: { status: 'approved' } }),
      rawIssue({ created: '2026-01-08T00:00:00Z', resolved: '2026-01-09T00:00:00Z', cab: { status: 'approved', risk: 'low' } }),
    ]);

    const { changes } = await packOf(ports);

    expect(changes.failed).toBe(3);
    expect(changes.failedChanges.map((change) => [change.riskClass, change.failedBecause])).toEqual([
      ['high', 'resolution Rolled back'],
      ['medium', 'resolution Failed'],
      ['unscored', 'label failed-change'],
    ]);
  });

  it('does not count a rolled-back issue that is not a change', async () => {
    const ports = reviewPorts([rawIssue({ created: '2026-01-05T00:00:00Z', resolved: '2026-01-09T00:00:00Z', resolution: 'Rolled back', classification: { service: true } })]);

    const { changes } = await packOf(ports);

    expect(changes.failed).toBe(0);
  });
});

describe('nonconformities and corrective actions in the management review', () => {
  it('ages an open nonconformity to today and a resolved one to its resolution', async () => {
    const ports = reviewPorts(
      [
        rawIssue({ created: '2025-12-01T08:00:00Z', clauses: ['ISO27001:10.2'], type: 'Audit finding' }),
        rawIssue({ created: '2026-04-10T08:00:00Z', clauses: ['ISO20000-1:10.1'], type: 'Corrective action' }),
        rawIssue({ created: '2026-01-01T00:00:00Z', resolved: '2026-01-21T00:00:00Z', clauses: ['ISO42001:10.2'] }),
      ],
      { now },
    );

    const { nonconformities } = await packOf(ports);

    expect(nonconformities.items.map((item) => [item.type, item.ageDays, item.isResolved])).toEqual([
      ['Audit finding', 149, false],
      ['Corrective action', 19, false],
      ['Task', 20, true],
    ]);
    expect(nonconformities.openByAge).toEqual({ '0–30 days': 1, '31–90 days': 0, 'over 90 days': 1 });
    expect(nonconformities.medianDaysToResolve).toBe(20);
  });
});

describe('SoA coverage in the management review', () => {
  const recent = new Date(now.getTime() - 10 * 86_400_000).toISOString();
  const old = new Date(now.getTime() - 300 * 86_400_000).toISOString();
  const evidence = (id: number, clause: string, updated: string): EvidenceIssue => ({
    id: String(id),
    key: `SD-${id}`,
    summary: '',
    type: 'Task',
    status: 'Done',
    resolutiondate: null,
    updated,
    assignee: null,
    clauses: [clause as ClauseId],
  });

  async function soaWith(decide: (entry: SoaEntry) => SoaEntry): Promise<FakeSoaStore> {
    const store = new FakeSoaStore();
    await store.initialise(buildInitialSoa().map(decide));
    return store;
  }

  it('counts applicable, implemented, evidenced, stale and unevidenced controls per standard from one search', async () => {
    const soa = await soaWith((entry) => {
      if (entry.controlId === 'ISO27001:A.5.1') return { ...entry, implementationStatus: 'implemented' };
      if (entry.controlId === 'ISO27001:A.5.2') return { ...entry, applicable: false };
      return entry;
    });
    const ports = reviewPorts([], { soa, now, evidence: [evidence(1, 'ISO27001:A.5.1', recent), evidence(2, 'ISO27001:A.5.3', old)] });

    const { soa: coverage } = await packOf(ports);

    const iso27001 = coverage.byStandard.find((row) => row.standard === 'ISO27001')!;
    expect(iso27001).toMatchObject({ implemented: 1, withEvidence: 2, stale: 1 });
    expect(iso27001.missing).toBe(iso27001.applicable - 2);
    expect(coverage.staleControls[0]).toEqual({ controlId: 'ISO27001:A.5.3', title: expect.any(String), implementationStatus: 'not started', evidenceCount: 1, lastEvidenceDate: old.slice(0, 10) });
    expect(coverage.staleControls.some((control) => control.controlId === 'ISO27001:A.5.2')).toBe(false);
    expect(ports.evidenceSearch.requests).toHaveLength(1);
  });
});
