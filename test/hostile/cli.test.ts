// Hostile and careless use of the command line (issue 11): output streams that close or fill up,
// mistyped options, control characters in what is echoed, and files validate must route right.
// runCli runs in-process with a fake environment; the built CLI is spawned only where a real
// process and its streams are the point (a reader that closes, /dev/full).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CliEnvironment } from '../../src/cli/CliEnvironment.js';
import { nodeEnvironment } from '../../src/cli/node/nodeEnvironment.js';
import { outputErrorHandler } from '../../src/cli/node/outputErrorHandler.js';
import { loadCommands, runCli } from '../../src/cli/runCli.js';

// Every command's module loaded first, so runCli returns its exit code at once, as read here.
await loadCommands();

const root = new URL('../..', import.meta.url).pathname;
const cli = join(root, 'dist/cli.js');
const examplePath = join(root, 'examples/nanzhou-2023.json');
const exampleText = readFileSync(examplePath, 'utf8');
const example = JSON.parse(exampleText) as Record<string, unknown>;
const scratch = mkdtempSync(join(tmpdir(), 'jixiao-hostile-cli-'));
const version = '0.0.0-test';

/** runCli in-process with files held in memory; what it wrote (to streams and files) and its code. */
function run(
  argv: string[],
  files: Record<string, string> = {},
  extra: Partial<CliEnvironment> = {},
) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, Uint8Array>();
  const stored = new Map(Object.entries({ [examplePath]: exampleText, ...files }));
  const environment: CliEnvironment = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => {
      const text = stored.get(path);
      return text === undefined
        ? { ok: false, problem: 'file_not_found' }
        : { ok: true, bytes: new TextEncoder().encode(text) };
    },
    readStdin: () => ({ ok: false, problem: 'file_not_found' }),
    writeFile: (path, bytes) => {
      written.set(path, bytes);
      return { ok: true };
    },
    resolve: (file, path) => resolve(dirname(file), path),
    defaultDataFile: examplePath,
    version,
    ...extra,
  };
  const code = runCli(argv, environment);
  return { code, stdout, stderr, written };
}

/** What a run wrote to its streams, and its exit code. */
const streams = (result: ReturnType<typeof run>) => ({
  code: result.code,
  stdout: result.stdout,
  stderr: result.stderr,
});

/**
 * Spawns the built CLI with its standard output a pipe whose reading end is closed before the
 * CLI writes (as `| head -1` closes it after a line): every write then fails with EPIPE.
 */
function intoClosedReader(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => {
      done({ code, stderr });
    });
  });
}

describe('output streams', () => {
  test('score --format json into a reader that closed: no stack trace, exit 0 (it was exit 1)', async () => {
    expect(await intoClosedReader('score', '--format', 'json')).toEqual({ code: 0, stderr: '' });
  });

  test('schema into a reader that closed: no stack trace, exit 0', async () => {
    expect(await intoClosedReader('schema')).toEqual({ code: 0, stderr: '' });
  });

  test('a failed case into a reader that closed keeps the exit code of the work, 1', async () => {
    const cases = join(scratch, 'failing.cases.json');
    writeFileSync(
      cases,
      JSON.stringify({ cases: [{ name: 'n', data: examplePath, expect: { total: '1' } }] }),
    );
    expect(await intoClosedReader('test', cases)).toEqual({ code: 1, stderr: '' });
  });

  test.skipIf(!existsSync('/dev/full'))(
    'standard output on a full device (/dev/full): one coded message, exit 2',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const result = spawnSync(process.execPath, [cli, 'schema', '--lang', 'en'], {
          stdio: ['ignore', full, 'pipe'],
          encoding: 'utf8',
        });
        expect([result.status, result.stderr]).toEqual([
          2,
          'Cannot write standard output: ENOSPC: no space left on device [write_failed]\n',
        ]);
      } finally {
        closeSync(full);
      }
    },
  );

  test('the output error listener: EPIPE is quiet, any other error is reported once with exit 2', () => {
    const said: string[] = [];
    const exits: number[] = [];
    const quiet = outputErrorHandler(
      'zh',
      (text) => said.push(text),
      (exit) => exits.push(exit),
    );
    quiet(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    quiet(Object.assign(new Error('write after end'), { code: 'ERR_STREAM_DESTROYED' }));
    expect([said, exits]).toEqual([[], []]);
    const full = outputErrorHandler(
      'zh',
      (text) => said.push(text),
      (exit) => exits.push(exit),
    );
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
    });
    full(enospc);
    full(enospc);
    expect([said, exits]).toEqual([
      ['无法写入标准输出：ENOSPC: no space left on device [write_failed]\n'],
      [2],
    ]);
  });

  test('-o FILE writes the output there and nothing to stdout; CSV to a file starts with a BOM', () => {
    const csv = run(['score', '--format', 'csv', '-o', 'sheet.csv']);
    const onStdout = run(['score', '--format', 'csv']);
    expect(streams(csv)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.written.get('sheet.csv'))).toBe(
      `\uFEFF${onStdout.stdout}`,
    );
    expect(onStdout.stdout.startsWith('层级,')).toBe(true);
    const table = run(['score', '--output', 'sheet.txt']);
    expect(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(table.written.get('sheet.txt')),
    ).toBe(run(['score']).stdout);
  });

  test('--no-bom leaves the BOM out of a CSV file, --bom puts one on stdout, -o - is stdout', () => {
    const noBom = run(['score', '--format', 'csv', '-o', 'a.csv', '--no-bom']);
    expect(noBom.written.get('a.csv')?.slice(0, 3)).toEqual(
      new TextEncoder().encode('层').slice(0, 3),
    );
    const withBom = run(['score', '--format', 'csv', '--bom']);
    expect(withBom.stdout.startsWith('\uFEFF层级,')).toBe(true);
    expect(streams(run(['score', '--format', 'csv', '-o', '-']))).toEqual(
      streams(run(['score', '--format', 'csv'])),
    );
  });

  test('-o to a file that cannot be written: the reason and [write_failed], exit 2', () => {
    let stderr = '';
    const environment = nodeEnvironment({
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      defaultDataFile: examplePath,
      version,
    });
    const code = runCli(['score', '-o', scratch], environment);
    expect([code, stderr]).toEqual([
      2,
      `无法写入文件 ${scratch}：EISDIR: illegal operation on a directory [write_failed]\n`,
    ]);
    if (existsSync('/dev/full')) {
      stderr = '';
      expect(runCli(['score', '-o', '/dev/full', '--lang', 'en'], environment)).toBe(2);
      expect(stderr).toBe(
        'Cannot write /dev/full: ENOSPC: no space left on device [write_failed]\n',
      );
    }
  });
});

