// The HTML pages in a real browser (the system's headless Chromium): each bundled example's
// report and a batch summary load with no console error and no request beyond the file itself,
// show the total and grade as jixiao computes them, open an explanation on demand, draw their
// charts, fit a 375 px phone screen without scrolling sideways, keep their tables whole at A4
// print width and print to PDF. Without Chromium the tests are skipped locally and fail in CI.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { trimZeros } from '../src/decimal/trimZeros.js';
import { explainLeaf } from '../src/evaluation/explain.js';
import type { Evaluation, LeafResult, NodeResult } from '../src/evaluation/Evaluation.js';
import { localize } from '../src/issues/LocalizedText.js';
import { renderHtmlReport } from '../src/render/html/renderHtmlReport.js';
import { category, defineScheme, leaf } from '../src/scheme/builders.js';
import { manualRule } from '../src/rules/manual/index.js';
import { evaluate } from '../src/evaluate/evaluate.js';
import { decimal } from '../src/decimal/decimal.js';
import { chromiumRequired, findChromium, launchChromium, watchPage } from './support/browser.js';
import { pngColours } from './support/pngColours.js';
import { runJixiaoAsync } from './support/runJixiao.js';
import { skipWithout } from './support/systemProgram.js';

/** Starting Chromium and rendering pages on two loaded cores: this only guards against a hang. */
const browserTimeout = 180_000;
const chromium = findChromium();
const examples = ['nanzhou-2023', 'project-2024'] as const;

