import fs from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { settledFrameHeight } from './openModule';

export const RESULTS_DIR = path.resolve(__dirname, '../../../test-results');

/**
 * A full-page screenshot in `test-results/<name>.png`, for people to look at (no pixel comparison). Chromium
 * paints cross-origin frames only near the viewport, so the viewport grows to the page for the shot.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport !== null && height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height });
    // Frames repaint after the resize: one animation frame is not enough for a cross-origin frame.
    await page.waitForTimeout(250);
  }
  await page.screenshot({ path: file, fullPage: true });
  if (viewport !== null) await page.setViewportSize(viewport);
  return file;
}

/** Chromium paints a tall cross-origin frame only near the viewport: grow the viewport to the frame, then shoot. */
export async function screenshotWhole(page: Page, frame: Frame, name: string): Promise<void> {
  const height = await settledFrameHeight(page, frame);
  await page.setViewportSize({ width: 1280, height: Math.ceil(height) + 200 });
  await settledFrameHeight(page, frame);
  await screenshot(page, name);
}
