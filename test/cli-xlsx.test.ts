// `jixiao score … -o 评分表.xlsx` and `--summary s.xlsx`: the workbook goes to the file (its
// format named by the extension), never to standard output; the batch summary as a workbook
// with one sheet per section and its numbers stored as numbers.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { exampleJson, scoredWorkbook } from './support/exampleWorkbooks.js';
import { runJixiaoAsync } from './support/runJixiao.js';
import { workbookSheets } from './support/workbookCells.js';

const root = new URL('..', import.meta.url).pathname;
const example = (name: string): string => join(root, 'examples', `${name}.json`);

describe('jixiao score with an .xlsx output', () => {
  test('-o x.xlsx writes the score workbook, the bytes the library writes', async () => {
    const out = mkdtempSync(join(tmpdir(), 'jixiao-xlsx-'));
    const file = join(out, '评分表.xlsx');
    const run = await runJixiaoAsync('score', example('nanzhou-2023'), '-o', file);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', '']);
    const bytes = new Uint8Array(readFileSync(file));
    const { bytes: library } = await scoredWorkbook(exampleJson('nanzhou-2023'));
    expect(Buffer.from(bytes).equals(Buffer.from(library))).toBe(true);
    const [sheet] = workbookSheets(bytes);
    expect(sheet?.name).toBe('自评表');
    expect(sheet?.cells.get('F60')).toEqual({ value: '91.46', type: 'n', formula: 'SUM(F9,F29)' });
    const explicit = join(out, 'named.bin');
    const again = await runJixiaoAsync(
      'score',
      example('nanzhou-2023'),
      '--format',
      'xlsx',
      '-o',
      explicit,
    );
    expect(again.code).toBe(0);
    expect(Buffer.from(readFileSync(explicit)).equals(Buffer.from(bytes))).toBe(true);
  });

  test.each([[[]], [['-o', '-']]])(
    '--format xlsx to standard output fails with output_file_required (%j)',
    async (output) => {
      const run = await runJixiaoAsync(
        'score',
        example('nanzhou-2023'),
        '--format',
        'xlsx',
        ...output,
      );
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('output_file_required');
    },
  );

  test('a batch with --summary s.xlsx writes the summary workbook, a sheet per section', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jixiao-xlsx-batch-'));
    writeFileSync(join(folder, 'a-project.json'), readFileSync(example('project-2024')));
    writeFileSync(join(folder, 'b-nanzhou.json'), readFileSync(example('nanzhou-2023')));
    writeFileSync(join(folder, 'c-bad.json'), '{"scheme": "nope"}');
    const out = join(folder, 'out');
    mkdirSync(out);
    const summary = join(out, 's.xlsx');
    const run = await runJixiaoAsync('score', folder, '--format', 'ndjson', '--summary', summary);
    expect(run.code).toBe(2);
    const sheets = workbookSheets(new Uint8Array(readFileSync(summary)));
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      '概况',
      '等级分布',
      '总分排名',
      '一级指标分布',
      '失败的文档',
    ]);
    const [overview, grades, ranking] = sheets;
    expect(overview?.cells.get('B2')).toEqual({ value: '3', type: 'n' });
    expect(grades?.cells.get('A2')?.value).toBe('优');
    expect(grades?.cells.get('B2')).toEqual({ value: '2', type: 'n' });
    expect(['A2', 'E2', 'A3', 'E3'].map((reference) => ranking?.cells.get(reference))).toEqual([
      { value: '1', type: 'n' },
      { value: '94.60', type: 'n' },
      { value: '2', type: 'n' },
      { value: '91.46', type: 'n' },
    ]);
    const stdout = await runJixiaoAsync('score', folder, '--format', 'xlsx');
    expect(stdout.code).toBe(2);
    expect(stdout.stderr).toContain('output_file_required');
    const asOutput = join(out, 'o.xlsx');
    await runJixiaoAsync('score', folder, '-o', asOutput);
    expect(Buffer.from(readFileSync(asOutput)).equals(Buffer.from(readFileSync(summary)))).toBe(
      true,
    );
  });
});