/** What jixiao prints for a command, which must succeed. */
async function jixiao(...args: string[]): Promise<string> {
  const run = await runJixiaoAsync(...args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

/** The first leaf of an evaluation, in tree order. */
function firstLeaf(nodes: readonly NodeResult[]): LeafResult {
  for (const node of nodes) {
    if (node.type === 'leaf') return node;
    return firstLeaf(node.children);
  }
  throw new Error('no leaf');
}

describe.skipIf(skipWithout(chromium, chromiumRequired))('HTML pages in headless Chromium', () => {
  let browser: Browser | undefined;
  const folder = mkdtempSync(join(tmpdir(), 'jixiao-html-'));

  beforeAll(async () => {
    browser = await launchChromium(chromium ?? '');
  }, browserTimeout);
  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Opens a page written to a file, watched; the caller checks the trouble it recorded. */
  async function open(name: string, html: string, width = 1000) {
    if (browser === undefined) throw new Error('Chromium did not start');
    const file = join(folder, name);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const trouble = await watchPage(page);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, trouble };
  }

  /** A chart's screenshot holds a drawing: many pixels unlike the background, in several colours. */
  async function expectDrawn(page: Page, selector: string): Promise<void> {
    const chart = page.locator(selector);
    await expect.poll(() => chart.isVisible()).toBe(true);
    const colours = pngColours(await chart.screenshot());
    expect(colours.width).toBeGreaterThan(100);
    expect(colours.differing).toBeGreaterThan((colours.width * colours.height) / 20);
    expect(colours.colours).toBeGreaterThan(3);
  }

  /** At a phone's width, the page does not scroll sideways; at A4 print width no table is cut. */
  async function expectFits(page: Page): Promise<void> {
    await page.setViewportSize({ width: 375, height: 800 });
    // Expressions run in the page: the tests are compiled without the DOM's types.
    const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(scrollWidth).toBeLessThanOrEqual(375);
    // A4 is 210 mm wide; less the page's 12 mm margins, 186 mm is 703 CSS pixels.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 703, height: 1000 });
    const clipped = await page.evaluate<number>(
      "[...document.querySelectorAll('.table-scroll')].filter((box) => box.scrollWidth > box.clientWidth).length",
    );
    expect(clipped).toBe(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  }

  for (const example of examples)
    test(
      `${example}: loads alone, shows jixiao's total and grade, explains a leaf, draws its charts, fits a phone and prints`,
      async () => {
        const file = `examples/${example}.json`;
        const evaluation = JSON.parse(
          await jixiao('score', file, '--format', 'json'),
        ) as Evaluation;
        const { page, trouble } = await open(
          `${example}.html`,
          await jixiao('score', file, '--format', 'html'),
        );
        try {
          const total = page.locator('#total');
          expect(await total.isVisible()).toBe(true);
          expect(await total.textContent()).toBe(trimZeros(evaluation.total));
          expect(await page.locator('#grade').isVisible()).toBe(true);
          expect(await page.locator('#grade').textContent()).toBe(
            localize(evaluation.grade.name, 'zh'),
          );
          expect(await page.locator('tr.total').innerText()).toContain(trimZeros(evaluation.total));

          const details = page.locator('#leaf-1 details');
          const explanation = details.locator('.explanation');
          expect(await explanation.isVisible()).toBe(false);
          await details.locator('summary').click();
          expect(await explanation.isVisible()).toBe(true);
          expect(await explanation.textContent()).toBe(
            explainLeaf(firstLeaf(evaluation.indicators)),
          );

          await expectDrawn(page, '#chart-rates svg');
          await expectDrawn(page, '#chart-lost svg');
          expect(await page.locator('#chart-rates svg').getAttribute('role')).toBe('img');
          expect(await page.locator('#chart-rates svg > title').textContent()).toBe(
            '各一级指标得分率',
          );
          await expectFits(page);
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

  test(
    'a batch summary: loads alone, shows the ranking and grades, draws its charts, fits a phone and prints',
    async () => {
      const run = await runJixiaoAsync(
        'score',
        'examples/nanzhou-2023.json',
        'examples/project-2024.json',
        'missing.json',
        '--format',
        'html',
        '-q',
      );
      expect(run.code).toBe(2);
      const { page, trouble } = await open('summary.html', run.stdout);
      try {
        const ranking = page.locator('table').filter({ hasText: 'examples/project-2024.json' });
        expect(await ranking.isVisible()).toBe(true);
        expect(await ranking.locator('tbody tr').first().innerText()).toContain('94.60');
        await expectDrawn(page, '#chart-grades svg');
        await expectDrawn(page, '#chart-categories svg');
        const failed = page.locator('#failures details');
        expect(await failed.locator('summary').textContent()).toBe('missing.json');
        await failed.locator('summary').click();
        expect(await failed.locator('li').first().isVisible()).toBe(true);
        await expectFits(page);
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

  test(
    'the checks could fail: a page that reaches out, logs an error or draws nothing is caught',
    async () => {
      const { page, trouble } = await open(
        'bad.html',
        '<!DOCTYPE html><html><body><img src="http://jixiao.invalid/x.png"><script>console.error("bad")</script><svg id="blank" width="200" height="100"></svg></body></html>',
      );
      try {
        expect(trouble.outsideRequests).toEqual(['http://jixiao.invalid/x.png']);
        expect(trouble.consoleErrors).toContain('bad');
        const blank = pngColours(await page.locator('#blank').screenshot());
        expect(blank.differing).toBe(0);
      } finally {
        await page.close();
      }
    },
    browserTimeout,
  );

  test(
    'hostile names add no element: every name shows as the text it is',
    async () => {
      const names = [
        '<script>document.title="owned"</script>',
        '<img src=x onerror="document.title=\'owned\'">',
        '"><svg onload=alert(1)>&amp;',
        '</td></tr></table><h1>forged</h1>\u0007',
      ] as const;
      const scheme = defineScheme({
        id: 'hostile',
        version: '1',
        title: names[0],
        fullMarks: 10,
        grades: [{ grade: 'A', min: 0, name: { zh: names[3] } }],
        indicators: [
          category('top', names[1], 10, [
            leaf('a', names[2], 5, manualRule()),
            leaf('b', names[3], 5, manualRule()),
          ]),
        ],
      });
      const scored = evaluate(scheme, {
        a: { score: decimal(4), reason: names[1] },
        b: { score: decimal(5) },
      });
      if (!scored.ok) throw new Error(JSON.stringify(scored.issues));
      const { page, trouble } = await open('hostile.html', renderHtmlReport(scored.value));
      try {
        expect(await page.title()).toBe(names[0]);
        expect(await page.locator('script').count()).toBe(1);
        expect(await page.locator('img').count()).toBe(0);
        expect(await page.locator('h1').count()).toBe(1);
        expect(await page.locator('svg[onload], [onerror]').count()).toBe(0);
        expect(await page.locator('table').count()).toBe(1);
        expect(await page.locator('h1').textContent()).toBe(names[0]);
        expect(await page.locator('td.name').allTextContents()).toEqual([
          names[1],
          names[2],
          names[3].replace('\u0007', '\\u{0007}'),
        ]);
        expect(trouble.outsideRequests).toEqual([]);
        expect(trouble.consoleErrors).toEqual([]);
      } finally {
        await page.close();
      }
    },
    browserTimeout,
  );
});
