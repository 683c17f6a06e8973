import * as echarts from 'echarts';
import SVGtoPDF from 'svg-to-pdfkit';
import { PDF_CHART_THEME, type BarChartSpec, type ChartSize, type ChartTheme } from './barChartSpec';

const DEFAULT_SIZE: ChartSize = { width: 640, height: 240 };

function optionOf(spec: BarChartSpec, theme: ChartTheme): echarts.EChartsOption {
  const text = { color: theme.text, fontFamily: theme.fontFamily };
  const subtle = { color: theme.subtleText, fontFamily: theme.fontFamily };
  const hasLegend = spec.series.length > 1;
  return {
    animation: false,
    color: [...theme.series],
    title: { text: spec.title, left: 0, top: 0, padding: 0, textStyle: { ...text, fontSize: 13, fontWeight: 600 } },
    // The legend sits on its own line under the title: long titles and many series never overlap.
    legend: { show: hasLegend, top: 24, left: 0, padding: 0, itemHeight: 10, textStyle: subtle },
    grid: { left: 8, right: 8, top: hasLegend ? 60 : 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: spec.categories, axisLabel: { ...subtle, hideOverlap: true }, axisLine: { lineStyle: { color: theme.grid } }, axisTick: { show: false } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: subtle, splitLine: { lineStyle: { color: theme.grid } } },
    series: spec.series.map((series) => ({ name: series.name, type: 'bar', data: series.values, ...(spec.stacked === true ? { stack: 'total' } : {}), barMaxWidth: 28 })),
  };
}

/**
 * Apache ECharts renders each chart in the resolver to SVG (server-side rendering: no DOM, no canvas). The page
 * shows that SVG, coloured with design-token CSS variables so it follows light and dark; the PDF places the same
 * chart as vectors through svg-to-pdfkit. Rendering on the backend keeps ECharts out of the page's bundle.
 * ECharts escapes every text it writes into the SVG.
 */
export const echartsBarChart = {
  svg(spec: BarChartSpec, theme: ChartTheme, size: ChartSize = DEFAULT_SIZE): string {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
    try {
      chart.setOption(optionOf(spec, theme));
      return chart.renderToSVGString();
    } finally {
      chart.dispose();
    }
  },

  drawInPdf(doc: PDFKit.PDFDocument, spec: BarChartSpec, box: { x: number; y: number } & ChartSize): void {
    const svg = echartsBarChart.svg(spec, PDF_CHART_THEME, { width: box.width, height: box.height });
    SVGtoPDF(doc, svg, box.x, box.y, { width: box.width, height: box.height, assumePt: true });
  },
};
