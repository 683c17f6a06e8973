import type { BarChartSpec, ChartSize } from './barChartSpec';

/** A chart as plain shapes: a rectangle, a text or a line, with colours named by role so each medium picks its own. */
export type ChartShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; series: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; anchor: 'start' | 'middle' | 'end'; role: 'title' | 'label' | 'value' }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number };

const TITLE_HEIGHT = 20;
const LEGEND_HEIGHT = 16;
const AXIS_WIDTH = 30;
const LABEL_HEIGHT = 18;
const VALUE_HEIGHT = 12;

/** 1, 2 or 5 × a power of ten: gridlines at round numbers. */
export function niceStep(max: number, lines: number): number {
  const raw = Math.max(1, max) / lines;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? raw;
  return Math.max(1, step);
}

/** Shortens a label to about `width` points of 0.55 em characters, the width a sans-serif digit or letter takes. */
function fit(text: string, width: number, size: number): string {
  const chars = Math.max(3, Math.floor(width / (size * 0.55)));
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

/** Lays out a column chart: title, legend when there are several series, gridlines, columns, totals, labels. */
export function layoutBarChart(spec: BarChartSpec, size: ChartSize): ChartShape[] {
  const shapes: ChartShape[] = [{ kind: 'text', x: 0, y: 14, text: spec.title, size: 12, anchor: 'start', role: 'title' }];
  const hasLegend = spec.series.length > 1;
  if (hasLegend) {
    let x = 0;
    spec.series.forEach((series, index) => {
      shapes.push({ kind: 'rect', x, y: TITLE_HEIGHT + 3, width: 9, height: 9, series: index });
      shapes.push({ kind: 'text', x: x + 13, y: TITLE_HEIGHT + 11, text: series.name, size: 9, anchor: 'start', role: 'label' });
      x += 13 + series.name.length * 5.2 + 14;
    });
  }
  const top = TITLE_HEIGHT + (hasLegend ? LEGEND_HEIGHT : 0) + VALUE_HEIGHT;
  const bottom = size.height - LABEL_HEIGHT;
  const plotWidth = size.width - AXIS_WIDTH;
  const totals = spec.categories.map((_, index) => spec.series.map((series) => series.values[index] ?? 0));
  const max = Math.max(1, ...totals.map((values) => (spec.stacked ? values.reduce((sum, value) => sum + value, 0) : Math.max(0, ...values))));
  const step = niceStep(max, 4);
  const axisMax = Math.ceil(max / step) * step;
  const yOf = (value: number) => bottom - (value / axisMax) * (bottom - top);

  for (let value = 0; value <= axisMax; value += step) {
    shapes.push({ kind: 'line', x1: AXIS_WIDTH, y1: yOf(value), x2: size.width, y2: yOf(value) });
    shapes.push({ kind: 'text', x: AXIS_WIDTH - 4, y: yOf(value) + 3, text: String(value), size: 8, anchor: 'end', role: 'label' });
  }

  const slot = plotWidth / Math.max(1, spec.categories.length);
  const groupWidth = Math.min(slot * 0.7, 80);
  spec.categories.forEach((category, index) => {
    const left = AXIS_WIDTH + index * slot + (slot - groupWidth) / 2;
    const values = totals[index] ?? [];
    if (spec.stacked) {
      let base = 0;
      values.forEach((value, series) => {
        if (value > 0) shapes.push({ kind: 'rect', x: left, y: yOf(base + value), width: groupWidth, height: yOf(base) - yOf(base + value), series });
        base += value;
      });
      shapes.push({ kind: 'text', x: left + groupWidth / 2, y: yOf(base) - 3, text: String(base), size: 8, anchor: 'middle', role: 'value' });
    } else {
      const barWidth = groupWidth / Math.max(1, values.length);
      values.forEach((value, series) => {
        const x = left + series * barWidth;
        if (value > 0) shapes.push({ kind: 'rect', x, y: yOf(value), width: barWidth - 1, height: bottom - yOf(value), series });
        // Numbers over columns narrower than two digits would overlap: the axis tells those values.
        if (barWidth >= 12) shapes.push({ kind: 'text', x: x + barWidth / 2, y: yOf(value) - 3, text: String(value), size: 8, anchor: 'middle', role: 'value' });
      });
    }
    shapes.push({ kind: 'text', x: AXIS_WIDTH + index * slot + slot / 2, y: bottom + 12, text: fit(category, slot - 2, 8), size: 8, anchor: 'middle', role: 'label' });
  });
  return shapes;
}
