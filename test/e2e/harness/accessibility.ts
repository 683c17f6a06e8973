import fs from 'node:fs';
import type { Frame } from 'playwright-core';

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core inside a frame and returns the violations of at least `serious` impact. axe is evaluated through
 * the DevTools protocol, not a <script> tag, so the frame's Forge CSP (no inline scripts) stays as it is.
 */
export async function seriousA11yViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  const violations = await frame.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}