describe('options', () => {
  test('an unknown option: a localized message, the nearest option and [unknown_option]', () => {
    expect(streams(run(['score', '--formt', 'json']))).toEqual({
      code: 2,
      stdout: '',
      stderr: '未知选项：--formt（是否想用 --format？） [unknown_option]\n',
    });
    expect(run(['audit', 'r.txt', '--dat', 'x.json', '--lang', 'en']).stderr).toBe(
      'Unknown option: --dat (did you mean --data?) [unknown_option]\n',
    );
    expect(run(['score', '--colour']).stderr).toBe(
      '未知选项：--colour（见 jixiao --help） [unknown_option]\n',
    );
  });

  test('--lang=en and --lang en are honoured when another option fails to parse', () => {
    const wanted = 'Unknown option: --formt (did you mean --format?) [unknown_option]\n';
    expect(run(['score', '--formt', 'json', '--lang=en']).stderr).toBe(wanted);
    expect(run(['--lang', 'en', 'score', '--formt', 'json']).stderr).toBe(wanted);
    expect(run(['score', '--format', '--lang', 'en']).stderr).toBe(
      'Option --format needs a value [missing_option_value]\n',
    );
  });

  test('an option without its value, and a flag given one', () => {
    expect(run(['score', '--format']).stderr).toBe(
      '选项 --format 缺少取值 [missing_option_value]\n',
    );
    expect(run(['score', '--help=yes']).stderr).toBe(
      '选项 --help 不取值 [unexpected_option_value]\n',
    );
    expect(run(['score', '--bom', '--no-bom']).stderr).toBe(
      '选项 --bom 与 --no-bom 不能同时使用 [conflicting_options]\n',
    );
    expect(run(['score', '--lang', 'fr']).stderr).toBe(
      '未知的语言：fr（可用：zh、en） [unknown_language]\n',
    );
  });

  test('--version after a command prints the version (it scored the example)', () => {
    for (const argv of [['score', '--version'], ['test', 'x.json', '-v'], ['--version']]) {
      expect([argv, streams(run(argv))]).toEqual([
        argv,
        { code: 0, stdout: `${version}\n`, stderr: '' },
      ]);
    }
  });

  test('an unknown command gets the nearest one; an option a command does not take is named', () => {
    expect(run(['scroe']).stderr).toBe('未知命令：scroe（是否想用 score？） [unknown_command]\n');
    expect(run(['validate', 'x.json', '--format', 'json', '--lang', 'en']).stderr).toBe(
      'The validate command takes no option --format (see jixiao validate --help) [unsupported_option]\n',
    );
    expect(run(['validate', 'a.json', 'b.json']).stderr).toBe(
      '多余的参数：b.json（见 jixiao --help） [unexpected_argument]\n',
    );
  });

  test('every line of an option or file-level error ends with its [code]', () => {
    const lines: string[] = [];
    for (const argv of [
      ['score', '--formt', 'json', '--x', '-z'],
      ['score', '--format', 'xml'],
      ['schema', 'nope'],
      ['presets', 'extra'],
      ['score', 'nowhere.json'],
      ['audit', 'nowhere.txt'],
      ['test', 'nowhere.json'],
      ['frobnicate'],
      ['audit', 'r.txt', '--format', 'csv'],
      ['score', '-o'],
    ]) {
      lines.push(...run(argv).stderr.trimEnd().split('\n'));
    }
    expect(lines.filter((line) => !/ \[[a-z_]+\]$/.test(line))).toEqual([]);
    expect(lines).toHaveLength(12);
    expect(run(['validate']).stderr.split('\n')[0]).toBe('缺少文件参数 [missing_argument]');
  });
});

