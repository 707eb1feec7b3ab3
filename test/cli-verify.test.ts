// `jixiao verify`: the shipped presets pass; a flawed scheme's shrunk counterexample, saved as the
// data file it is printed as, reproduces the failure through `jixiao score`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { presets } from '../src/presets/presets.js';
import { runJixiao, runJixiaoAsync } from './support/runJixiao.js';
import { sampleBlock } from './support/docBlocks.js';

const flawed = 'test/fixtures/verify/flawed-scheme.json';
const marker =
  '      the counterexample as a data file (save it as counterexample.json, then run jixiao score counterexample.json):';
/** Verifying runs every law a hundred times over each scheme: generous, as the machine may be busy. */
const timeout = 180_000;

const lawLines = [
  '  ✓ bounded:',
  '  ✓ deterministic:',
  '  ✓ monotone:',
  '  ✓ shape:',
  '  ✓ rounding:',
  '  ✓ evaluates: 100 runs',
  '  ✓ categories-sum: 100 runs',
  '  ✓ permutation: 100 runs',
  '  ✓ json-round-trip: 100 runs',
  '  ✓ grade: 100 runs',
  '  ✓ best-scores: 1 run',
];

describe('jixiao verify', () => {
  test.each(['gz-department-overall@2023', 'national-project@2020'])(
    'the preset %s passes every lint and law: exit 0',
    async (reference) => {
      expect(presets.map((preset) => preset.reference)).toContain(reference);
      const { code, stdout, stderr } = await runJixiaoAsync('verify', reference, '--lang', 'en');
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const lines = stdout.split('\n');
      expect(lines[0]).toMatch(
        new RegExp(`^Verifying ${reference} \\(.+\\): seed 1, 100 runs per law$`),
      );
      expect(lines.filter((line) => /^ {2}✓ [a-z_]+$/u.test(line))).toEqual([
        '  ✓ full_marks_unreachable',
        '  ✓ grade_band_unreachable',
        '  ✓ grade_band_swallowed',
        '  ✓ review_below_cap',
        '  ✓ level_ranges_overlap',
        '  ✓ deduction_exceeds_weight',
      ]);
      expect(lines).toContain(
        '  – child_share_exceeded: not checked (turn on with --max-share SHARE)',
      );
      const laws = lines.filter((line) => /^ {2}[✓✗–] [a-z-]+:/u.test(line));
      expect(laws.map((line, index) => line.startsWith(lawLines[index] ?? '?'))).toEqual(
        lawLines.map(() => true),
      );
      expect(stdout.endsWith('\nEverything passes.\n')).toBe(true);
    },
    timeout,
  );

  test(
    'a data file is verified by its scheme, and the same seed prints the same bytes',
    async () => {
      const first = await runJixiaoAsync('verify', 'examples/project-2024.json', '--runs', '20');
      const again = await runJixiaoAsync('verify', 'examples/project-2024.json', '--runs', '20');
      expect([first.code, first.stderr]).toEqual([0, '']);
      expect(first.stdout.split('\n')[0]).toBe(
        '检查 national-project@2020（项目支出绩效自评（财预〔2020〕10号））：种子 1，每条定律 20 次',
      );
      expect(again.stdout).toBe(first.stdout);
    },
    timeout,
  );

  test(
    'a flawed scheme: the lint and the failed law, and a counterexample jixiao score reproduces',
    async () => {
      const { code, stdout, stderr } = await runJixiaoAsync('verify', flawed, '--lang', 'en');
      expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
      const lines = stdout.split('\n');
      expect(lines).toContain('  ⚠ deduction_exceeds_weight');
      expect(lines).toContain(
        '      indicators[0].children[1].rule.maxDeduction: "safety incidents" deducts at most 6, more than its weight 5: no more than the weight is ever deducted',
      );
      const failed = lines.indexOf('  ✗ evaluates: failed at run 1');
      expect(lines.slice(failed + 1, failed + 5)).toEqual([
        '      training-project@2025: generated inputs were refused: inputs.satisfaction.actual value_outside_bands',
        '      inputs: {"trained":{"actual":"0.02","target":"0.01"},"incidents":{"items":[]},"satisfaction":{"actual":"0"}}',
        '      values: {}',
        '      shrunk 3 times; replay with --seed 1',
      ]);
      expect(lines.at(-2)).toBe('1 lint issue, 5 laws failed.');

      // The round trip: the printed data file, saved, is scored, and the inputs are refused.
      const dataFile = lines[lines.indexOf(marker) + 1] ?? '';
      const saved = join(mkdtempSync(join(tmpdir(), 'jixiao-verify-')), 'counterexample.json');
      writeFileSync(saved, dataFile);
      const parsed: unknown = JSON.parse(dataFile);
      const scheme: unknown = JSON.parse(readFileSync(flawed, 'utf8'));
      expect(parsed).toEqual({
        scheme,
        inputs: {
          trained: { actual: '0.02', target: '0.01' },
          incidents: { items: [] },
          satisfaction: { actual: '0' },
        },
      });
      const scored = await runJixiaoAsync('score', saved, '--lang', 'en');
      expect(scored).toEqual({
        code: 2,
        stdout: '',
        stderr: `Error: ${saved}\n  inputs.satisfaction.actual: The value 0 falls in no band [value_outside_bands]\n`,
      });
      // docs/cli.md and docs/testing.md show this run, the file saved as counterexample.json.
      expect(scored.stderr.replace(saved, 'counterexample.json')).toBe(
        sampleBlock('docs/cli.md', 'counterexample-scored-en'),
      );
      const scoredZh = await runJixiaoAsync('score', saved);
      expect(scoredZh.stderr.replace(saved, 'counterexample.json')).toBe(
        sampleBlock('docs/testing.md', 'counterexample-scored-zh'),
      );

      // The JSON report carries the same data file.
      const json = await runJixiaoAsync('verify', flawed, '--format', 'json');
      const report = JSON.parse(json.stdout) as {
        readonly passed: boolean;
        readonly lints: readonly { readonly code: string; readonly status: string }[];
        readonly laws: readonly {
          readonly law: string;
          readonly status: string;
          readonly dataFile?: unknown;
        }[];
      };
      expect(json.code).toBe(1);
      expect(report.passed).toBe(false);
      expect(report.lints.filter((lint) => lint.status !== 'passed')).toEqual([
        expect.objectContaining({ code: 'deduction_exceeds_weight', status: 'fired' }),
        expect.objectContaining({ code: 'child_share_exceeded', status: 'off' }),
      ]);
      const evaluates = report.laws.find((law) => law.law === 'evaluates');
      expect(evaluates?.status).toBe('failed');
      expect(evaluates?.dataFile).toEqual(parsed);
    },
    timeout,
  );

  test(
    '--max-share turns on the share lint; once loaded, verify finishes at once',
    () => {
      const { code, stdout } = runJixiao(
        'verify',
        flawed,
        '--max-share',
        '0.4',
        '--runs',
        '5',
        '--lang',
        'en',
      );
      expect(code).toBe(1);
      const lines = stdout.split('\n');
      const at = lines.indexOf('  ⚠ child_share_exceeded');
      expect(lines.slice(at + 1, at + 3)).toEqual([
        '      indicators[0].children[0].weight: "people trained" carries 5 of the 10 of "outputs" (50%), more than the 40% allowed',
        '      indicators[0].children[1].weight: "safety incidents" carries 5 of the 10 of "outputs" (50%), more than the 40% allowed',
      ]);
    },
    timeout,
  );

  test('unusable input exits 2 with its issues and no stack trace', async () => {
    const options = await runJixiaoAsync(
      'verify',
      'national-project@2020',
      '--runs',
      '0',
      '--seed',
      'x',
      '--max-share',
      '1.5',
      '--lang',
      'en',
    );
    expect(options).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        '--runs takes a whole number from 1 to 100000 (given: 0) [invalid_option_value]',
        '--seed takes a whole number from -2147483648 to 2147483647 (given: x) [invalid_option_value]',
        '--max-share takes a decimal above 0 and at most 1 (such as 0.5) (given: 1.5) [invalid_option_value]',
        '',
      ].join('\n'),
    });
    const preset = await runJixiaoAsync('verify', 'national-project@1999', '--lang', 'en');
    expect([preset.code, preset.stdout]).toEqual([2, '']);
    expect(preset.stderr).toBe(
      'Error: national-project@1999\n  scheme: The scheme "national-project" has no version 1999 (available: gz-department-overall@2023 (2023–2023), national-project@2020 (2020–)) [unknown_preset]\n',
    );
    const missing = await runJixiaoAsync('verify', 'no/such/scheme.json', '--lang', 'en');
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).not.toMatch(/\n\s+at /u);
    const format = await runJixiaoAsync('verify', flawed, '--format', 'csv', '--lang', 'en');
    expect(format).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Unknown output format: csv (use table, json) [unknown_format]\n',
    });
  });

  test('--help shows the command’s help', async () => {
    const { code, stdout } = await runJixiaoAsync('verify', '--help', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      'Usage: jixiao verify <SCHEME.json|DATA.json|PRESET> [--seed N] [--runs N] [--max-share SHARE] [--format table|json] [--lang zh|en]',
    );
  });
  test(
    'control characters in a scheme file reach the terminal escaped, as score shows them',
    async () => {
      const scheme = JSON.parse(readFileSync(flawed, 'utf8')) as {
        title: { zh: string; en: string };
        indicators: { children: { name: { zh: string; en: string } }[] }[];
      };
      scheme.title.en = 'Training\u001b[2J';
      const incidents = scheme.indicators[0]?.children[1];
      if (incidents === undefined) throw new Error('the fixture has no second leaf');
      incidents.name.en = 'safety\u001b[31m incidents';
      const file = join(mkdtempSync(join(tmpdir(), 'jixiao-verify-')), 'escapes.json');
      writeFileSync(file, JSON.stringify(scheme));
      const { code, stdout } = await runJixiaoAsync('verify', file, '--lang', 'en', '--runs', '5');
      expect(code).toBe(1);
      expect(stdout).not.toContain('\u001b');
      expect(stdout.split('\n')[0]).toContain('Training\\u{001B}[2J');
      expect(stdout).toContain('"safety\\u{001B}[31m incidents" deducts at most 6');
    },
    timeout,
  );

  test(
    'a negative seed is a value, not a missing one',
    async () => {
      const { code, stdout, stderr } = await runJixiaoAsync(
        'verify',
        'national-project@2020',
        '--seed',
        '-1',
        '--runs',
        '5',
        '--lang',
        'en',
      );
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(stdout.split('\n')[0]).toMatch(/: seed -1, 5 runs per law$/);
    },
    timeout,
  );
});
