/** One finding of `npm run check:forge`, whichever tool found it. */
export interface Problem {
  level: 'error' | 'warning';
  /** manifest: `validate()` of @forge/manifest; lint: client-side `lint()` of @forge/lint; triad: our own checks. */
  source: 'manifest' | 'lint' | 'triad';
  message: string;
  /** Relative to the app directory. */
  file?: string;
  /** 1-based; absent when the tool gives no position. */
  line?: number;
}

export const MANIFEST_FILE = 'manifest.yml';

/** 1-based line of the first manifest line containing `text`, as @forge/manifest's findPosition does. */
export function manifestLineOf(text: string, manifestLines: readonly string[]): number | undefined {
  const index = manifestLines.findIndex((line) => line.includes(text));
  return index >= 0 ? index + 1 : undefined;
}

export function formatProblem(problem: Problem): string {
  const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}` : ''}` : '';
  return [problem.level.padEnd(7), problem.source.padEnd(8), where, problem.message].filter(Boolean).join('  ');
}

export function summarize(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.level === 'error').length;
  const warnings = problems.length - errors;
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `check:forge: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} (manifest validation, offline Forge lint, Triad checks)`;
}
