import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runJixiao } from './support/runJixiao.js';

const scratch = mkdtempSync(join(tmpdir(), 'jixiao-diff-'));
const before = 'examples/nanzhou-2023.json';
const after = 'test/fixtures/diff/nanzhou-2024.json';

function withFile(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** The 2024 data scored and saved as `jixiao score --format json` writes it. */
function savedEvaluation(): string {
  const path = join(scratch, 'nanzhou-2024.evaluation.json');
  const saved = runJixiao('score', after, '--format', 'json', '-o', path);
  expect([saved.code, saved.stderr]).toEqual([0, '']);
  return path;
}

describe('jixiao diff', () => {
  test("without --format, the -o file's extension names the format; another kind of file is refused", () => {
    const asJson = join(scratch, 'change.json');
    expect(runJixiao('diff', before, after, '-o', asJson).code).toBe(0);
    expect(JSON.parse(readFileSync(asJson, 'utf8'))).toHaveProperty('totalChange');
    const asPdf = join(scratch, 'change.pdf');
    const refused = runJixiao('diff', before, after, '-o', asPdf);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toContain('output_extension_unwritable');
    expect(existsSync(asPdf)).toBe(false);
  });

  test('two data files: a table of every indicator, the totals and the counts; exit 0', () => {
    const { code, stdout, stderr } = runJixiao('diff', before, after);
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '原：examples/nanzhou-2023.json · 广州市海珠区人民政府南洲街道办事处 2023 年度 · gz-department-overall@2023',
      '新：test/fixtures/diff/nanzhou-2024.json · 广州市海珠区人民政府南洲街道办事处 2024 年度 · gz-department-overall@2023',
    ]);
    expect(lines).toContain(
      '    绩效管理制度建设                           5    0.00    5.00  +5.00     +100.00',
    );
    expect(lines).toContain(
      '      开展城乡社区活动的村居个数               3    3.00                             删除',
    );
    expect(lines.slice(-3)).toEqual([
      '总分                                         100   91.46   96.00  +4.54       +4.54  等级：优',
      '末级指标：相同 28，变化 6，新增 1，删除 1，移动 1',
      '',
    ]);
  });

  test('a saved evaluation compares as the data file it came from, on either side', () => {
    const evaluation = savedEvaluation();
    const fromData = runJixiao('diff', before, after, '--format', 'json');
    const fromEvaluation = runJixiao('diff', before, evaluation, '--format', 'json');
    expect([fromEvaluation.code, fromEvaluation.stderr]).toEqual([0, '']);
    expect(fromEvaluation.stdout).toBe(fromData.stdout);
    const reversed = runJixiao('diff', evaluation, before, '--format', 'json', '--lang', 'en');
    const comparison = JSON.parse(reversed.stdout) as { totalChange: string; leafCounts: object };
    expect([reversed.code, comparison.totalChange, comparison.leafCounts]).toEqual([
      0,
      '-4.54',
      { same: 28, changed: 6, added: 1, removed: 1, moved: 1 },
    ]);
    const table = runJixiao('diff', evaluation, before, '--lang', 'en').stdout.split('\n');
    expect(table[0]).toBe(`Before: ${evaluation} · gz-department-overall@2023`);
  });

  test('a file compared with itself: every leaf the same, still exit 0', () => {
    const { code, stdout } = runJixiao('diff', before, before, '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout.split('\n').at(-2)).toBe(
      'Leaves: 36 same, 0 changed, 0 added, 0 removed, 0 moved',
    );
  });

  test('Markdown and CSV; CSV written to a file starts with a byte-order mark', () => {
    const markdown = runJixiao('diff', before, after, '--format', 'markdown', '--lang', 'en');
    expect([markdown.code, markdown.stdout.split('\n')[0]]).toEqual([0, '### Comparison']);
    const path = join(scratch, 'diff.csv');
    const csv = runJixiao('diff', before, after, '--format', 'csv', '-o', path);
    expect([csv.code, csv.stdout, csv.stderr]).toEqual([0, '', '']);
    const written = readFileSync(path, 'utf8');
    expect(written.startsWith('\uFEFF层级,状态,匹配方式,')).toBe(true);
    expect(written).toContain(
      '\r\n4,删除,,community-activities,,开展城乡社区活动的村居个数,,3,,,3.00,,,100.00,,,ratio,,删除\r\n',
    );
    const noBom = runJixiao('diff', before, after, '--format', 'csv', '-o', path, '--no-bom');
    expect(noBom.code).toBe(0);
    expect(readFileSync(path, 'utf8').startsWith('层级,')).toBe(true);
  });

  test('--help in Chinese and English', () => {
    const zh = runJixiao('diff', '--help');
    const en = runJixiao('diff', '--help', '--lang', 'en');
    expect([zh.code, zh.stdout.split('\n')[0]]).toEqual([
      0,
      '用法：jixiao diff <原文件> <新文件> [--format table|json|markdown|csv] [-o 文件] [--bom|--no-bom] [--lang zh|en]',
    ]);
    expect([en.code, en.stdout.split('\n')[0]]).toEqual([
      0,
      'Usage: jixiao diff <BEFORE> <AFTER> [--format table|json|markdown|csv] [-o FILE] [--bom|--no-bom] [--lang zh|en]',
    ]);
  });
});

