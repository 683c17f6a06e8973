import PDFDocument from 'pdfkit';
import { builtinCatalog } from '../../domain/catalog';
import type { SoaEntry, SoaSummary } from '../../domain/soa';
import { pdfBuffer } from '../evidence/auditPackPdf';
import { drawTable, type PdfColumn, type PdfRow } from '../evidence/pdfTable';
import { pdfSafeText } from '../evidence/pdfText';
import type { PdfExport } from '../evidence/pdfExport';

export interface SoaPdfInput {
  entries: readonly SoaEntry[];
  summary: SoaSummary;
  /** The approved version shown, or null for the working copy. */
  version: { number: number; approvedBy: string; approvedAt: string } | null;
  generatedAt: Date;
  /** Display names for owners and approvers; account ids print as they are otherwise. */
  people: Record<string, string>;
}

const MARGIN = 40;
const COLUMNS: readonly PdfColumn[] = [
  { header: 'Control', width: 0.12 },
  { header: 'Title', width: 0.22 },
  { header: 'Applicable', width: 0.08 },
  { header: 'Status', width: 0.1 },
  { header: 'Justification', width: 0.32 },
  { header: 'Risks', width: 0.08 },
  { header: 'Owner', width: 0.08 },
];

/** Lays out the SoA; apart from `soaPdf` so tests can count pages. */
export function layoutSoaPdf(input: SoaPdfInput): PDFKit.PDFDocument {
  const catalog = builtinCatalog();
  const nameOf = (id: string | null) => (id === null ? '' : (input.people[id] ?? id));
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, bufferPages: true, info: { Title: 'Statement of Applicability', CreationDate: input.generatedAt } });
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#172B4D').text('Statement of Applicability');
  const version = input.version === null
    ? `Working copy, not approved, as of ${input.generatedAt.toISOString().slice(0, 10)}`
    : `Version ${input.version.number}, approved by ${nameOf(input.version.approvedBy)} on ${input.version.approvedAt.slice(0, 10)}`;
  doc.moveDown(0.3).font('Helvetica').fontSize(10).text(pdfSafeText(version));
  const { overall } = input.summary;
  doc.text(`${overall.applicable} of ${overall.total} controls applicable, ${overall.implemented} implemented (${overall.implementedPercent}%), ${overall.incomplete} incomplete.`);
  doc.moveDown(0.8);
  const rows: PdfRow[] = input.entries.map((entry) => ({
    cells: [
      entry.controlId,
      catalog.lookup(entry.controlId)?.title ?? '',
      entry.applicable ? 'Yes' : 'No',
      entry.applicable ? entry.implementationStatus : 'excluded',
      entry.justification,
      entry.linkedRisks.join(', '),
      nameOf(entry.owner),
    ],
    ...(entry.justification.trim() === '' ? { highlight: 'gap' as const } : {}),
  }));
  drawTable(doc, COLUMNS, rows);
  return doc;
}

/** The SoA as a PDF, base64 for the resolver's JSON answer (like the evidence audit pack). */
export async function soaPdfExport(input: SoaPdfInput): Promise<PdfExport> {
  const pdf = await pdfBuffer(layoutSoaPdf(input));
  const suffix = input.version === null ? input.generatedAt.toISOString().slice(0, 10) : `v${input.version.number}`;
  return { filename: `statement-of-applicability-${suffix}.pdf`, contentBase64: pdf.toString('base64') };
}
