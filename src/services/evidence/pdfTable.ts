import { pdfSafeText } from './pdfText';

export interface PdfColumn {
  header: string;
  /** Share of the text width, summed over the columns to 1. */
  width: number;
  align?: 'left' | 'right';
}

export interface PdfRow {
  cells: string[];
  /** Gaps are tinted so an auditor finds them when scanning the table. */
  highlight?: 'gap' | 'stale';
}

const CELL_PADDING = 3;
const FONT_SIZE = 8;
const TINT: Readonly<Record<NonNullable<PdfRow['highlight']>, string>> = { gap: '#FFECEB', stale: '#FFF7D6' };

/** The page's writable box: pdfkit keeps margins on the page, not the document. */
const box = (doc: PDFKit.PDFDocument) => ({
  left: doc.page.margins.left,
  width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
  bottom: doc.page.height - doc.page.margins.bottom,
});

function rowHeight(doc: PDFKit.PDFDocument, cells: readonly string[], widths: readonly number[]): number {
  const heights = cells.map((cell, index) => doc.heightOfString(cell, { width: (widths[index] ?? 0) - 2 * CELL_PADDING }));
  return Math.max(FONT_SIZE, ...heights) + 2 * CELL_PADDING;
}

function drawRow(doc: PDFKit.PDFDocument, cells: readonly string[], widths: readonly number[], columns: readonly PdfColumn[], y: number, height: number, fill?: string): void {
  const { left, width } = box(doc);
  if (fill) doc.save().rect(left, y, width, height).fill(fill).restore();
  let x = left;
  cells.forEach((cell, index) => {
    const cellWidth = widths[index] ?? 0;
    doc.text(cell, x + CELL_PADDING, y + CELL_PADDING, { width: cellWidth - 2 * CELL_PADDING, align: columns[index]?.align ?? 'left', lineBreak: true });
    x += cellWidth;
  });
  doc.save().moveTo(left, y + height).lineTo(left + width, y + height).lineWidth(0.3).strokeColor('#C1C7D0').stroke().restore();
}

/**
 * Draws a table from the current position, adding pages as needed and repeating the header on each, so a
 * 250-clause coverage table stays readable when printed.
 */
export function drawTable(doc: PDFKit.PDFDocument, columns: readonly PdfColumn[], rows: readonly PdfRow[]): void {
  doc.fontSize(FONT_SIZE).fillColor('#172B4D');
  const widths = columns.map((column) => column.width * box(doc).width);
  const header = columns.map((column) => pdfSafeText(column.header));
  const drawHeader = () => {
    doc.font('Helvetica-Bold');
    const height = rowHeight(doc, header, widths);
    const y = doc.y;
    drawRow(doc, header, widths, columns, y, height, '#EBECF0');
    doc.y = y + height;
    doc.font('Helvetica');
  };
  drawHeader();
  for (const row of rows) {
    const cells = row.cells.map(pdfSafeText);
    const height = rowHeight(doc, cells, widths);
    if (doc.y + height > box(doc).bottom) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    drawRow(doc, cells, widths, columns, y, height, row.highlight ? TINT[row.highlight] : undefined);
    doc.y = y + height;
  }
  doc.x = box(doc).left;
  doc.moveDown(0.5);
}
