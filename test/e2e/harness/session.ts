import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { startHost, type RunningHost } from './hostServer';

export interface BrowserSession {
  readonly host: RunningHost;
  readonly browser: Browser;
  /** A fresh page per test. */
  readonly page: Page;
  /** Uncaught errors of every page of the suite (the tests assert none). */
  readonly pageErrors: string[];
}

/**
 * Registers the hooks every E2E suite needs: the real app on a fresh demo site and one Chromium for the suite,
 * a new page per test. Call it inside `describe`; read `host` and `page` from it inside the tests.
 */
export function browserSession(pageOptions: BrowserContextOptions): BrowserSession {
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The E2E session has no ${what} yet (use it inside a test or hook)`);
    return value;
  };

  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
  });
  beforeEach(async () => {
    page = await started(browser, 'browser').newPage(pageOptions);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterEach(async () => {
    await page?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  return {
    get host() {
      return started(host, 'host');
    },
    get browser() {
      return started(browser, 'browser');
    },
    get page() {
      return started(page, 'page');
    },
    pageErrors,
  };
}
