import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { acceptRisk, escapeCell, importRisksCsv, risksCsv, safeCsv, unescapeCell } from '../../../src/domain/risk';
import { NOW, OWNER, recordedRisk } from './fixtures';

const DANGEROUS_START = /^[=+\-@\t\r]/;
const HEADER = 'title,category,owner,inherentLikelihood,inherentImpact,treatment,controls,residualLikelihood,residualImpact';
const cellsOf = (csv: string): string[][] => parse(csv, { bom: true });

describe('risk register CSV export', () => {
  it('starts with a UTF-8 byte order mark and the header', () => {
    const csv = risksCsv([recordedRisk()]);
    expect(csv.startsWith('\uFEFFid,title,description,category,owner,')).toBe(true);
  });

  it('writes one row per risk with its classes and acceptance state', () => {
    const accepted = acceptRisk(recordedRisk({ residual: { likelihood: 2, impact: 2 } }), OWNER, NOW);
    if (!accepted.ok) throw new Error(accepted.error.message);
    const [header = [], row = []] = cellsOf(risksCsv([accepted.risk]));
    const value = (column: string) => row[header.indexOf(column)];
    expect(value('id')).toBe('R-3');
    expect(value('inherentClass')).toBe('high');
    expect(value('residualClass')).toBe('low');
    expect(value('controls')).toBe('ISO27001:A.8.13');
    expect(value('acceptedBy')).toBe('owner-1');
    expect(value('acceptanceOutdated')).toBe('no');
  });

  it('neutralises a formula in a title', () => {
    const [, row = []] = cellsOf(risksCsv([recordedRisk({ title: '=HYPERLINK("http://evil","click")' })]));
    expect(row[1]).toBe(`'=HYPERLINK("http://evil","click")`);
  });

  it('never lets a cell start with a formula character, and every value comes back unchanged', () => {
    const tricky = fc.oneof(fc.string(), fc.constantFrom('=1+1', '+1', '-2', '@SUM(A1)', '\t=1', '\r=1', "'=1", "''+x", 'plain', ''));
    fc.assert(
      fc.property(fc.array(fc.array(tricky, { minLength: 3, maxLength: 3 }), { maxLength: 10 }), (rows) => {
        const parsed = cellsOf(safeCsv(['a', 'b', 'c'], rows));
        for (const cell of parsed.flat()) expect(cell).not.toMatch(DANGEROUS_START);
        expect(parsed.slice(1).map((row) => row.map(unescapeCell))).toEqual(rows);
      }),
    );
  });

  it('leaves ordinary text as it is', () => {
    fc.assert(
      fc.property(fc.string().filter((text) => !/^'*[=+\-@\t\r]/.test(text)), (text) => {
        expect(escapeCell(text)).toBe(text);
      }),
    );
  });

  it('imports its own export back as the same risk scenarios', () => {
    const risks = [
      recordedRisk({ title: '-Supplier outage', description: '@ops: "quoted", line\nbreak', category: 'supplier', affected: { supplier: 'Acme' } }, 'R-1'),
      recordedRisk({ title: 'Model drift', category: 'ai', affected: { aiSystem: 'AIS-2' }, residual: { likelihood: 2, impact: 3 }, treatmentActions: ['AI-7', 'AI-9'] }, 'R-2'),
    ];
    const report = importRisksCsv(risksCsv(risks));
    if (!report.ok) throw new Error(report.summary);
    expect(report.risks).toEqual(
      risks.map((risk) => ({
        title: risk.title, description: risk.description, category: risk.category, affected: risk.affected, owner: risk.owner,
        inherent: risk.inherent, treatment: risk.treatment, treatmentActions: risk.treatmentActions, controls: risk.controls,
        residual: risk.residual, status: risk.status, reviewCadenceDays: risk.reviewCadenceDays,
      })),
    );
  });
});

describe('risk register CSV import (dry run)', () => {
  it('returns the risks of a valid file, with defaults for the optional columns', () => {
    const report = importRisksCsv(`${HEADER}\nPhishing of agents,Security,owner-1,3,4,mitigate,ISO27001:A.6.3; ISO27001:A.5.24,2,3\n`);
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.risks).toEqual([
      expect.objectContaining({ title: 'Phishing of agents', category: 'security', controls: ['ISO27001:A.6.3', 'ISO27001:A.5.24'], residual: { likelihood: 2, impact: 3 }, status: 'identified', reviewCadenceDays: 90 }),
    ]);
  });

  it('reports three bad rows with their row and column and returns nothing to write', () => {
    const csv = [
      HEADER,
      'Good risk,service,owner-1,2,2,accept,,,',
      'Typo in category,securty,owner-1,2,2,mitigate,,,',
      ',service,owner-1,2,2,mitigate,,,',
      'Another good one,privacy,owner-2,5,5,avoid,,,',
      'Bad number and control,service,owner-1,three,2,mitigate,ISO27001:A.5.99,,',
    ].join('\n');
    const report = importRisksCsv(csv);
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.invalidRows).toEqual([3, 4, 6]);
    expect(report.summary).toBe('3 rows have errors (rows 3, 4, 6): nothing was imported');
    expect(report.problems).toEqual([
      { row: 3, column: 2, columnName: 'category', message: 'The category is service, security, ai, supplier, continuity, privacy or other (got "securty")' },
      { row: 4, column: 1, columnName: 'title', message: 'The title is required' },
      { row: 6, column: 4, columnName: 'inherentLikelihood', message: '"three" is not a whole number' },
      { row: 6, column: 7, columnName: 'controls', message: 'ISO27001:A.5.99 is not a clause or control in the catalog (got "ISO27001:A.5.99")' },
    ]);
    expect('risks' in report).toBe(false);
  });

  it('reports a residual level above the inherent one in the residual column', () => {
    const report = importRisksCsv(`${HEADER}\nRisk,service,owner-1,2,2,mitigate,,3,1\n`);
    expect(!report.ok && report.problems).toEqual([
      { row: 2, column: 8, columnName: 'residualLikelihood', message: 'The residual likelihood (3) is higher than the inherent likelihood (2): treatment and controls can only lower a risk (got "3")' },
    ]);
  });

  it('refuses a file with an unknown column or without a required one', () => {
    const report = importRisksCsv('title,categry,owner\nRisk,service,owner-1\n');
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.problems[0]).toMatchObject({ row: 1, column: 2, columnName: 'categry', message: expect.stringContaining('Unknown column "categry"') });
    expect(report.problems.map((problem) => problem.message)).toContain('The required column "category" is missing');
  });

  it('keeps row numbers true to the file across blank lines', () => {
    const report = importRisksCsv(`${HEADER}\n\nRisk,nope,owner-1,2,2,mitigate,,,\n`);
    expect(!report.ok && report.invalidRows).toEqual([3]);
  });

  it('refuses an empty file and a file with no risks', () => {
    expect(importRisksCsv('')).toMatchObject({ ok: false, problems: [{ row: 1 }] });
    expect(importRisksCsv(`${HEADER}\n`)).toMatchObject({ ok: false, summary: 'Row 2 has errors: nothing was imported' });
  });

  it('reports a malformed file instead of throwing', () => {
    const report = importRisksCsv(`${HEADER}\n"unclosed,service\n`);
    expect(report).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('not valid CSV') }] });
  });
});
