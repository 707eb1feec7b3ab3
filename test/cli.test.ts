import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runJixiao, runJixiaoAsync } from './support/runJixiao.js';

// These tests spawn the built CLI (npm test builds it first).
const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist/cli.js');
const example = JSON.parse(readFileSync(join(root, 'examples/nanzhou-2023.json'), 'utf8')) as {
  indicators: { outputs: { weight: string }[] };
  inputs: Record<string, Record<string, unknown>>;
};
const scratch = mkdtempSync(join(tmpdir(), 'jixiao-cli-'));

/** The built CLI in a real process: kept for the few tests that are about dist/cli.js itself. */
function spawned(...args: string[]) {
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const jixiao = runJixiao;

function withFile(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

function variant(name: string, change: (data: typeof example) => void): string {
  const data = structuredClone(example);
  change(data);
  return withFile(name, JSON.stringify(data, null, 2));
}

describe('jixiao score on the bundled Nanzhou example', () => {
  test('prints the score sheet as a table shaped like the report (the built dist/cli.js)', () => {
    const { code, stdout, stderr } = spawned('score');
    expect([code, stderr]).toEqual([0, '']);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '广州市（海珠区）2023 年部门整体支出绩效自评指标体系 (gz-department-overall@2023)',
      '广州市海珠区人民政府南洲街道办事处 2023 年度',
    ]);
    expect(lines).toContain('指标                                     分值   得分   得分率  说明');
    expect(lines).toContain('履职效能                                   50  49.96   99.92%');
    expect(lines).toContain(
      '  部门预算资金支出率                       10   9.96   99.60%  支出率 99.56%',
    );
    expect(lines).toContain('管理效率                                   50   41.5   83.00%');
    expect(lines).toContain('  绩效管理                                 15      9   60.00%');
    expect(lines).toContain(
      '    绩效管理制度执行                        7      6   85.71%  部分完成：部分已完成。本部门绩效管理按…',
    );
    expect(lines).toContain('  资产管理                                 10    7.5   75.00%');
    expect(lines).toContain(
      '    “三公”经费控制情况                      2      2  100.00%  控制率 97.76%',
    );
    expect(lines).toContain(
      '总分                                      100  91.46   91.46%  等级：优',
    );
    expect(lines.filter((line) => line !== '')).toHaveLength(57);
  });

  test('--lang en labels the sheet in English', () => {
    const { code, stdout } = jixiao('score', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toContain('Indicator ');
    expect(stdout).toMatch(
      /\n {2}budget execution rate +10 +9\.96 +99\.60% +execution rate 99\.56%\n/,
    );
    expect(stdout).toMatch(/\nTotal +100 +91\.46 +91\.46% +Grade: excellent\n/);
  });

  test('--format json prints the evaluation with decimals as strings', () => {
    const { code, stdout } = jixiao('score', '--format', 'json');
    expect(code).toBe(0);
    const evaluation = JSON.parse(stdout) as {
      total: string;
      grade: { grade: string };
      scheme: { id: string; version: string };
      indicators: { id: string; name: { zh: string }; weight: string; score: string }[];
    };
    expect([
      evaluation.total,
      evaluation.grade.grade,
      evaluation.scheme.id,
      evaluation.scheme.version,
    ]).toEqual(['91.46', '优', 'gz-department-overall', '2023']);
    expect(
      evaluation.indicators.map((node) => [node.id, node.name.zh, node.weight, node.score]),
    ).toEqual([
      ['performance', '履职效能', '50', '49.96'],
      ['management', '管理效率', '50', '41.50'],
    ]);
  });

  test('--format markdown and --format csv', () => {
    const markdown = jixiao('score', '--format', 'markdown');
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain(
      '| 指标 | 分值 | 得分 | 得分率 | 说明 |\n|---|---:|---:|---:|---|\n| **履职效能** | 50 | 49.96 | 99.92% |  |',
    );
    expect(markdown.stdout).toContain(
      '| **总分** | **100** | **91.46** | **91.46%** | 等级：**优** |',
    );
    const csv = jixiao('score', '--format', 'csv');
    expect(csv.code).toBe(0);
    const rows = csv.stdout.split('\r\n');
    expect(rows[0]).toBe('层级,指标编号,指标,分值,得分,得分率,说明');
    expect(rows).toContain(
      '2,budget-execution-rate,部门预算资金支出率,10,9.96,99.60%,支出率 99.56%',
    );
    expect(rows).toContain('0,,总分,100,91.46,91.46%,等级：优');
  });

  test("without --format, the -o file's extension names the format (a table for any other)", () => {
    const asJson = join(scratch, 'named.json');
    expect(jixiao('score', '-o', asJson).code).toBe(0);
    const json = JSON.parse(readFileSync(asJson, 'utf8')) as { total: string };
    expect(json.total).toBe('91.46');
    const asCsv = join(scratch, 'named.CSV');
    expect(jixiao('score', '-o', asCsv).code).toBe(0);
    expect(readFileSync(asCsv, 'utf8').split('\r\n')[0]).toBe(
      '\uFEFF层级,指标编号,指标,分值,得分,得分率,说明',
    );
    const asText = join(scratch, 'named.txt');
    expect(jixiao('score', '-o', asText).code).toBe(0);
    expect(readFileSync(asText, 'utf8')).toContain('总分');
    const explicit = join(scratch, 'explicit.json');
    expect(jixiao('score', '--format', 'markdown', '-o', explicit).code).toBe(0);
    expect(readFileSync(explicit, 'utf8')).toContain('| 指标 | 分值 | 得分 | 得分率 | 说明 |');
  });

  test('an -o name of a kind of file the command does not write is refused, and nothing is written', () => {
    for (const name of ['报告.pdf', 'scores.XLS', 'table.odt']) {
      const target = join(scratch, name);
      const refused = jixiao('score', '-o', target);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain('output_extension_unwritable');
      expect(refused.stderr).not.toMatch(/\n\s+at /u);
      expect(existsSync(target)).toBe(false);
    }
    const pdf = jixiao('score', '-o', join(scratch, 'z.pdf'), '--lang', 'en');
    expect(pdf.stderr).toContain('this command writes no .pdf file');
    // With --format the name is the user's to choose; a name without an extension is a table.
    const chosen = join(scratch, 'forced.pdf');
    expect(jixiao('score', '--format', 'json', '-o', chosen).code).toBe(0);
    expect(JSON.parse(readFileSync(chosen, 'utf8'))).toMatchObject({ total: '91.46' });
    const bare = join(scratch, 'bare');
    expect(jixiao('score', '-o', bare).code).toBe(0);
    expect(readFileSync(bare, 'utf8')).toContain('总分');
  });

  test('a batch refuses an -o or --summary name it cannot write, before reading any document', async () => {
    const folder = join(scratch, 'refused-batch');
    const examplePath = join(root, 'examples/nanzhou-2023.json');
    for (const named of [
      ['--summary', join(scratch, 's.ndjson')],
      ['-o', join(folder, 'all.pdf')],
    ]) {
      const refused = await runJixiaoAsync('score', examplePath, examplePath, ...named);
      expect([refused.code, refused.stdout]).toEqual([2, '']);
      expect(refused.stderr).toContain('output_extension_unwritable');
    }
    expect(existsSync(folder)).toBe(false);
  });
});

describe('bad input: a clear message naming the path, exit code 2, no stack trace', () => {
  const expectClear = (result: ReturnType<typeof jixiao>, ...fragments: string[]) => {
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    for (const fragment of fragments) expect(result.stderr).toContain(fragment);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  };

  test('a missing file', () => {
    expectClear(jixiao('score', join(scratch, 'nowhere.json')), '找不到文件：');
    expectClear(jixiao('score', join(scratch, 'nowhere.json'), '--lang', 'en'), 'File not found: ');
  });

  test('invalid JSON, with line and column', () => {
    expectClear(
      jixiao(
        'score',
        withFile('broken.json', '{\n  "scheme": "gz-department-overall@2023",\n  "inputs": {,\n}'),
      ),
      '(root): JSON 格式错误（第 3 行第 14 列）',
      '[invalid_json]',
    );
  });

  test('an unknown (misspelt) key', () => {
    const file = variant('misspelt.json', (data) => {
      const budget = data.inputs['budget-execution-rate'] ?? {};
      budget['actaul'] = budget['actual'];
      delete budget['actual'];
    });
    expectClear(
      jixiao('score', file),
      'inputs.budget-execution-rate.actaul: 未知字段「actaul」（是否应为「actual」？） [unknown_key]',
    );
    expectClear(
      jixiao('score', file, '--lang', 'en'),
      'inputs.budget-execution-rate.actaul: Unknown key "actaul" (did you mean "actual"?) [unknown_key]',
    );
  });

  test('a malformed number', () => {
    const file = variant('number.json', (data) => {
      const input = data.inputs['three-public-control'];
      if (input !== undefined) input['actual'] = '27.9.0';
    });
    expectClear(
      jixiao('score', file),
      'inputs.three-public-control.actual: 无法识别的数值：「27.9.0」 [invalid_number]',
    );
  });

  test('a missing input', () => {
    const file = variant('missing.json', (data) => {
      delete data.inputs['asset-inventory'];
    });
    expectClear(
      jixiao('score', file),
      'inputs.asset-inventory: 缺少指标「资产盘点情况」的输入 [missing_input]',
    );
  });

  test('weights that do not add up', () => {
    const file = variant('weights.json', (data) => {
      const first = data.indicators.outputs[0];
      if (first !== undefined) first.weight = '2';
    });
    expectClear(
      jixiao('score', file),
      'indicators.outputs: 「部门整体绩效目标：产出指标」的分值为 20，但所列指标分值之和为 19 [weights_do_not_sum]',
    );
  });

  test('unknown commands, options and formats', () => {
    expectClear(jixiao('scroe'), '未知命令：scroe');
    expectClear(
      jixiao('score', '--formt', 'json'),
      '未知选项：--formt（是否想用 --format？） [unknown_option]',
    );
    expectClear(jixiao('score', '--format', 'xml'), '未知的输出格式：xml');
    expectClear(jixiao('score', '--lang', 'fr'), '未知的语言：fr');
  });
});

describe('JSON text read exactly: numbers keep their digits, every key is written once', () => {
  /** The Nanzhou example with the budget execution input written as the JSON given. */
  const budgetInput = (name: string, input: string): string => {
    const data = structuredClone(example);
    data.inputs['budget-execution-rate'] = { actual: '@actual', target: '@target' };
    const text = JSON.stringify(data, null, 2);
    return withFile(
      name,
      text.replace(/\{\s*"actual": "@actual",\s*"target": "@target"\s*\}/, input),
    );
  };
  const budgetLine = (stdout: string) =>
    stdout.split('\n').find((line) => line.includes('预算资金'));
  const totalLine = (stdout: string) => stdout.split('\n').find((line) => line.startsWith('总分'));

  test('0.99949999999999999999 as a JSON number scores as the same digits in a string do', () => {
    const number = jixiao(
      'score',
      budgetInput('digits-number.json', '{ "actual": 0.99949999999999999999, "target": 1 }'),
    );
    const string = jixiao(
      'score',
      budgetInput('digits-string.json', '{ "actual": "0.99949999999999999999", "target": "1" }'),
    );
    expect([
      number.code,
      number.stderr,
      budgetLine(number.stdout),
      totalLine(number.stdout),
    ]).toEqual([
      0,
      '',
      '  部门预算资金支出率                       10   9.99   99.90%  支出率 99.95%',
      '总分                                      100  91.49   91.49%  等级：优',
    ]);
    expect(number.stdout).toBe(string.stdout);
  });

  test('12345678901234.567890123 is echoed digit for digit', () => {
    const file = budgetInput(
      'digits-long.json',
      '{ "actual": 12345678901234.567890123, "target": 12345678901234.567890124 }',
    );
    const { code, stdout } = jixiao('score', file, '--format', 'json');
    expect(code).toBe(0);
    const input = /"input": \{\s+"actual": "([^"]*)",\s+"target": "([^"]*)"\s+\}/.exec(stdout);
    expect(input?.slice(1)).toEqual(['12345678901234.567890123', '12345678901234.567890124']);
    expect(stdout).not.toContain('12345678901234.568');
  });

  test('1e-400, 1e400 and 9007199254740993 are out of range as written, not 0, ∞ or …992', () => {
    const cases = [
      ['1e-400', '小数位数过多（最多 20 位）：「1e-400」'],
      ['1e400', '数值超出可接受范围（绝对值须小于 10^15）：「1e400」'],
      ['9007199254740993', '数值超出可接受范围（绝对值须小于 10^15）：「9007199254740993」'],
    ] as const;
    for (const [lexeme, message] of cases) {
      const file = budgetInput(`range-${lexeme}.json`, `{ "actual": ${lexeme}, "target": 1 }`);
      expect(jixiao('score', file)).toEqual({
        code: 2,
        stdout: '',
        stderr:
          `错误：${file}\n` +
          `  inputs.budget-execution-rate.actual: ${message} [number_out_of_range]\n`,
      });
    }
  });

  test('a key written twice, and two inputs with one id, are each reported where repeated', () => {
    const text = JSON.stringify(example, null, 2)
      .replace('"actual": "23,033.06",', '"actual": "23,033.06", "actual": "23,033.60",')
      .replace(
        '"asset-inventory": {',
        '"asset-inventory": { "level": "完成" },\n    "asset-inventory": {',
      );
    const file = withFile('duplicates.json', text);
    const lines = text.split('\n');
    const lineOf = (fragment: string) => lines.findIndex((line) => line.includes(fragment)) + 1;
    const actualLine = lineOf('"actual": "23,033.60"');
    const inventoryLine = lineOf('"asset-inventory": { "level"');
    expect(jixiao('score', file, '--lang', 'en')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        `Error: ${file}\n` +
        `  inputs.budget-execution-rate.actual: Duplicate key "actual" at line ${actualLine}, ` +
        `column 30 (first at line ${actualLine}, column 7): a key may appear only once in an ` +
        'object [duplicate_key]\n' +
        `  inputs.asset-inventory: Duplicate key "asset-inventory" at line ${inventoryLine + 1}, ` +
        `column 5 (first at line ${inventoryLine}, column 5): a key may appear only once in an ` +
        'object [duplicate_key]\n',
    });
    expect(jixiao('validate', file).stderr.split('\n')[1]).toBe(
      `  inputs.budget-execution-rate.actual: 重复的键「actual」（第 ${actualLine} 行第 30 列；` +
        `首次出现于第 ${actualLine} 行第 7 列）：同一对象中每个键只能出现一次 [duplicate_key]`,
    );
  });

  test('a key "__proto__" is an ordinary key: unknown where the form does not have it', () => {
    const file = budgetInput(
      'proto.json',
      '{ "actual": "23,033.06", "target": "23,135.18", "__proto__": { "actual": "1" } }',
    );
    expect(jixiao('score', file).stderr.split('\n')[1]).toBe(
      '  inputs.budget-execution-rate.__proto__: 未知字段「__proto__」（是否拼写有误？） [unknown_key]',
    );
  });

  test('100,000 levels of nesting are too deep: a clear message, no stack overflow', () => {
    const file = withFile('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(jixiao('validate', file)).toEqual({
      code: 2,
      stdout: '',
      stderr: `错误：${file}\n  (root): JSON 嵌套过深（第 1 行第 201 列）：最多 200 层 [too_deep]\n`,
    });
  });

  test('a leading byte-order mark is ignored', () => {
    const file = withFile(
      'bom.json',
      `\uFEFF${readFileSync(join(root, 'examples/nanzhou-2023.json'), 'utf8')}`,
    );
    expect(jixiao('score', file)).toEqual(jixiao('score'));
  });
});

