import type { ClauseId } from '../../../src/domain/catalog';
import type { EvidenceIssue } from '../../../src/domain/evidence';
import { buildInitialSoa } from '../../../src/domain/soa';
import type { SoaEvidenceScan, SoaEvidenceScanStore } from '../../../src/ports/soaEvidenceScans';
import { scanSoaEvidence, soaEvidence, type SoaEvidenceChunk, type SoaEvidenceScanDeps } from '../../../src/services/soa/soaEvidence';
import { FakeRiskStore } from '../risk/fakes';
import { NOW } from './fakes';
import { FakePagedSearch } from './soaFakes';

const A524 = 'ISO27001:A.5.24' as ClauseId;
const A51 = 'ISO27001:A.5.1' as ClauseId;
const entries = buildInitialSoa();
const recent = new Date(NOW.getTime() - 5 * 86_400_000).toISOString();
const issues: EvidenceIssue[] = Array.from({ length: 2_450 }, (_, index) => ({
  id: String(index + 1),
  key: `SD-${index + 1}`,
  summary: '',
  type: 'Incident',
  status: 'Done',
  resolutiondate: null,
  updated: recent,
  assignee: null,
  clauses: [index % 3 === 0 ? A524 : A51],
}));

/** Scans kept as the KVS adapter keeps them: a JSON round trip, one per user. */
class MemoryScans implements SoaEvidenceScanStore {
  readonly stored = new Map<string, string>();
  async load(accountId: string) {
    const text = this.stored.get(accountId);
    return text === undefined ? undefined : (JSON.parse(text) as SoaEvidenceScan);
  }
  async save(accountId: string, scan: SoaEvidenceScan) {
    this.stored.set(accountId, JSON.stringify(scan));
  }
  async clear(accountId: string) {
    this.stored.delete(accountId);
  }
}

/** One invocation's deps: each search page it fetches "takes" 1 s of its budget. */
function deps(search: FakePagedSearch, scans: MemoryScans): SoaEvidenceScanDeps {
  const before = search.requests.length;
  return { search, risks: new FakeRiskStore(), scans, elapsedMs: () => (search.requests.length - before) * 1_000 };
}

const valueOf = (result: { ok: true; value: SoaEvidenceChunk } | { ok: false; error: { message: string } }): SoaEvidenceChunk => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('SoA evidence counted in chunks that each fit one invocation', () => {
  it('stops at the time budget, resumes from the stored page and gives the counts of one uninterrupted search', async () => {
    const search = new FakePagedSearch(issues);
    const scans = new MemoryScans();
    const chunks: SoaEvidenceChunk[] = [];

    chunks.push(valueOf(await scanSoaEvidence(deps(search, scans), 'lead', entries, { now: NOW, budgetMs: 10_000 })));
    while (chunks.at(-1)?.status === 'running') {
      chunks.push(valueOf(await scanSoaEvidence(deps(search, scans), 'lead', entries, { now: NOW, resume: true, budgetMs: 10_000 })));
    }
    const whole = await soaEvidence({ search: new FakePagedSearch(issues), risks: new FakeRiskStore() }, entries, NOW);

    expect(chunks.map((chunk) => chunk.status)).toEqual(['running', 'running', 'done']);
    expect(chunks[0]).toEqual({ status: 'running', searchCalls: 10, issuesScanned: 1_000 });
    expect(search.requests).toHaveLength(25);
    const done = chunks.at(-1)!;
    expect(done.status === 'done' && done.controls).toEqual(whole.controls);
    expect(done).toMatchObject({ searchCalls: 25, issuesScanned: 2_450 });
    expect(scans.stored.size).toBe(0);
  });

  it('refuses to resume a count that does not exist, and one for another threshold', async () => {
    const scans = new MemoryScans();
    const search = new FakePagedSearch(issues);
    valueOf(await scanSoaEvidence(deps(search, scans), 'lead', entries, { now: NOW, budgetMs: 3_000 }));

    const otherUser = await scanSoaEvidence(deps(search, scans), 'agent', entries, { now: NOW, resume: true });
    const otherThreshold = await scanSoaEvidence(deps(search, scans), 'lead', entries, { now: NOW, resume: true, staleAfterDays: 30 });

    expect(otherUser).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(otherThreshold).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
