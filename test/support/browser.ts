// Headless Chromium for the page tests: the system's browser (playwright-core downloads none),
// pages opened with every request checked so that a page that reaches for the network fails.
import { chromium, type Browser, type Page } from 'playwright-core';
import { findExecutable } from './systemProgram.js';

/** What to install when no browser is found. */
export const chromiumRequired =
  'Chromium is required for the browser tests: /usr/bin/chromium is missing (apt-get install --no-install-recommends chromium fonts-wqy-zenhei, or set JIXIAO_CHROMIUM to a Chromium executable)';

/**
 * The Chromium to run: `JIXIAO_CHROMIUM` when set, else /usr/bin/chromium, else `chromium` or
 * `chromium-browser` on PATH.
 *
 * @returns the executable's path, or undefined when there is none
 */
export function findChromium(): string | undefined {
  const given = process.env['JIXIAO_CHROMIUM'];
  if (given !== undefined && given !== '') return findExecutable(given);
  return (
    findExecutable('/usr/bin/chromium') ??
    findExecutable('chromium') ??
    findExecutable('chromium-browser')
  );
}

/**
 * Starts the system's Chromium headless, without a sandbox (the tests run as root on CI).
 *
 * @param executablePath - the browser ({@link findChromium})
 * @returns the browser, to close when done
 */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}

/** What a page did that a self-contained page must not: console errors, failed or outside requests. */
export interface PageTrouble {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly outsideRequests: string[];
  readonly failedRequests: string[];
}

/**
 * Watches a page: every request is routed, and one whose URL is not `file:`, `data:` or (when
 * given) the one local origin allowed is aborted and recorded; console errors, uncaught errors and
 * failed requests are recorded too.
 *
 * @param page - a new page, before it loads anything
 * @param allowedOrigin - an origin the page may load from (a server on 127.0.0.1), if any
 * @returns the lists, filled as the page runs
 */
export async function watchPage(page: Page, allowedOrigin?: string): Promise<PageTrouble> {
  const trouble: PageTrouble = {
    consoleErrors: [],
    pageErrors: [],
    outsideRequests: [],
    failedRequests: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    trouble.pageErrors.push(error.message);
  });
  page.on('requestfailed', (request) => {
    trouble.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    const local =
      url.startsWith('file:') ||
      url.startsWith('data:') ||
      (allowedOrigin !== undefined && new URL(url).origin === allowedOrigin);
    if (local) await route.continue();
    else {
      trouble.outsideRequests.push(url);
      await route.abort();
    }
  });
  return trouble;
}