describe('jixiao diff refuses unusable input with exit 2', () => {
  test('one file, three files, an unknown format, an option it does not take', () => {
    const one = runJixiao('diff', before);
    expect([one.code, one.stdout, one.stderr.split('\n')[0]]).toEqual([
      2,
      '',
      '缺少文件参数 [missing_argument]',
    ]);
    const three = runJixiao('diff', before, after, before, '--lang', 'en');
    expect([three.code, three.stderr]).toEqual([
      2,
      `Unexpected arguments: ${before} (see jixiao --help) [unexpected_argument]\n`,
    ]);
    const format = runJixiao('diff', before, after, '--format', 'report');
    expect([format.code, format.stderr]).toEqual([
      2,
      '未知的输出格式：report（可用：table、json、markdown、csv） [unknown_format]\n',
    ]);
    const option = runJixiao('diff', before, after, '--data', before);
    expect([option.code, option.stderr]).toEqual([
      2,
      '命令 diff 不接受选项 --data（见 jixiao diff --help） [unsupported_option]\n',
    ]);
  });

  test('the problems of both files are reported, each as the other commands report it', () => {
    const broken = withFile('broken.json', '{ "scheme": ');
    const { code, stdout, stderr } = runJixiao('diff', broken, join(scratch, 'missing.json'));
    expect([code, stdout]).toEqual([2, '']);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`错误：${broken}`);
    expect(lines.at(-1)).toBe(`找不到文件：${join(scratch, 'missing.json')} [file_not_found]`);
  });

  test('an evaluation whose shape is wrong, and a data file that does not score', () => {
    const evaluation = JSON.parse(readFileSync(savedEvaluation(), 'utf8')) as Record<
      string,
      unknown
    >;
    const shapeless = withFile('shapeless.json', JSON.stringify({ ...evaluation, total: 96 }));
    const bad = runJixiao('diff', shapeless, after, '--lang', 'en');
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n').slice(0, 2)).toEqual([
      `Error: ${shapeless}`,
      '  total: Expected a string; received a number [invalid_type]',
    ]);
    const data = JSON.parse(readFileSync(after, 'utf8')) as { inputs: Record<string, unknown> };
    delete data.inputs['garbage-sorting'];
    const unscored = withFile('unscored.json', JSON.stringify(data));
    const missing = runJixiao('diff', before, unscored);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe(`错误：${unscored}`);
    // Its row gives no result either: the input is missing where the row would give it.
    expect(missing.stderr).toMatch(/indicators\.outputs\[\d+\]\.actual: .*\[missing_input\]/u);
  });
});
