import { pdfSafeText } from '../../evidence/pdfText';
import { layoutBarChart } from './barChartLayout';
import { PDF_CHART_THEME, type BarChartRenderer, type ChartTheme } from './barChartSpec';

const DEFAULT_SIZE = { width: 640, height: 220 };

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const round = (value: number) => Math.round(value * 10) / 10;
const colourOf = (theme: ChartTheme, series: number) => theme.series[series % theme.series.length] as string;

/**
 * Colours go in `style`, not presentation attributes: only there may the page's theme use CSS variables (tokens).
 * Column charts drawn from our own layout, as SVG text for the page and as pdfkit rectangles and text for the PDF:
 * no chart library is installed yet, and this is the renderer a library replaces (see `BarChartRenderer`).
 */
export const handDrawnBarChart: BarChartRenderer = {
  svg(spec, theme, size = DEFAULT_SIZE) {
    const body = layoutBarChart(spec, size).map((shape) => {
      switch (shape.kind) {
        case 'rect':
          return `<rect x="${round(shape.x)}" y="${round(shape.y)}" width="${round(shape.width)}" height="${round(shape.height)}" style="fill:${colourOf(theme, shape.series)}"><title>${escapeXml(spec.series[shape.series]?.name ?? '')}</title></rect>`;
        case 'line':
          return `<line x1="${round(shape.x1)}" y1="${round(shape.y1)}" x2="${round(shape.x2)}" y2="${round(shape.y2)}" style="stroke:${theme.grid}" stroke-width="1"/>`;
        case 'text': {
          const fill = shape.role === 'label' ? theme.subtleText : theme.text;
          const weight = shape.role === 'title' ? ' font-weight="600"' : '';
          return `<text x="${round(shape.x)}" y="${round(shape.y)}" font-size="${shape.size}" text-anchor="${shape.anchor}" style="fill:${fill}"${weight}>${escapeXml(shape.text)}</text>`;
        }
      }
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(spec.title)}" viewBox="0 0 ${size.width} ${size.height}" width="100%" style="font-family:${escapeXml(theme.fontFamily)}">${body.join('')}</svg>`;
  },

  drawInPdf(doc, spec, box) {
    const theme = PDF_CHART_THEME;
    for (const shape of layoutBarChart(spec, box)) {
      if (shape.kind === 'rect') doc.rect(box.x + shape.x, box.y + shape.y, shape.width, shape.height).fill(colourOf(theme, shape.series));
      else if (shape.kind === 'line') doc.moveTo(box.x + shape.x1, box.y + shape.y1).lineTo(box.x + shape.x2, box.y + shape.y2).lineWidth(0.5).stroke(theme.grid);
      else {
        const font = shape.role === 'title' ? 'Helvetica-Bold' : 'Helvetica';
        doc.font(font).fontSize(shape.size).fillColor(shape.role === 'label' ? theme.subtleText : theme.text);
        const text = pdfSafeText(shape.text);
        const width = doc.widthOfString(text);
        // pdfkit places text by its top-left corner; the layout gives the SVG baseline and anchor.
        const x = shape.anchor === 'start' ? shape.x : shape.anchor === 'middle' ? shape.x - width / 2 : shape.x - width;
        doc.text(text, box.x + x, box.y + shape.y - shape.size * 0.8, { lineBreak: false });
      }
    }
  },
};
