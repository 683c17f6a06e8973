import fc from 'fast-check';
import { coverageFromCheckpoint, createCoverageAggregator, type CoverageAggregator, type EvidenceIssue } from '../../../src/domain/evidence';
import { issue, setup } from './coverageFixtures';

const CLAUSES = ['ISO27001:A.8.32', 'ISO27001:A.5.24', 'ISO27001:A.5.1', 'ISO20000-1:8.5.1', 'ISO20000-1:8.7.3.1', 'ISO42001:A.2.2'];

const anIssue = fc.record({
  n: fc.integer({ min: 1, max: 60 }),
  clauses: fc.subarray(CLAUSES),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
});
// Issues with one fixed content per id: a replay brings the same issue again.
const issues = fc.uniqueArray(anIssue, { selector: (candidate) => candidate.n, maxLength: 40 }).map((list) =>
  list.map(({ n, clauses, day, month }) =>
    issue(n, clauses, `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T10:00:00.000+0000`),
  ),
);

const pagesOf = (list: EvidenceIssue[], size: number): EvidenceIssue[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, index) => list.slice(index * size, (index + 1) * size));

function run(pages: EvidenceIssue[][], aggregator: CoverageAggregator = createCoverageAggregator(setup(5))): CoverageAggregator {
  for (const page of pages) for (const item of page) aggregator.add(item);
  return aggregator;
}

describe('coverage over pages', () => {
  it('gives the same report whatever the order and duplication of the pages', () => {
    fc.assert(
      fc.property(issues, fc.integer({ min: 1, max: 7 }), fc.infiniteStream(fc.nat()), fc.integer({ min: 0, max: 5 }), (list, size, randoms, replays) => {
        const pages = pagesOf(list, size);
        const iterator = randoms[Symbol.iterator]();
        const next = (): number => iterator.next().value as number;
        const replayed = [...pages, ...Array.from({ length: pages.length === 0 ? 0 : replays }, () => pages[next() % pages.length] as EvidenceIssue[])];
        const shuffled = replayed.map((page) => ({ page, key: next() })).sort((a, b) => a.key - b.key).map(({ page }) => page);
        expect(run(shuffled).report()).toEqual(run(pages).report());
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same report when the job stops after any page and resumes from its checkpoint, replaying that page', () => {
    fc.assert(
      fc.property(issues, fc.integer({ min: 1, max: 7 }), fc.nat(), (list, size, stopAt) => {
        const pages = pagesOf(list, size);
        const stop = pages.length === 0 ? 0 : stopAt % pages.length;
        const before = run(pages.slice(0, stop + 1));
        const resumed = coverageFromCheckpoint(JSON.parse(JSON.stringify(before.toCheckpoint())));
        if (!resumed.ok) throw new Error(resumed.error.message);
        expect(run(pages.slice(stop), resumed.value).report()).toEqual(run(pages).report());
      }),
      { numRuns: 200 },
    );
  });

  it('counts each issue once per clause: direct plus via never exceeds the distinct issues', () => {
    fc.assert(
      fc.property(issues, (list) => {
        const report = run([list, list]).report();
        expect(report.issuesCounted).toBe(list.length);
        for (const row of report.rows) expect(row.direct + row.viaMapped).toBeLessThanOrEqual(list.length);
      }),
    );
  });
});