describe('the other commands', () => {
  test('validate accepts the example and reports problems with exit 2', () => {
    expect(jixiao('validate', join(root, 'examples/nanzhou-2023.json'))).toEqual({
      code: 0,
      stdout: '有效：数据文件，共 36 个末级指标\n',
      stderr: '',
    });
    const scheme = withFile(
      'scheme.json',
      JSON.stringify({
        id: 's',
        version: '1',
        title: 's',
        fullMarks: 5,
        grades: [{ grade: '-', min: 0 }],
        indicators: [{ type: 'leaf', id: 'a', name: 'a', weight: 5, rule: { kind: 'manual' } }],
      }),
    );
    expect(jixiao('validate', scheme, '--lang', 'en')).toEqual({
      code: 0,
      stdout: 'Valid: scheme file with 1 leaf indicators\n',
      stderr: '',
    });
    const broken = withFile(
      'scheme-broken.json',
      JSON.stringify({
        id: 's',
        version: '1',
        title: 's',
        fullMarks: 6,
        grades: [{ grade: '-', min: 0 }],
        indicators: [{ type: 'leaf', id: 'a', name: 'a', weight: 5, rule: { kind: 'manual' } }],
      }),
    );
    const result = jixiao('validate', broken);
    expect([result.code, result.stderr.split('\n')[1]]).toEqual([
      2,
      '  fullMarks: 方案的分值为 6，但其下级分值之和为 5 [weights_do_not_sum]',
    ]);
  });

  test('schema prints each JSON Schema', () => {
    for (const name of ['scheme', 'inputs', 'evaluation', 'data']) {
      const { code, stdout } = jixiao('schema', name);
      expect([name, code, (JSON.parse(stdout) as { $schema: string }).$schema]).toEqual([
        name,
        0,
        'https://json-schema.org/draft/2020-12/schema',
      ]);
    }
    expect(jixiao('schema', 'nope').code).toBe(2);
  });

  test('presets, --help, <command> --help and --version', () => {
    expect(jixiao('presets').stdout).toContain(
      'gz-department-overall@2023\t2023–2023\t广州市（海珠区）2023 年部门整体支出绩效自评指标体系',
    );
    expect(jixiao('presets').stdout).toContain(
      'national-project@2020\t2020–\t项目支出绩效自评（财预〔2020〕10号）',
    );
    const help = jixiao('--help');
    expect([help.code, help.stdout.split('\n')[0]]).toEqual([0, '用法：jixiao <命令> [选项]']);
    expect(jixiao('score', '--help', '--lang', 'en').stdout.split('\n')[0]).toBe(
      'Usage: jixiao score [FILE…|DIR|-] [--format table|json|markdown|csv|report|ndjson|xlsx|docx|html] [-o FILE] [--bom|--no-bom] [--ndjson] [--summary FILE] [-j N] [-q] [--lang zh|en]',
    );
    const version = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    ).version;
    expect(spawned('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const bare = jixiao();
    expect([bare.code, bare.stderr.split('\n')[0]]).toEqual([2, '用法：jixiao <命令> [选项]']);
  });
});

describe('jixiao audit and score --format report', () => {
  const reference = join(root, '../shared/reports/nanzhou-2023-self-evaluation.txt');
  const haveReference = existsSync(reference);
  if (!haveReference)
    console.warn(
      '\n⚠ The shared Nanzhou report is not here: the CLI audit of the reference report is SKIPPED; generated report text is audited instead.\n',
    );

  test('score --format report writes the template sentences', () => {
    const { code, stdout } = jixiao('score', '--format', 'report');
    expect(code).toBe(0);
    expect(stdout).toContain('南洲街道办事处整体绩效自评得分 91.46 分，等级为优。');
    expect(stdout).toContain(
      '3.部门预算资金支出率。该项指标分值 10 分，本次自评得分 9.96 分，得分率为 99.60%。2023年部门全年预算数23,135.18万元，执行数 23,033.06 万元，完成预算的 99.56%。',
    );
    expect(stdout).toContain('4.绩效管理。该项指标分值 15 分，本次自评得分 9 分，得分率为 60%。');
  });

  test("audit -o: the file's extension names table or JSON; another kind of file is refused, unwritten", () => {
    const text = jixiao('score', '--format', 'report').stdout;
    const report = withFile('for-output.txt', text);
    const data = join(root, 'examples/nanzhou-2023.json');
    const asJson = join(scratch, 'audit.json');
    expect(jixiao('audit', report, '--data', data, '-o', asJson).code).toBe(0);
    expect(JSON.parse(readFileSync(asJson, 'utf8'))).toBeTypeOf('object');
    const asPdf = join(scratch, 'audit.pdf');
    const refused = jixiao('audit', report, '--data', data, '-o', asPdf);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toContain('output_extension_unwritable');
    expect(existsSync(asPdf)).toBe(false);
  });

  test('generated report text audits clean against the data, and an altered one exits 1 with its finding', () => {
    const text = jixiao('score', '--format', 'report').stdout;
    const clean = jixiao(
      'audit',
      withFile('generated.txt', text),
      '--data',
      join(root, 'examples/nanzhou-2023.json'),
    );
    expect([
      clean.code,
      clean.stdout.trimEnd().split('\n').at(-3),
      clean.stdout.trimEnd().split('\n').at(-1),
    ]).toEqual([0, '未发现不一致。', '共核对 224 项，不一致 0 项']);
    const altered = jixiao(
      'audit',
      withFile(
        'altered.txt',
        text.replace('整体绩效自评得分 91.46 分', '整体绩效自评得分 91.64 分'),
      ),
      '--lang',
      'en',
    );
    expect(altered.code).toBe(1);
    expect(altered.stdout).toContain(
      '1 inconsistencies found:\n  line 3: "总分" claims 91.64, but the sum of the top-level scores is 91.46 (off by 0.18)',
    );
    const json = JSON.parse(
      jixiao(
        'audit',
        withFile(
          'altered.txt',
          text.replace('整体绩效自评得分 91.46 分', '整体绩效自评得分 91.64 分'),
        ),
        '--format',
        'json',
      ).stdout,
    ) as {
      consistent: boolean;
      findings: { code: string; claimed: string; recomputed: string; source: { line: number } }[];
    };
    expect([
      json.consistent,
      json.findings.map((finding) => [
        finding.code,
        finding.claimed,
        finding.recomputed,
        finding.source.line,
      ]),
    ]).toEqual([false, [['total_sum', '91.64', '91.46', 3]]]);
  });

  test.skipIf(!haveReference)(
    'the reference report audits clean: every number holds together',
    () => {
      const { code, stdout } = jixiao('audit', reference);
      expect(code).toBe(0);
      expect(stdout).toMatch(/\n777 +部门预算资金支出率 +支出率得分 +9\.96 +9\.96 +一致\n/);
      expect(stdout.trimEnd().split('\n').at(-1)).toBe('共核对 93 项，不一致 0 项');
    },
  );

  test('unusable input exits 2', () => {
    expect(jixiao('audit', join(scratch, 'none.txt')).code).toBe(2);
    const notAReport = jixiao('audit', withFile('poem.txt', '床前明月光，疑是地上霜。'));
    expect([notAReport.code, notAReport.stderr.trim()]).toEqual([
      2,
      `未能从 ${join(scratch, 'poem.txt')} 读出任何可核对的内容。已查找：总分（自评得分为…分、综合评分为…分、自评总分…分、整体绩效自评得分…分）、等级（评价等级为…）、预算句（全年预算数…万元，执行数…万元，执行率…%）、指标得分（…分值…分，自评得分…分；（一）…（N分）：得…分；其中：…分）、“该项指标分值…分，本次自评得分…分”句与评分表行，以及自评表（| 分隔、Markdown、CSV、每格一行或一段、整表一行、按列顺序、名称行加“分值 得分”行、OCR 文本） [no_claims]`,
    ]);
    expect(jixiao('audit', withFile('x.txt', 'x'), '--scheme', 'nope@1').code).toBe(2);
  });
});

describe('the project example through the CLI', () => {
  const project = join(root, 'examples/project-2024.json');

  test('score names the version chosen by year; validate reads it as a data file', () => {
    const { code, stdout } = jixiao('score', project);
    expect([code, stdout.split('\n').slice(0, 3)]).toEqual([
      0,
      [
        '项目支出绩效自评（财预〔2020〕10号） (national-project@2020)',
        '按评价年度 2024 选用 national-project@2020',
        '2024 年老旧小区改造项目（示例） · 某区住房和城乡建设局',
      ],
    ]);
    expect(stdout).toMatch(/\n总分 +100 +94\.6 +94\.60% +等级：优\n/);
    expect(jixiao('validate', project)).toEqual({
      code: 0,
      stdout: '有效：数据文件，共 10 个末级指标\n',
      stderr: '',
    });
  });

  test('its generated report audits clean, with or without the data, and names the year evaluated', () => {
    const text = jixiao('score', project, '--format', 'report').stdout;
    expect(text).toContain(
      '2024年部门全年预算数1,350.00万元，执行数 1,282.50 万元，完成预算的 95.00%。',
    );
    const file = withFile('project-report.txt', text);
    const withData = jixiao('audit', file, '--data', project);
    expect([withData.code, withData.stdout.trimEnd().split('\n').at(-1)]).toEqual([
      0,
      '共核对 106 项，不一致 0 项',
    ]);
    // 生态效益指标 and 社会效益指标 are groups of the project's own, not the 效益指标 category itself;
    // the eighth check is the preset's period (2024 is within national-project@2020's 2020–).
    const skeletonOnly = jixiao('audit', file, '--scheme', 'national-project@2020');
    expect([skeletonOnly.code, skeletonOnly.stdout.trimEnd().split('\n').at(-1)]).toEqual([
      0,
      '共核对 8 项，不一致 0 项',
    ]);
  });
});
