import { builtinCatalog, type ClauseId } from '../../../src/domain/catalog';
import type { CoverageReport, CoverageRow } from '../../../src/domain/evidence/coverageTypes';
import { EvidenceReportDefinitionSchema } from '../../../src/domain/schemas/evidence';
import { soaSummary, buildInitialSoa } from '../../../src/domain/soa';
import { auditPackPdf, layoutAuditPack, pdfBuffer, type AuditPackInput } from '../../../src/services/evidence/auditPackPdf';
import type { EvidenceReportView } from '../../../src/services/evidence/evidenceView';
import { auditPackExport } from '../../../src/services/evidence/pdfExport';
import { pdfSafeText } from '../../../src/services/evidence/pdfText';

const period = { from: '2025-11-25', to: '2026-11-24', timeZone: 'Europe/Berlin' };

function row(clause: ClauseId, index: number): CoverageRow {
  const status = index % 5 === 0 ? 'missing' : index % 7 === 0 ? 'stale' : 'covered';
  const drillDown =
    status === 'missing'
      ? []
      : Array.from({ length: 1 + (index % 4) }, (_, n) => ({
          issue: {
            id: `${index}${n}`,
            key: `SEC-${index * 10 + n}`,
            summary: `Evidence for ${clause}: review “access” → approved`,
            type: 'Task',
            status: 'Done',
            resolutiondate: '2026-03-01T10:00:00.000+0000',
            assignee: n % 2 === 0 ? 'Ines Lead' : null,
            evidenceAt: '2026-03-01T10:00:00.000Z',
          },
          ...(n === 1 ? { via: 'ISO20000-1:8.5.1' as ClauseId } : {}),
        }));
  return {
    clause,
    status,
    direct: drillDown.length,
    viaMapped: drillDown.some((entry) => entry.via) ? 1 : 0,
    via: drillDown.some((entry) => entry.via) ? [{ source: 'ISO20000-1:8.5.1' as ClauseId, count: 1 }] : [],
    lastEvidenceDate: status === 'missing' ? null : '2026-03-01',
    isStale: status === 'stale',
    drillDown,
    drillDownOmitted: index % 9 === 0 ? 12 : 0,
  };
}

function packFor(clauseCount: number, extra: Partial<AuditPackInput> = {}): AuditPackInput {
  const clauses = builtinCatalog().data.entries.slice(0, clauseCount).map((entry) => entry.id);
  const rows = clauses.map(row);
  const report: CoverageReport = {
    period,
    evidenceRule: 'resolved',
    staleAfterDays: 90,
    issuesCounted: rows.reduce((sum, each) => sum + each.direct, 0),
    rows,
    gaps: rows.filter((each) => each.status === 'missing').map((each) => each.clause),
    stale: rows.filter((each) => each.status === 'stale').map((each) => each.clause),
    totals: { ISO27001: { covered: 70, stale: 8, missing: 15 } },
  };
  const definition = EvidenceReportDefinitionSchema.parse({
    name: 'Annex A for the surveillance audit',
    standards: ['ISO27001', 'ISO20000-1', 'ISO42001'],
    period: { kind: 'last', count: 365, unit: 'days' },
    scope: { kind: 'jql', jql: 'project = SEC' },
  });
  return { report, definition, permissionMode: 'app-filtered', generatedAt: new Date('2026-11-24T21:00:00Z'), generatedBy: 'Ines Lead', ...extra };
}

describe('the PDF audit pack', () => {
  it('is a PDF document', async () => {
    const pdf = await auditPackPdf(packFor(5));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('spreads a report with many clauses over several numbered pages', () => {
    const doc = layoutAuditPack(packFor(120));
    expect(doc.bufferedPageRange().count).toBeGreaterThan(1);
    doc.end();
  });

  it('adds a page for the SoA summary when one is given', () => {
    const withoutSoa = layoutAuditPack(packFor(10));
    const withSoa = layoutAuditPack(packFor(10, { soaSummary: soaSummary(buildInitialSoa()) }));
    expect(withSoa.bufferedPageRange().count).toBe(withoutSoa.bufferedPageRange().count + 1);
    withoutSoa.end();
    withSoa.end();
  });

  it('generates the pack for 250 clauses within a few seconds', async () => {
    const started = performance.now();
    const doc = layoutAuditPack(packFor(250));
    const pages = doc.bufferedPageRange().count;
    const pdf = await pdfBuffer(doc);
    const elapsedMs = performance.now() - started;
    console.log(`audit pack: 250 clauses → ${pages} pages, ${Math.round(pdf.length / 1024)} KiB in ${Math.round(elapsedMs)} ms`);
    expect(elapsedMs).toBeLessThan(5000);
  });
});

describe('the audit pack export', () => {
  it('names the file after the report and its period and sends the PDF base64-encoded', async () => {
    const { report, definition } = packFor(3);
    const view = { jobId: 'job-1', name: 'Annex A: Q3 / audit', definition, permissionMode: 'app-filtered', coverage: report } as unknown as EvidenceReportView;
    const exported = await auditPackExport(view, { generatedAt: new Date('2026-11-24T21:00:00Z'), generatedBy: 'Ines Lead' });
    expect(exported.filename).toBe('Annex-A-Q3-audit_2025-11-25_2026-11-24_audit-pack.pdf');
    expect(Buffer.from(exported.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});

describe('text for the PDF fonts', () => {
  it('keeps Latin-1 and typographic quotes but folds arrows and replaces other scripts', () => {
    expect(pdfSafeText('Prüfung “A.8.32” → ok 変更')).toBe('Prüfung “A.8.32” -> ok ??');
  });

  it('drops control characters and turns tabs and newlines into spaces', () => {
    expect(pdfSafeText('a\tb\nc\u0007d')).toBe('a b cd');
  });
});
