// docs/browser.md's recipe, examples/browser.html, in headless Chromium: the built ES modules
// (dist/) loaded through an import map from a server on 127.0.0.1, a scheme scored with the core
// entry alone and the Nanzhou data file read with jixiao/json and scored to 91.46, with no
// console error and no request elsewhere. The core entry's import graph reaches no Node module.
// Without Chromium the browser test is skipped locally and fails in CI.
import { readFileSync, realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumRequired, findChromium, launchChromium, watchPage } from './support/browser.js';
import { skipWithout } from './support/systemProgram.js';

const browserTimeout = 180_000;
const root = new URL('..', import.meta.url).pathname;
const chromium = findChromium();

/** What the server may hand out: the page, the data file, the build and its two dependencies. */
const served = ['examples/', 'dist/', 'node_modules/decimal.js/', 'node_modules/zod/'];
const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A static server of the repository's served folders on 127.0.0.1, on a free port. */
function startServer(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
      .replace(/^[/\\]+/u, '')
      .split(sep)
      .join('/');
    const type = types[extname(path)];
    if (!served.some((folder) => path.startsWith(folder)) || path.includes('..') || !type) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(join(root, path));
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve(server);
    });
  });
}

/** The relative and bare imports of a built module, static and dynamic. */
function importsOf(file: string): readonly string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/gmu),
    ...text.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/gmu),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu),
  ].map(([, specifier = '']) => specifier);
}

describe('the core entry in a browser', () => {
  test('dist/index.js reaches no Node module: its whole import graph imports decimal.js and chunks', () => {
    const bare = new Set<string>();
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of importsOf(file))
        if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
        else bare.add(specifier);
    };
    visit(realpathSync(join(root, 'dist/index.js')));
    expect(seen.size).toBeGreaterThan(1);
    expect([...bare].sort()).toEqual(['decimal.js']);
  });
});

describe.skipIf(skipWithout(chromium, chromiumRequired))(
  'examples/browser.html in headless Chromium',
  () => {
    let browser: Browser | undefined;
    let server: Server | undefined;

    beforeAll(async () => {
      server = await startServer();
      browser = await launchChromium(chromium ?? '');
    }, browserTimeout);
    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
    });

    test(
      'scores a scheme with the core entry and the Nanzhou data file to 91.46, loading only the build',
      async () => {
        if (browser === undefined || server === undefined) throw new Error('not started');
        const { port } = server.address() as AddressInfo; // listening on a TCP port
        const origin = `http://127.0.0.1:${port}`;
        const page = await browser.newPage();
        const trouble = await watchPage(page, origin);
        const loaded: string[] = [];
        page.on('requestfinished', (request) => {
          loaded.push(new URL(request.url()).pathname);
        });
        try {
          await page.goto(`${origin}/examples/browser.html`);
          const total = page.locator('#total');
          await expect.poll(() => total.textContent(), { timeout: 60_000 }).toBe('91.46');
          expect(await total.isVisible()).toBe(true);
          expect(await page.locator('#grade').textContent()).toBe('优');
          expect(await page.locator('#small').textContent()).toBe(
            '9.96 (完成率 = 23,033.06 ÷ 23,135.18 = 99.56%；得分 = 10 × 99.56% = 9.96)',
          );
          expect(await page.locator('#error').textContent()).toBe('');
          const report = page.frameLocator('#report');
          await expect.poll(() => report.locator('#total').textContent()).toBe('91.46');
          expect(loaded).toEqual(
            expect.arrayContaining([
              '/examples/browser.html',
              '/dist/index.js',
              '/dist/json.js',
              '/node_modules/decimal.js/decimal.mjs',
              '/node_modules/zod/index.js',
              '/examples/nanzhou-2023.json',
            ]),
          );
          expect(trouble).toEqual({
            consoleErrors: [],
            pageErrors: [],
            outsideRequests: [],
            failedRequests: [],
          });
        } finally {
          await page.close();
        }
      },
      browserTimeout,
    );
  },
);
