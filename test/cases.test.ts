import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCases } from '../src/json.js';

const root = new URL('..', import.meta.url).pathname;
const access = (file: string) => ({
  readFile: (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  resolve: (path: string) => resolve(dirname(file), path),
});
const run = (file: string) => runCases(JSON.parse(readFileSync(file, 'utf8')), access(file));
const scratch = mkdtempSync(join(tmpdir(), 'jixiao-cases-'));
const write = (name: string, value: unknown) => {
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const dataPath = join(root, 'examples/nanzhou-2023.json');

describe('case files', () => {
  test("the repository's own cases pass: the Nanzhou report and each rule kind's edges", () => {
    for (const name of ['nanzhou-2023.cases.json', 'rule-edges.cases.json']) {
      const report = run(join(root, 'test/cases', name));
      expect(report.ok && report.value.cases.filter((each) => !each.passed)).toEqual([]);
    }
    const nanzhou = run(join(root, 'test/cases/nanzhou-2023.cases.json'));
    expect(nanzhou.ok ? nanzhou.value.cases[0]?.checks : 0).toBe(42);
  });

  test('a wrong expectation fails with the node, expected and actual value and the arithmetic', () => {
    const file = write('wrong.cases.json', {
      cases: [
        {
          name: 'wrong',
          data: dataPath,
          expect: {
            total: '91.64',
            nodes: { 'budget-execution-rate': { score: '9.95', scoreRate: '99.56%' } },
          },
        },
      ],
    });
    const report = run(file);
    expect(report.ok ? report.value.cases[0]?.failures : report.issues).toEqual([
      { subject: 'total', expected: '91.64', actual: '91.46' },
      {
        subject: 'budget-execution-rate score',
        expected: '9.95',
        actual: '9.96',
        explanation: '支出率 = 23,033.06 ÷ 23,135.18 = 99.56%；得分 = 10 × 99.56% = 9.96',
      },
      {
        subject: 'budget-execution-rate scoreRate',
        expected: '99.56%',
        actual: '99.60%',
        explanation: '支出率 = 23,033.06 ÷ 23,135.18 = 99.56%；得分 = 10 × 99.56% = 9.96',
      },
    ]);
    expect(report.ok && report.value.passed).toBe(false);
  });

  test('bad case files get the same clear issues as every other input', () => {
    const codes = (value: unknown) => {
      const report = runCases(value, access(join(scratch, 'x.json')));
      return report.ok ? [] : report.issues.map((found) => `${found.code} ${found.path.join('.')}`);
    };
    expect(codes({ cases: [{ name: 'n', data: dataPath, expect: { totl: '1' } }] })).toEqual([
      'unknown_key cases.0.expect.totl',
    ]);
    expect(codes({ cases: [{ name: 'n', inputs: {}, expect: { total: '1' } }] })).toEqual([
      'missing_key cases.0.scheme',
    ]);
    expect(codes({ cases: [{ name: 'n', data: dataPath, expect: { total: '9l.46' } }] })).toEqual([
      'invalid_number cases.0.expect.total',
    ]);
    expect(codes({ cases: [{ name: 'n', data: 'nowhere.json', expect: { total: '1' } }] })).toEqual(
      ['file_not_found cases.0.data'],
    );
    expect(
      codes({
        cases: [
          { name: 'n', scheme: 'gz-department-overall@2099', inputs: {}, expect: { total: '1' } },
        ],
      }),
    ).toEqual(['unknown_preset cases.0.scheme']);
    expect(
      codes({
        cases: [
          {
            name: 'n',
            scheme: {
              id: 's',
              version: '1',
              title: 's',
              fullMarks: 1,
              grades: [{ grade: '-', min: 0 }],
              indicators: [],
            },
            inputs: { x: { actual: 'abc' } },
            expect: { total: '1' },
          },
        ],
      }),
    ).toEqual(['invalid_number cases.0.inputs.x.actual']);
  });

  test('jixiao test prints each case and exits 1 on a failure, 2 on an unusable file', () => {
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'test', ...args], {
        encoding: 'utf8',
        cwd: root,
      });
    const passing = cli('test/cases/nanzhou-2023.cases.json', 'test/cases/rule-edges.cases.json');
    expect([passing.status, passing.stdout.trimEnd().split('\n').at(-1)]).toEqual([
      0,
      '14/14 个用例通过',
    ]);
    const failing = cli(
      write('failing.cases.json', {
        cases: [{ name: '总分写错', data: dataPath, expect: { total: '91.64' } }],
      }),
      '--lang',
      'en',
    );
    expect([failing.status, failing.stdout.split('\n').slice(1)]).toEqual([
      1,
      ['  ✗ 总分写错', '    total: expected 91.64, got 91.46', '0/1 cases passed', ''],
    ]);
    const unusable = cli(write('unusable.cases.json', { cases: [] }));
    expect([unusable.status, unusable.stderr.split('\n')[1]]).toEqual([
      2,
      '  cases: 超出允许范围（≥ 1） [out_of_range]',
    ]);
  });
});
