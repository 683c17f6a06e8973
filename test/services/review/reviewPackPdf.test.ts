import { buildReviewPack } from '../../../src/services/review/buildReviewPack';
import { reviewPackPdf } from '../../../src/services/review/reviewPackPdf';
import { rawIssue, reviewPorts } from './fakeReviewJira';
import { layoutBarChart } from '../../../src/services/review/charts/barChartLayout';
import { PDF_CHART_THEME } from '../../../src/services/review/charts/barChartSpec';
import { handDrawnBarChart } from '../../../src/services/review/charts/handDrawnBarChart';

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

describe('the hand-drawn chart renderer', () => {
  it('escapes the text it writes into the SVG', () => {
    const svg = handDrawnBarChart.svg({ title: 'A <b> & "c"', categories: ['x<y'], series: [{ name: 's', values: [3] }] }, PDF_CHART_THEME);

    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(svg).not.toContain('<b>');
  });

  it('labels a stacked column with the total of its series', () => {
    const shapes = layoutBarChart({ title: 't', categories: ['2026-01'], series: [{ name: 'a', values: [2] }, { name: 'b', values: [5] }], stacked: true }, { width: 400, height: 200 });

    expect(shapes.filter((shape) => shape.kind === 'text' && shape.role === 'value').map((shape) => shape.kind === 'text' && shape.text)).toEqual(['7']);
    expect(shapes.filter((shape) => shape.kind === 'rect' && shape.y > 30)).toHaveLength(2);
  });
});
