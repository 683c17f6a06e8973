import { token } from '@atlaskit/tokens';
import type { BarChartSpec, ChartTheme } from '../../../src/services/review/charts/barChartSpec';
import { handDrawnBarChart } from '../../../src/services/review/charts/handDrawnBarChart';

// Design tokens as CSS variables: the charts follow the light and dark themes like the rest of the page.
const PAGE_THEME: ChartTheme = {
  text: token('color.text'),
  subtleText: token('color.text.subtle'),
  grid: token('color.border'),
  series: ['blue', 'purple', 'teal', 'orange', 'magenta', 'lime'].map((hue) => token(`color.chart.${hue}.bold` as Parameters<typeof token>[0])),
  fontFamily: 'inherit',
};

/** One chart of the pack, the same picture as in the PDF. The SVG is ours, with every text escaped. */
export function ReviewChart({ spec, testId }: { spec: BarChartSpec; testId: string }) {
  const isEmpty = spec.series.every((series) => series.values.every((value) => value === 0));
  if (isEmpty) return null;
  return <figure data-testid={testId} style={{ margin: 0, maxWidth: '44rem' }} dangerouslySetInnerHTML={{ __html: handDrawnBarChart.svg(spec, PAGE_THEME) }} />;
}
