import PDFDocument from 'pdfkit';
import type { AuditReport } from '../../domain/audit/executionReport';
import { pdfBuffer } from '../evidence/auditPackPdf';
import type { PdfExport } from '../evidence/pdfExport';
import { drawTable, type PdfColumn, type PdfRow } from '../evidence/pdfTable';
import { pdfSafeText } from '../evidence/pdfText';

const MARGIN = 40;
const CHECKLIST_COLUMNS: readonly PdfColumn[] = [
  { header: 'Clause', width: 0.14 },
  { header: 'Title', width: 0.3 },
  { header: 'Audited', width: 0.09 },
  { header: 'Evidence', width: 0.09, align: 'right' },
  { header: 'Latest', width: 0.11 },
  { header: 'Sample', width: 0.27 },
];
const FINDING_COLUMNS: readonly PdfColumn[] = [
  { header: 'Finding', width: 0.1 },
  { header: 'Kind', width: 0.16 },
  { header: 'Statement', width: 0.36 },
  { header: 'Status', width: 0.1 },
  { header: 'Closure', width: 0.28 },
];

function section(doc: PDFKit.PDFDocument, title: string): void {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).fillColor('#172B4D').text(title);
  doc.moveDown(0.3).font('Helvetica').fontSize(9);
}

/** Lays out the report: header, scope and checklist, findings, conclusions; tables repeat their header per page. */
function layoutAuditReport(report: AuditReport): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: `Audit report ${report.auditId}`, CreationDate: new Date(report.generatedAt) } });
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#172B4D').text(pdfSafeText(`Audit report: ${report.title}`));
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  doc.text(pdfSafeText(`${report.auditId} · ${report.issueKey} · started ${report.startedAt.slice(0, 10)} · generated ${report.generatedAt.slice(0, 10)}`));
  doc.text(pdfSafeText(`Evidence period ${report.period.from} to ${report.period.to}`));
  const auditors = [...(report.leadAuditor === null ? [] : [`${report.leadAuditor} (lead)`]), ...report.team];
  if (auditors.length > 0) doc.text(pdfSafeText(`Auditors: ${auditors.join(', ')}`));
  if (report.criteria.trim() !== '') doc.text(pdfSafeText(`Criteria: ${report.criteria}`));

  section(doc, `Scope and checklist (${report.checklist.filter((line) => line.isChecked).length} of ${report.checklist.length} audited)`);
  const checklist: PdfRow[] = report.checklist.map((line) => ({
    cells: [line.clause, line.title, line.isChecked ? 'yes' : 'no', String(line.evidenceCount), line.lastEvidenceDate ?? '', line.evidenceKeys.join(', ')],
    ...(line.evidenceCount === 0 ? { highlight: 'gap' as const } : {}),
  }));
  drawTable(doc, CHECKLIST_COLUMNS, checklist);

  section(doc, `Findings (${report.findings.length})`);
  if (report.findings.length === 0) doc.text('No findings were raised.');
  else drawTable(doc, FINDING_COLUMNS, report.findings.map((finding) => ({ cells: [finding.issueKey, finding.kindLabel, finding.summary, finding.status, finding.closure] })));

  section(doc, 'Conclusions');
  doc.text(pdfSafeText(report.conclusions.trim() === '' ? 'No conclusions recorded yet.' : report.conclusions));
  return doc;
}

export async function auditReportPdf(report: AuditReport): Promise<PdfExport> {
  const pdf = await pdfBuffer(layoutAuditReport(report));
  return { filename: `audit-report-${report.auditId}-${report.generatedAt.slice(0, 10)}.pdf`, contentBase64: pdf.toString('base64') };
}