describe('control characters in CLI output', () => {
  test('an ANSI escape and a newline in a file name are shown as escapes, on one line', () => {
    const name = 'evil\u001b[2J\nname.json';
    expect(streams(run(['score', name]))).toEqual({
      code: 2,
      stdout: '',
      stderr: '找不到文件：evil\\u{001B}[2J\\nname.json [file_not_found]\n',
    });
    const broken = run(['validate', name], { [resolve(name)]: '{', [name]: '{' });
    expect(broken.stderr.split('\n')[0]).toBe('错误：evil\\u{001B}[2J\\nname.json');
  });

  test('the test command prints case names, expected and actual values on their own lines only', () => {
    const cases = JSON.stringify({
      cases: [
        {
          name: '南洲\n  ✓ forged\u001b[32m',
          data: examplePath,
          expect: { grade: '优\n1/1 个用例通过' },
        },
      ],
    });
    const result = run(['test', 'c\u001b.json'], {
      [resolve('c\u001b.json')]: cases,
      'c\u001b.json': cases,
    });
    expect(streams(result)).toEqual({
      code: 1,
      stdout:
        'c\\u{001B}.json\n' +
        '  ✗ 南洲   ✓ forged\\u{001B}[32m\n' +
        '    grade：期望 优 1/1 个用例通过，实际 优\n' +
        '0/1 个用例通过\n',
      stderr: '',
    });
  });

  test('the audit quotes a report line holding an ANSI escape with the escape shown, not acted', () => {
    // An inconsistent 得分率 makes the audit quote the line; the old CLI printed ESC raw.
    const report =
      '1.部门预算资金支出率\u001b[2J。该项指标分值 10 分，本次自评得分 9.00 分，得分率为 99.60%。\n';
    const result = run(['audit', 'r.txt'], { 'r.txt': report });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('«1.部门预算资金支出率\\u{001B}[2J。该项指标分值 10 分');
  });
});

describe('validate routing', () => {
  test('a data file whose "scheme" key is misspelt is a data file: the unknown key is reported', () => {
    const { scheme, ...rest } = example;
    const text = JSON.stringify({ schme: scheme, ...rest });
    const result = run(['validate', 'd.json'], { 'd.json': text });
    // As a scheme file it was reported for missing id, version, title… of a scheme.
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr.split('\n').map((line) => line.replace(/: .*\[/, ': … ['))).toEqual([
      '错误：d.json',
      '  scheme: … [missing_key]',
      '  schme: … [unknown_key]',
      '',
    ]);
  });

  test('a file with indicators and any data-file key (inputs, preset, department…) is a data file', () => {
    for (const key of ['inputs', 'preset', 'department', 'project']) {
      const text = JSON.stringify({ indicators: {}, [key]: {} });
      const result = run(['validate', 'd.json'], { 'd.json': text });
      expect([key, result.stderr.split('\n')[1]]).toEqual([
        key,
        '  scheme: 缺少必填字段「scheme」 [missing_key]',
      ]);
    }
  });

  test('a scheme file (indicators, no data-file key) is still validated as a scheme', () => {
    const scheme = JSON.stringify({
      id: 's',
      version: '1',
      title: 's',
      fullMarks: 5,
      grades: [{ grade: '-', min: 0 }],
      indicators: [{ type: 'leaf', id: 'a', name: 'a', weight: 5, rule: { kind: 'manual' } }],
    });
    expect(streams(run(['validate', 's.json'], { 's.json': scheme }))).toEqual({
      code: 0,
      stdout: '有效：方案文件，共 1 个末级指标\n',
      stderr: '',
    });
  });
});
