/** Runs one scenario and records wall time, peak heap growth and the counts the scenario reports. */
export interface Measurement {
  scenario: string;
  variant: string;
  restCalls: number;
  invocations: number;
  wallMs: number;
  peakHeapMb: number;
}

export async function measure(scenario: string, variant: string, run: () => Promise<{ restCalls: number; invocations: number }>): Promise<Measurement> {
  global.gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const started = performance.now();
  const counts = await run();
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { scenario, variant, ...counts, wallMs, peakHeapMb: (peak - baseline) / 1e6 };
}

/** Prints measurements as a table with, per scenario, each variant's ratio against the naive baseline. */
export function printTable(rows: Measurement[]): void {
  const header = ['scenario', 'variant', 'REST calls', 'invocations', 'wall ms', 'peak heap MB', 'REST vs naive', 'time vs naive'];
  const lines = rows.map((row) => {
    const naive = rows.find((candidate) => candidate.scenario === row.scenario && candidate.variant === 'naive');
    const ratio = (ours: number, theirs: number | undefined) => (theirs === undefined || theirs === 0 ? '-' : (ours / theirs).toFixed(3));
    return [
      row.scenario,
      row.variant,
      String(row.restCalls),
      String(row.invocations),
      row.wallMs.toFixed(1),
      row.peakHeapMb.toFixed(1),
      row.variant === 'naive' ? '1' : ratio(row.restCalls, naive?.restCalls),
      row.variant === 'naive' ? '1' : ratio(row.wallMs, naive?.wallMs),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)));
  const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ');
  console.log(format(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const line of lines) console.log(format(line));
}
