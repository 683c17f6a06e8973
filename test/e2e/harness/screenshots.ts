import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const RESULTS_DIR = path.resolve(__dirname, '../../../test-results');

/** A full-page screenshot in `test-results/<name>.png`, for people to look at (no pixel comparison). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
