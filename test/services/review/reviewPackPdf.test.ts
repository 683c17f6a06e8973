import { buildReviewPack } from '../../../src/services/review/buildReviewPack';
import { reviewPackPdf } from '../../../src/services/review/reviewPackPdf';
import { rawIssue, reviewPorts } from './fakeReviewJira';
import { PAGE_CHART_THEME, PDF_CHART_THEME } from '../../../src/services/review/charts/barChartSpec';
import { echartsBarChart } from '../../../src/services/review/charts/echartsBarChart';

describe('the management review PDF', () => {
  it('renders the pack as a PDF document', async () => {
    const ports = reviewPorts([
      rawIssue({ created: '2026-01-10T09:00:00Z', classification: { security: true, severity: 1 } }),
      rawIssue({ created: '2026-01-11T09:00:00Z', cab: { status: 'approved', risk: 'low' } }),
      rawIssue({ created: '2026-01-12T09:00:00Z', clauses: ['ISO27001:10.2'] }),
    ]);
    const pack = await buildReviewPack(ports, { from: '2026-01-01', to: '2026-06-30' });
    if (!pack.ok) throw new Error(pack.error.message);

    const pdf = await reviewPackPdf(pack.value, 'isms-lead');

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1500);
  });
});

describe('the ECharts chart renderer', () => {
  it('draws one bar per value and escapes the text it writes into the SVG', () => {
    const svg = echartsBarChart.svg({ title: 'A <b> & "c"', categories: ['x<y', 'z'], series: [{ name: 's', values: [3, 5] }] }, PDF_CHART_THEME);

    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('A &lt;b&gt; &amp;');
    expect(svg).not.toContain('<b>');
    expect(svg.match(/fill="#1D7AFC"/gi)).toHaveLength(2);
  });

  it("colours the page's charts with design-token CSS variables, so dark mode follows", () => {
    const svg = echartsBarChart.svg({ title: 't', categories: ['a'], series: [{ name: 'a', values: [2] }, { name: 'b', values: [5] }], stacked: true }, PAGE_CHART_THEME);

    expect(svg).toContain('var(--ds-chart-blue-bold, #1D7AFC)');
    expect(svg).toContain('var(--ds-chart-purple-bold, #8F7EE7)');
  });
});
