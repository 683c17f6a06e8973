import type { ReviewPack } from '../reviewTypes';
import { PAGE_CHART_THEME, type BarChartSpec } from './barChartSpec';
import { echartsBarChart } from './echartsBarChart';
import { reviewChartSpecs, type ReviewChartSpecs } from './reviewCharts';

/** The page's charts as SVG text, drawn in the resolver; null for a chart of nothing but zeros (left out). */
export type ReviewChartSvgs = Record<keyof ReviewChartSpecs, string | null>;

export function reviewChartSvgs(pack: ReviewPack): ReviewChartSvgs {
  const specs = reviewChartSpecs(pack);
  const entries = (Object.entries(specs) as [keyof ReviewChartSpecs, BarChartSpec][]).map(([key, spec]) => {
    const isEmpty = spec.series.every((series) => series.values.every((value) => value === 0));
    return [key, isEmpty ? null : echartsBarChart.svg(spec, PAGE_CHART_THEME)];
  });
  return Object.fromEntries(entries) as ReviewChartSvgs;
}
