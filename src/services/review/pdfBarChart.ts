import { pdfSafeText } from '../evidence/pdfText';

export interface Bar {
  label: string;
  value: number;
}

const LABEL_WIDTH = 110;
const BAR_HEIGHT = 12;
const GAP = 5;
const BAR_COLOR = '#0C66E4';
const INK = '#172B4D';

/**
 * A horizontal bar chart from pdfkit's own rectangles and text: charts in the PDF need no chart library (the
 * browser ones draw to a canvas or SVG that pdfkit cannot take as vectors), and bars are all a review needs.
 */
export function drawBarChart(doc: PDFKit.PDFDocument, title: string, bars: readonly Bar[]): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const needed = 20 + bars.length * (BAR_HEIGHT + GAP) + 10;
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(11).fillColor(INK).text(pdfSafeText(title), left, doc.y);
  doc.moveDown(0.3);
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const barSpace = width - LABEL_WIDTH - 40;
  let y = doc.y;
  doc.font('Helvetica').fontSize(9);
  for (const bar of bars) {
    doc.fillColor(INK).text(pdfSafeText(bar.label), left, y + 2, { width: LABEL_WIDTH - 6, lineBreak: false, ellipsis: true });
    const length = (bar.value / max) * barSpace;
    if (length > 0) doc.rect(left + LABEL_WIDTH, y, length, BAR_HEIGHT).fill(BAR_COLOR);
    doc.fillColor(INK).text(String(bar.value), left + LABEL_WIDTH + length + 4, y + 2, { lineBreak: false });
    y += BAR_HEIGHT + GAP;
  }
  doc.x = left;
  doc.y = y + 8;
}
