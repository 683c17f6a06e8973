import PDFDocument from 'pdfkit';
import { pdfSafeText } from '../evidence/pdfText';
import { drawBarChart } from './pdfBarChart';
import { REVIEW_DOMAINS, type ReviewPack } from './reviewTypes';

const INK = '#172B4D';
const SUBTLE = '#44546F';
const DOMAIN_LABELS = { service: 'Service', security: 'Security', ai: 'AI' } as const;

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(15).fillColor(INK).text(pdfSafeText(text), doc.page.margins.left);
  doc.moveDown(0.3).font('Helvetica').fontSize(10);
}

function line(doc: PDFKit.PDFDocument, text: string): void {
  doc.font('Helvetica').fontSize(10).fillColor(INK).text(pdfSafeText(text), doc.page.margins.left);
}

const hours = (value: number | null) => (value === null ? 'n/a' : `${value} h`);

/** The management review pack as a PDF: counts, bar charts drawn with pdfkit primitives, the nonconformity list. */
export function reviewPackPdf(pack: ReviewPack, generatedBy: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 48, info: { Title: 'Management review pack', Creator: 'Triad' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('Helvetica-Bold').fontSize(24).fillColor(INK).text('Management review pack');
  doc.font('Helvetica').fontSize(11).fillColor(SUBTLE).text('ISO/IEC 20000-1, 27001 and 42001 clause 9.3 inputs');
  doc.moveDown(0.5);
  line(doc, `Period: ${pack.period.from} to ${pack.period.to}`);
  line(doc, `Generated ${pack.generatedAt} by ${generatedBy}; ${pack.issuesScanned} issues read as that user.`);
  if (pack.truncated) line(doc, 'The period held more issues than one run reads: the counts cover the first ones.');

  heading(doc, 'Incidents');
  line(doc, `${pack.incidents.total} incidents; median time to resolve ${hours(pack.incidents.medianHoursToResolve)}.`);
  doc.moveDown(0.4);
  drawBarChart(doc, 'Incidents by domain', REVIEW_DOMAINS.map((domain) => ({ label: DOMAIN_LABELS[domain], value: pack.incidents.byDomain[domain] })));
  drawBarChart(doc, 'Incidents by severity', Object.entries(pack.incidents.bySeverity).sort().map(([severity, value]) => ({ label: severity === 'unset' ? 'No severity' : `Severity ${severity}`, value })));
  drawBarChart(doc, 'Incidents per month', pack.incidents.months.map((month) => ({ label: month.month, value: month.total })));
  for (const month of pack.incidents.months.filter((candidate) => candidate.total > 0)) {
    const domains = REVIEW_DOMAINS.map((domain) => `${DOMAIN_LABELS[domain]} ${month.byDomain[domain]}`).join(', ');
    line(doc, `${month.month}: ${month.total} (${domains}); resolved ${month.resolved}, median ${hours(month.medianHoursToResolve)}`);
  }

  heading(doc, 'Changes');
  line(doc, `${pack.changes.total} changes with a CAB record, ${pack.changes.emergency} emergency.`);
  doc.moveDown(0.4);
  drawBarChart(doc, 'Changes by CAB risk class', Object.entries(pack.changes.byRisk).map(([risk, value]) => ({ label: risk, value })));
  for (const [risk, outcomes] of Object.entries(pack.changes.outcomesByRisk)) {
    line(doc, `${risk}: ${Object.entries(outcomes).map(([status, count]) => `${status} ${count}`).join(', ')}`);
  }

  heading(doc, 'Nonconformities and corrective actions');
  line(doc, `Linked to ${pack.nonconformities.clauses.join(', ')}: ${pack.nonconformities.open} open, ${pack.nonconformities.resolved} resolved.`);
  doc.moveDown(0.3);
  for (const item of pack.nonconformities.items) line(doc, `${item.key}  ${item.status}  ${item.summary}`);

  doc.end();
  return done;
}
