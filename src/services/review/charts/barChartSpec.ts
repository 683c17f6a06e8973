/** What a chart of the pack shows: one column per category, one colour per series (stacked or side by side). */
export interface BarChartSpec {
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  stacked?: boolean;
}

/** Colours as the medium needs them: hex for the PDF, design-token CSS variables in the page (dark mode). */
export interface ChartTheme {
  text: string;
  subtleText: string;
  grid: string;
  series: readonly string[];
  fontFamily: string;
}

// Atlassian's data-visualisation palette (blue, purple, teal, orange, magenta, lime), printable on white.
export const PDF_CHART_THEME: ChartTheme = {
  text: '#172B4D',
  subtleText: '#44546F',
  grid: '#DCDFE4',
  series: ['#1D7AFC', '#8F7EE7', '#2898BD', '#E56910', '#DA62AC', '#5B7F24'],
  fontFamily: 'Helvetica',
};

export interface ChartSize {
  width: number;
  height: number;
}

/**
 * How the pack turns a chart spec into pictures; one implementation at a time. The page shows `svg`, the PDF
 * calls `drawInPdf`. A chart library slots in here: its server-side SVG output for `svg`, and that SVG placed
 * into the PDF for `drawInPdf`.
 */
export interface BarChartRenderer {
  svg(spec: BarChartSpec, theme: ChartTheme, size?: ChartSize): string;
  drawInPdf(doc: PDFKit.PDFDocument, spec: BarChartSpec, box: { x: number; y: number } & ChartSize): void;
}
