import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { renderHtmlReport } from '../src/render/html/renderHtmlReport.js';
import { scoredDataFile } from './support/diffEvaluations.js';
import { runJixiaoAsync } from './support/runJixiao.js';

// `--format html` and `.html`/`.htm` output files: the page for one evaluation, to a file or to
// standard output, and a batch's summary page.
describe('jixiao score: the HTML page', () => {
  const folder = mkdtempSync(join(tmpdir(), 'jixiao-cli-html-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  test('-o r.html writes the page, its format named by the extension', async () => {
    const file = join(folder, 'r.html');
    const run = await runJixiaoAsync('score', 'examples/nanzhou-2023.json', '-o', file);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    const page = readFileSync(file, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(page).toContain('<span class="big" id="total">91.46</span>');
    expect(page).toContain('<p class="meta">广州市海珠区人民政府南洲街道办事处 2023 年度</p>');
    expect(page).toBe(
      renderHtmlReport(scoredDataFile('examples/nanzhou-2023.json'), {
        subject: ['广州市海珠区人民政府南洲街道办事处 2023 年度'],
      }),
    );
  });

  test('.htm too, and --format html to standard output, in English with --lang en', async () => {
    const file = join(folder, 'r.htm');
    expect((await runJixiaoAsync('score', 'examples/project-2024.json', '-o', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('<span class="big" id="total">94.6</span>');
    const run = await runJixiaoAsync(
      'score',
      'examples/project-2024.json',
      '--format',
      'html',
      '--lang',
      'en',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(run.stdout).toContain('<span class="big" id="total">94.6</span>');
    expect(run.stdout).toContain('Where points were lost');
  });

  test('a batch with --summary s.html writes the summary page beside the NDJSON lines', async () => {
    const file = join(folder, 's.html');
    const run = await runJixiaoAsync(
      'score',
      'examples/nanzhou-2023.json',
      'examples/project-2024.json',
      '--format',
      'ndjson',
      '--summary',
      file,
      '-q',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    const page = readFileSync(file, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(page).toContain('<h2>总分排名</h2>');
    expect(page).toContain('<td>examples/project-2024.json</td>');
    expect(page).toContain('aria-labelledby="chart-categories-title chart-categories-desc"');
  });

  test('a batch with --format html writes the summary page to standard output', async () => {
    const run = await runJixiaoAsync(
      'score',
      'examples/nanzhou-2023.json',
      'examples/project-2024.json',
      '--format',
      'html',
      '-q',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<h1>批量评分汇总</h1>');
  });
});
