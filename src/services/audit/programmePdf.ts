import PDFDocument from 'pdfkit';
import type { Audit } from '../../domain/audit/auditPlan';
import { cycleLabel, type Programme } from '../../domain/audit/programme';
import type { ProgrammeCoverage } from '../../domain/audit/programmeCoverage';
import { pdfBuffer } from '../evidence/auditPackPdf';
import type { PdfExport } from '../evidence/pdfExport';
import { drawTable, type PdfColumn } from '../evidence/pdfTable';
import { pdfSafeText } from '../evidence/pdfText';

export interface ProgrammePdfInput {
  programme: Programme;
  audits: readonly Audit[];
  coverage: ProgrammeCoverage;
  generatedAt: Date;
  /** Display names for auditors; account ids print as they are otherwise. */
  people: Readonly<Record<string, string>>;
}

const MARGIN = 40;
const PLAN_COLUMNS: readonly PdfColumn[] = [
  { header: 'Audit', width: 0.07 },
  { header: 'Title', width: 0.18 },
  { header: 'Dates', width: 0.13 },
  { header: 'Status', width: 0.08 },
  { header: 'Lead auditor', width: 0.11 },
  { header: 'Team', width: 0.13 },
  { header: 'Scope', width: 0.3 },
];
const COVERAGE_COLUMNS: readonly PdfColumn[] = [
  { header: 'Clause / control', width: 0.16 },
  { header: 'Title', width: 0.5 },
  { header: 'Status', width: 0.12 },
  { header: 'Audits', width: 0.22 },
];

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(13).fillColor('#172B4D').text(pdfSafeText(text));
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
}

/** Lays out the audit plan and the coverage per standard; apart from the export so tests can inspect it. */
export function layoutProgrammePdf(input: ProgrammePdfInput): PDFKit.PDFDocument {
  const nameOf = (id: string | null) => (id === null ? '' : (input.people[id] ?? id));
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, bufferPages: true, info: { Title: 'Internal audit programme', CreationDate: input.generatedAt } });
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#172B4D').text('Internal audit programme');
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
  doc.text(pdfSafeText(`Cycle ${cycleLabel(input.programme)} over ${input.programme.standards.join(', ')}; as of ${input.generatedAt.toISOString().slice(0, 10)}.`));
  for (const standard of input.coverage.standards) {
    const controls = standard.controls === null ? '' : `, ${standard.controls.covered} of ${standard.controls.total} applicable controls`;
    doc.text(pdfSafeText(`${standard.standard}: ${standard.clauses.covered} of ${standard.clauses.total} clauses${controls} covered; ${standard.missed.length === 0 ? 'nothing missed' : `missed: ${standard.missed.map((missed) => missed.id).join(', ')}`}.`));
  }
  heading(doc, 'Audit plan');
  drawTable(doc, PLAN_COLUMNS, input.audits.map((audit) => ({
    cells: [audit.id, audit.title, `${audit.plannedStart} to ${audit.plannedEnd}`, audit.status, nameOf(audit.leadAuditor), audit.team.map(nameOf).join(', '), [...audit.scope.refs, ...audit.scope.processes, ...audit.scope.projects].join(', ')],
  })));
  for (const standard of input.coverage.standards) {
    heading(doc, `Coverage: ${standard.standard}`);
    drawTable(doc, COVERAGE_COLUMNS, standard.rows.map((row) => ({
      cells: [row.id, row.title, row.status, row.audits.join(', ')],
      ...(row.status === 'missed' ? { highlight: 'gap' as const } : row.status === 'partial' ? { highlight: 'stale' as const } : {}),
    })));
  }
  return doc;
}

export async function programmePdfExport(input: ProgrammePdfInput): Promise<PdfExport> {
  const pdf = await pdfBuffer(layoutProgrammePdf(input));
  return { filename: `audit-programme-${input.programme.cycleStartYear}-${input.generatedAt.toISOString().slice(0, 10)}.pdf`, contentBase64: pdf.toString('base64') };
}
