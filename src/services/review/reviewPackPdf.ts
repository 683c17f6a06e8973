import PDFDocument from 'pdfkit';
import { pdfSafeText } from '../evidence/pdfText';
import type { BarChartSpec } from './charts/barChartSpec';
import { echartsBarChart } from './charts/echartsBarChart';
import { MOVEMENT_LABELS, reviewChartSpecs } from './charts/reviewCharts';
import { pdfTable } from './reviewPdfTable';
import { RISK_MOVEMENTS, type ReviewChangeItem, type ReviewPack } from './reviewTypes';

const INK = '#172B4D';
const SUBTLE = '#44546F';
const CHART_HEIGHT = 190;

function heading(doc: PDFKit.PDFDocument, text: string): void {
  // A section heading never sits alone at the foot of a page.
  if (doc.y + 240 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(15).fillColor(INK).text(pdfSafeText(text), doc.page.margins.left);
  doc.moveDown(0.3);
}

function subheading(doc: PDFKit.PDFDocument, text: string): void {
  if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(11).fillColor(INK).text(pdfSafeText(text), doc.page.margins.left);
  doc.moveDown(0.2);
}

function line(doc: PDFKit.PDFDocument, text: string, color = INK): void {
  doc.font('Helvetica').fontSize(10).fillColor(color).text(pdfSafeText(text), doc.page.margins.left);
}

/** A chart of nothing but zeros says less than the sentence above it: it is left out. */
function chart(doc: PDFKit.PDFDocument, spec: BarChartSpec): void {
  if (spec.series.every((series) => series.values.every((value) => value === 0))) return;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  if (doc.y + CHART_HEIGHT + 10 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const y = doc.y + 4;
  echartsBarChart.drawInPdf(doc, spec, { x: doc.page.margins.left, y, width, height: CHART_HEIGHT });
  doc.x = doc.page.margins.left;
  doc.y = y + CHART_HEIGHT + 10;
}

const hours = (value: number | null) => (value === null ? 'n/a' : `${value} h`);
const changeRows = (items: readonly ReviewChangeItem[], withReason: boolean) =>
  items.map((item) => [item.key, item.summary, item.riskClass, item.status, ...(withReason ? [item.failedBecause ?? ''] : [])]);
const none = (doc: PDFKit.PDFDocument, what: string) => line(doc, `No ${what} in the period.`, SUBTLE);

/** The management review pack as a PDF: each section's figures, its charts and the lists the review discusses. */
export function reviewPackPdf(pack: ReviewPack, generatedBy: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: 'Management review pack', Creator: 'Triad' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const charts = reviewChartSpecs(pack);

  doc.font('Helvetica-Bold').fontSize(24).fillColor(INK).text('Management review pack');
  doc.font('Helvetica').fontSize(11).fillColor(SUBTLE).text('Inputs to clause 9.3 of ISO/IEC 20000-1, 27001 and 42001');
  doc.moveDown(0.5);
  line(doc, `Period: ${pack.period.from} to ${pack.period.to}`);
  line(doc, `Generated ${pack.generatedAt} by ${generatedBy}; ${pack.issuesScanned} issues read as that user.`);
  if (pack.truncated) line(doc, 'The period held more issues than one run reads: incident and change counts cover the first ones.');

  heading(doc, '1. Incidents');
  line(doc, `${pack.incidents.total} incidents; median time to resolve ${hours(pack.incidents.medianHoursToResolve)}.`);
  chart(doc, charts.incidentsPerMonth);
  chart(doc, charts.incidentsByDomain);
  pdfTable(
    doc,
    [{ header: 'Month', share: 0.16 }, { header: 'Incidents', share: 0.12 }, { header: 'Service', share: 0.12 }, { header: 'Security', share: 0.12 }, { header: 'AI', share: 0.1 }, { header: 'Resolved', share: 0.12 }, { header: 'Median to resolve', share: 0.26 }],
    pack.incidents.months.map((month) => [month.month, String(month.total), String(month.byDomain.service), String(month.byDomain.security), String(month.byDomain.ai), String(month.resolved), hours(month.medianHoursToResolve)]),
  );

  heading(doc, '2. Changes');
  line(doc, `${pack.changes.total} changes with a CAB record; ${pack.changes.emergency} emergency, ${pack.changes.failed} failed or rolled back.`);
  chart(doc, charts.changesByRisk);
  subheading(doc, 'Failed or rolled-back changes');
  if (pack.changes.failedChanges.length === 0) none(doc, 'failed change');
  else pdfTable(doc, [{ header: 'Change', share: 0.12 }, { header: 'Summary', share: 0.44 }, { header: 'Risk', share: 0.1 }, { header: 'Status', share: 0.14 }, { header: 'Why failed', share: 0.2 }], changeRows(pack.changes.failedChanges, true));
  subheading(doc, 'Emergency changes');
  if (pack.changes.emergencyChanges.length === 0) none(doc, 'emergency change');
  else pdfTable(doc, [{ header: 'Change', share: 0.14 }, { header: 'Summary', share: 0.56 }, { header: 'Risk', share: 0.12 }, { header: 'Status', share: 0.18 }], changeRows(pack.changes.emergencyChanges, false));

  heading(doc, '3. Risk register');
  const counts = RISK_MOVEMENTS.map((movement) => `${MOVEMENT_LABELS[movement].toLowerCase()} ${pack.risks.counts[movement]}`).join(', ');
  line(doc, `${pack.risks.openAtEnd} open risks at the end of the period; ${counts}.`);
  chart(doc, charts.riskMovement);
  for (const movement of RISK_MOVEMENTS) {
    const items = pack.risks.items[movement];
    if (items.length === 0) continue;
    subheading(doc, `${MOVEMENT_LABELS[movement]} (${pack.risks.counts[movement]})`);
    pdfTable(
      doc,
      [{ header: 'Risk', share: 0.09 }, { header: 'Title', share: 0.41 }, { header: 'Category', share: 0.12 }, { header: 'Status', share: 0.11 }, { header: 'Residual', share: 0.12 }, { header: 'Next review', share: 0.15 }],
      items.map((item) => [item.id, item.title, item.category, item.status, item.residualAtStart === null ? String(item.residualAtEnd) : `${item.residualAtStart} -> ${item.residualAtEnd}`, item.nextReviewDate]),
    );
  }

  heading(doc, '4. Statement of Applicability');
  line(doc, `Evidence older than ${pack.soa.staleAfterDays} days is stale; counts include only issues ${generatedBy} may browse.`);
  chart(doc, charts.soaCoverage);
  pdfTable(
    doc,
    [{ header: 'Standard', share: 0.2 }, { header: 'Applicable', share: 0.16 }, { header: 'Implemented', share: 0.16 }, { header: 'With evidence', share: 0.16 }, { header: 'Stale', share: 0.16 }, { header: 'No evidence', share: 0.16 }],
    pack.soa.byStandard.map((row) => [row.standard, String(row.applicable), String(row.implemented), String(row.withEvidence), String(row.stale), String(row.missing)]),
  );
  if (pack.soa.staleControls.length > 0) {
    subheading(doc, 'Controls with stale or no evidence');
    pdfTable(
      doc,
      [{ header: 'Control', share: 0.18 }, { header: 'Title', share: 0.4 }, { header: 'Implementation', share: 0.14 }, { header: 'Evidence', share: 0.12 }, { header: 'Last evidence', share: 0.16 }],
      pack.soa.staleControls.map((control) => [control.controlId, control.title, control.implementationStatus, String(control.evidenceCount), control.lastEvidenceDate ?? 'none']),
    );
  }

  heading(doc, '5. Nonconformities and corrective actions');
  const nc = pack.nonconformities;
  line(doc, `Linked to ${nc.clauses.join(', ')}: ${nc.open} open, ${nc.resolved} resolved; median ${nc.medianDaysToResolve ?? 'n/a'} days to resolve.`);
  chart(doc, charts.nonconformityAgeing);
  if (nc.items.length === 0) none(doc, 'nonconformity');
  else {
    pdfTable(
      doc,
      [{ header: 'Issue', share: 0.1 }, { header: 'Summary', share: 0.36 }, { header: 'Type', share: 0.16 }, { header: 'Status', share: 0.12 }, { header: 'Opened', share: 0.14 }, { header: 'Days open', share: 0.12 }],
      nc.items.map((item) => [item.key, item.summary, item.type, item.status, item.created, item.isResolved ? `${item.ageDays} (closed)` : String(item.ageDays)]),
    );
  }

  doc.end();
  return done;
}
