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

// The page's colours: design tokens as CSS variables with their light values as fallback (dark mode follows).
export const PAGE_CHART_THEME: ChartTheme = {
  text: 'var(--ds-text, #172B4D)',
  subtleText: 'var(--ds-text-subtle, #44546F)',
  grid: 'var(--ds-border, #091E4224)',
  series: ['blue', 'purple', 'teal', 'orange', 'magenta', 'lime'].map((hue, index) => `var(--ds-chart-${hue}-bold, ${PDF_CHART_THEME.series[index]})`),
  fontFamily: 'inherit',
};

export interface ChartSize {
  width: number;
  height: number;
}
