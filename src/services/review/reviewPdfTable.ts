import { pdfSafeText } from '../evidence/pdfText';

export interface PdfColumn {
  header: string;
  /** Share of the text width, 0–1. */
  share: number;
}

const INK = '#172B4D';
const SUBTLE = '#44546F';
const RULE = '#DCDFE4';
const ROW_GAP = 3;

/** A plain table: bold headers, one line per cell (long text ends in "…"), a new page with headers when full. */
export function pdfTable(doc: PDFKit.PDFDocument, columns: readonly PdfColumn[], rows: readonly (readonly string[])[]): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const widths = columns.map((column) => column.share * width);
  const drawRow = (cells: readonly string[], isHeader: boolean) => {
    doc.font(isHeader ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).fillColor(isHeader ? SUBTLE : INK);
    const y = doc.y;
    let x = left;
    cells.forEach((cell, index) => {
      const cellWidth = widths[index] ?? 0;
      doc.text(pdfSafeText(cell), x, y, { width: cellWidth - 6, lineBreak: false, ellipsis: true });
      x += cellWidth;
    });
    doc.x = left;
    doc.y = y + 12 + ROW_GAP;
    if (isHeader) doc.moveTo(left, doc.y - ROW_GAP).lineTo(left + width, doc.y - ROW_GAP).lineWidth(0.5).stroke(RULE);
  };
  drawRow(columns.map((column) => column.header), true);
  for (const row of rows) {
    if (doc.y + 15 > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      drawRow(columns.map((column) => column.header), true);
    }
    drawRow(row, false);
  }
  doc.moveDown(0.4);
}
