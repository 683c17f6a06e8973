import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { builtinCatalog } from '../../../src/domain/catalog';
import { coverageMatrixCsv, createCoverageAggregator, evidenceListCsv, spreadsheetSafe } from '../../../src/domain/evidence';
import { issue, setup } from './coverageFixtures';

const BOM = '\ufeff';
const DANGEROUS = /^[=+\-@\t\r]/;
const cellText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', 'a,b', 'say "hi"', 'line\nbreak', 'Müller'),
);

const readCsv = (csv: string): string[][] => parse(csv.slice(BOM.length), { relax_column_count: true });

function reportWith(summary: string, assignee: string) {
  const coverage = createCoverageAggregator(setup());
  coverage.add({ ...issue(1, ['ISO27001:A.8.32']), summary, assignee });
  return coverage.report();
}

describe('CSV exports', () => {
  it('start with a UTF-8 byte order mark and a header', () => {
    const csv = coverageMatrixCsv(reportWith('x', 'y'), builtinCatalog());
    expect(csv.startsWith(BOM)).toBe(true);
    expect(readCsv(csv)[0]).toEqual(['Clause', 'Title', 'Status', 'Direct evidence', 'Evidence via mapped clauses', 'Via', 'Last evidence', 'Stale']);
  });

  it('write one matrix row per clause with counts, via, last evidence and staleness', () => {
    const coverage = createCoverageAggregator(setup());
    coverage.add(issue(1, ['ISO20000-1:8.5.1'], '2026-01-10T09:00:00.000+0000'));
    const rows = readCsv(coverageMatrixCsv(coverage.report(), builtinCatalog()));
    expect(rows.find((row) => row[0] === 'ISO27001:A.8.32')).toEqual([
      'ISO27001:A.8.32', 'Change management', 'covered', '0', '1', 'ISO20000-1:8.5.1 (1)', '2026-01-10', 'no',
    ]);
    expect(rows.find((row) => row[0] === 'ISO27001:A.5.1')).toEqual(['ISO27001:A.5.1', expect.any(String), 'missing', '0', '0', '', '', 'no']);
  });

  it('link each drill-down issue to Jira when given the site', () => {
    const rows = readCsv(evidenceListCsv(reportWith('Patch', 'Ada'), { siteUrl: 'https://example.test/' }));
    expect(rows[1]).toEqual(['ISO27001:A.8.32', 'SD-1', 'Patch', 'Change', 'Done', '2026-01-10T09:00:00.000+0000', 'Ada', '', 'https://example.test/browse/SD-1']);
  });

  it('neutralise cells a spreadsheet would run as a formula, and read back every other cell unchanged', () => {
    fc.assert(
      fc.property(cellText, cellText, (summary, assignee) => {
        const rows = readCsv(evidenceListCsv(reportWith(summary, assignee)));
        const [, , readSummary, , , , readAssignee] = rows[1] ?? [];
        for (const [written, read] of [[summary, readSummary], [assignee, readAssignee]] as const) {
          expect(read).toBe(DANGEROUS.test(written) ? `'${written}` : written);
          expect(read).not.toMatch(DANGEROUS);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leave safe text alone and prefix each dangerous start', () => {
    expect(['=1', '+1', '-1', '@a', '\t1', '\r1', 'a=1', ''].map(spreadsheetSafe)).toEqual(["'=1", "'+1", "'-1", "'@a", "'\t1", "'\r1", 'a=1', '']);
  });
});
