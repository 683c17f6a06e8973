import type { Frame, Page } from 'playwright-core';

export interface OpenModuleOptions {
  hostOrigin: string;
  issueKey: string;
  accountId: string;
  theme?: 'light' | 'dark';
  /** Which issue module (panel or context panel) to return. */
  moduleKey: string;
}

/** Opens the issue view as a user and returns the app panel's iframe once its document has loaded. */
export async function openModuleAs(page: Page, options: OpenModuleOptions): Promise<Frame> {
  const query = new URLSearchParams({ as: options.accountId, theme: options.theme ?? 'light' });
  await page.goto(`${options.hostOrigin}/browse/${encodeURIComponent(options.issueKey)}?${query.toString()}`);
  const selector = `iframe[data-module-key="${options.moduleKey}"]`;
  const element = await page.waitForSelector(selector);
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`The module iframe ${selector} has no document`);
  await frame.waitForLoadState('load');
  return frame;
}

/**
 * Waits until the host has resized the module's iframe to its content (the bridge reports sizes asynchronously),
 * e.g. before a screenshot. Returns the settled height in CSS pixels.
 */
export async function settledFrameHeight(page: Page, frame: Frame): Promise<number> {
  const element = await frame.frameElement();
  await page.waitForFunction(
    async ([iframe]) => {
      const before = (iframe as HTMLIFrameElement).style.height;
      await new Promise((resolve) => setTimeout(resolve, 150));
      return before !== '' && before === (iframe as HTMLIFrameElement).style.height;
    },
    [element],
  );
  return element.evaluate((iframe) => (iframe as HTMLIFrameElement).getBoundingClientRect().height);
}
