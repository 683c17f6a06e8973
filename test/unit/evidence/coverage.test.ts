import { coverageFromCheckpoint, createCoverageAggregator } from '../../../src/domain/evidence';
import { issue, setup } from './coverageFixtures';

describe('coverage per clause', () => {
  it('counts direct evidence, evidence via a mapped clause, and names the mapped clause', () => {
    const coverage = createCoverageAggregator(setup());
    coverage.add(issue(1, ['ISO27001:A.8.32']));
    coverage.add(issue(2, ['ISO20000-1:8.5.1']));
    coverage.add(issue(3, ['ISO20000-1:8.5.1', 'ISO27001:A.8.32']));
    const row = coverage.report().rows.find((candidate) => candidate.clause === 'ISO27001:A.8.32');
    expect(row).toMatchObject({ direct: 2, viaMapped: 1, via: [{ source: 'ISO20000-1:8.5.1', count: 1 }], status: 'covered' });
    expect(row?.drillDown.find((entry) => entry.issue.key === 'SD-2')?.via).toBe('ISO20000-1:8.5.1');
    expect(row?.drillDown.find((entry) => entry.issue.key === 'SD-3')?.via).toBeUndefined();
  });

  it('lists clauses without any evidence as gaps', () => {
    const coverage = createCoverageAggregator(setup());
    coverage.add(issue(1, ['ISO27001:A.8.32']));
    expect(coverage.report().gaps).toEqual(['ISO27001:A.5.1', 'ISO27001:A.5.24']);
  });

  it('flags a clause stale when its latest evidence is older than the last 90 days of the period', () => {
    const coverage = createCoverageAggregator(setup());
    coverage.add(issue(1, ['ISO27001:A.5.24'], '2025-11-30T23:00:00.000+0000'));
    coverage.add(issue(2, ['ISO27001:A.8.32'], '2025-12-01T08:00:00.000+0000'));
    const report = coverage.report();
    // the period ends 2026-02-28: 90 days before is 2025-11-30
    expect(report.rows.find((row) => row.clause === 'ISO27001:A.5.24')).toMatchObject({ lastEvidenceDate: '2025-11-30', isStale: true, status: 'stale' });
    expect(report.rows.find((row) => row.clause === 'ISO27001:A.8.32')).toMatchObject({ lastEvidenceDate: '2025-12-01', isStale: false });
    expect(report.stale).toEqual(['ISO27001:A.5.24']);
    expect(report.totals).toEqual({ ISO27001: { covered: 1, stale: 1, missing: 1 } });
  });

  it('never counts an issue twice when a replayed page brings it again', () => {
    const coverage = createCoverageAggregator(setup());
    expect(coverage.add(issue(1, ['ISO27001:A.8.32']))).toBe(true);
    expect(coverage.add(issue(1, ['ISO27001:A.8.32']))).toBe(false);
    expect(coverage.report().rows.find((row) => row.clause === 'ISO27001:A.8.32')?.direct).toBe(1);
    expect(coverage.issuesCounted).toBe(1);
  });

  it('keeps only the newest issues per clause for the drill-down and says how many more there are', () => {
    const coverage = createCoverageAggregator(setup(3));
    for (let day = 1; day <= 9; day += 1) coverage.add(issue(day, ['ISO27001:A.8.32'], `2026-01-0${day}T10:00:00.000+0000`));
    const row = coverage.report().rows.find((candidate) => candidate.clause === 'ISO27001:A.8.32');
    expect(row?.drillDown.map((entry) => entry.issue.key)).toEqual(['SD-9', 'SD-8', 'SD-7']);
    expect(row?.drillDownOmitted).toBe(6);
    expect(row?.direct).toBe(9);
  });

  it('resumes from a checkpoint with the same counts and still refuses issues it counted before', () => {
    const first = createCoverageAggregator(setup());
    first.add(issue(1, ['ISO27001:A.8.32']));
    first.add(issue(2, ['ISO20000-1:8.5.1']));
    const stored = JSON.parse(JSON.stringify(first.toCheckpoint()));
    const resumed = coverageFromCheckpoint(stored);
    if (!resumed.ok) throw new Error(resumed.error.message);
    expect(resumed.value.add(issue(2, ['ISO20000-1:8.5.1']))).toBe(false);
    resumed.value.add(issue(3, ['ISO27001:A.5.24']));
    first.add(issue(3, ['ISO27001:A.5.24']));
    expect(resumed.value.report()).toEqual(first.report());
  });

  it('refuses a corrupt checkpoint with a message instead of half-reading it', () => {
    const checkpoint = createCoverageAggregator(setup()).toCheckpoint();
    expect(coverageFromCheckpoint({ ...checkpoint, counted: 'not ids!' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/counted/) },
    });
    expect(coverageFromCheckpoint({ ...checkpoint, rows: [] })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no row for ISO27001:A.5.1/) } });
  });

  it('refuses an issue id that is not a Jira id, since counting depends on it', () => {
    expect(() => createCoverageAggregator(setup()).add({ ...issue(1, []), id: 'SD-1' })).toThrow(/positive integers/);
  });

  it('grows its checkpoint by about 3 bytes an issue: the drill-down part is bounded by clauses × limit', () => {
    const coverage = createCoverageAggregator(setup());
    const clauses = ['ISO27001:A.8.32', 'ISO27001:A.5.24', 'ISO20000-1:8.5.1', 'ISO27001:A.5.1'];
    for (let n = 0; n < 10000; n += 1) coverage.add(issue(n * 3, [clauses[n % 4] as string], `2025-${String((n % 12) + 1).padStart(2, '0')}-15T10:00:00.000+0000`));
    const checkpoint = coverage.toCheckpoint();
    expect(checkpoint.counted.length).toBeLessThan(3 * 10000);
    expect(checkpoint.issues.length).toBeLessThanOrEqual(3 * 50);
  });
});
