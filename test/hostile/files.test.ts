// Hostile and careless files (issue 11): devices, pipes, directories, huge and unreadable files,
// the encodings Chinese Windows saves in, standard input, and case files. Every read goes through
// the CLI's one reading function (src/cli/readInput.ts); most cases run runCli in-process, with
// the real Node file access (nodeEnvironment) or a fake one, and spawn the built CLI only where a
// real process is the point.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCases } from '../../src/cases/runCases.js';
import type { CliEnvironment } from '../../src/cli/CliEnvironment.js';
import type { FileBytes } from '../../src/cli/FileBytes.js';
import { nodeEnvironment } from '../../src/cli/node/nodeEnvironment.js';
import { readAtMost, readFileBytes } from '../../src/cli/node/readFileBytes.js';
import { loadCommands, runCli } from '../../src/cli/runCli.js';
import { runJixiaoAsync } from '../support/runJixiao.js';

// Every command's module loaded first, so runCli returns its exit code at once, as read here.
await loadCommands();

const root = new URL('../..', import.meta.url).pathname;
const cli = join(root, 'dist/cli.js');
const examplePath = join(root, 'examples/nanzhou-2023.json');
const exampleText = readFileSync(examplePath, 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'jixiao-hostile-files-'));
const isRoot = process.getuid?.() === 0;

function write(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** runCli in-process with the real Node file access; what it wrote, and its exit code. */
function runReal(
  argv: string[],
  given: Partial<Pick<CliEnvironment, 'maxInputBytes' | 'readStdin'>> = {},
) {
  let stdout = '';
  let stderr = '';
  const environment = nodeEnvironment({
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    defaultDataFile: examplePath,
    version: '0.0.0-test',
    ...given,
  });
  const code = runCli(argv, environment);
  return { code, stdout, stderr };
}

/** runCli in-process with files held in memory: bytes, text, or what the environment refuses. */
function runFake(
  argv: string[],
  files: Record<string, string | Uint8Array | FileBytes>,
  extra: Partial<CliEnvironment> = {},
) {
  let stdout = '';
  let stderr = '';
  const stored = new Map(Object.entries(files));
  const bytesOf = (entry: string | Uint8Array | FileBytes | undefined): FileBytes => {
    if (entry === undefined) return { ok: false, problem: 'file_not_found' };
    if (typeof entry === 'string') return { ok: true, bytes: new TextEncoder().encode(entry) };
    if (entry instanceof Uint8Array) return { ok: true, bytes: entry };
    return entry;
  };
  const environment: CliEnvironment = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (path) => bytesOf(stored.get(path)),
    readStdin: () => bytesOf(stored.get('<stdin>')),
    writeFile: () => ({ ok: true }),
    resolve: (file, path) => resolve(dirname(file), path),
    defaultDataFile: examplePath,
    version: '0.0.0-test',
    ...extra,
  };
  const code = runCli(argv, environment);
  return { code, stdout, stderr };
}

/** A GBK encoder for the test, built from the decoder: every two-byte GBK sequence decoded. */
const gbk = (() => {
  const table = new Map<string, readonly [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char))
        table.set(char, [lead, trail]);
    }
  }
  return (text: string): Uint8Array => {
    const out: number[] = [];
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x80) out.push(code);
      else {
        const pair = table.get(char);
        if (pair === undefined) throw new Error(`no GBK bytes for ${char}`);
        out.push(...pair);
      }
    }
    return new Uint8Array(out);
  };
})();

const exampleRun = runFake(['score'], { [examplePath]: exampleText });

describe('resource limits', () => {
  test('a file over the 64 MiB cap is refused by its size, before a byte is read', () => {
    const path = write('huge.json', '');
    truncateSync(path, 64 * 1024 * 1024 + 1); // sparse: no disk is used
    expect(runReal(['score', path])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${path} 过大：64.0 MiB（67108865 字节），上限为 64 MiB [too_large]\n`,
    });
    expect(runReal(['validate', path, '--lang', 'en']).stderr).toBe(
      `${path} is too large: 64.0 MiB (67108865 bytes), over the limit of 64 MiB [too_large]\n`,
    );
  });

  test('reading stops one byte past the cap when the size is not known (a stream without end)', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      expect(readAtMost(zero, 1000)).toEqual({ ok: false, problem: 'too_large' });
      // Standard input is read the same way: `jixiao score - < /dev/zero` stops at the cap.
      const stdin = runReal(['score', '-'], {
        maxInputBytes: 4096,
        readStdin: (limit) => readAtMost(zero, limit),
      });
      expect(stdin).toEqual({
        code: 2,
        stdout: '',
        stderr: '标准输入 过大：超过了 4096 字节 的上限 [too_large]\n',
      });
    } finally {
      closeSync(zero);
    }
  });

  test('the cap applies to every file a command reads: audit, audit --data, test and the data a case names', () => {
    const big = write('big.json', `${' '.repeat(200)}{}`);
    const small = write('small.txt', 'x');
    const cases = write(
      'big.cases.json',
      JSON.stringify({ cases: [{ name: 'n', data: big, expect: { total: '1' } }] }),
    );
    const message = `${big} 过大：202 字节，上限为 100 字节 [too_large]`;
    const limited = { maxInputBytes: 100 };
    expect(runReal(['audit', big], limited).stderr).toBe(`${message}\n`);
    expect(runReal(['audit', small, '--data', big], limited).stderr).toBe(`${message}\n`);
    expect(runReal(['test', big], limited).stderr).toBe(`${message}\n`);
    expect(runReal(['test', cases], { maxInputBytes: 150 }).stderr).toBe(
      `错误：${cases}\n  cases[0].data: ${big} 过大：202 字节，上限为 150 字节 [too_large]\n`,
    );
  });
});

describe('files that are not regular files', () => {
  test('/dev/zero is refused without being read (the built CLI, which read until memory ran out)', () => {
    const run = spawnSync(process.execPath, [cli, 'score', '/dev/zero'], { encoding: 'utf8' });
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      '',
      '/dev/zero 不是普通文件（而是字符设备）：只读取普通文件，或以「-」读取标准输入 [not_a_regular_file]\n',
    ]);
  });

  test.skipIf(!existsSync('/usr/bin/mkfifo') && !existsSync('/bin/mkfifo'))(
    'a named pipe is refused without waiting for a writer',
    () => {
      const fifo = join(scratch, 'pipe.json');
      spawnSync('mkfifo', [fifo]);
      expect(runReal(['validate', fifo, '--lang', 'en'])).toEqual({
        code: 2,
        stdout: '',
        stderr: `${fifo} is not a regular file (it is a named pipe): jixiao reads regular files, or standard input when the file is "-" [not_a_regular_file]\n`,
      });
    },
  );

  test('a directory is is_directory for validate, audit --data and test', () => {
    const folder = join(scratch, 'folder.json');
    mkdirSync(folder, { recursive: true });
    const report = write('one.txt', 'x');
    const line = `${folder} 是文件夹，不是文件 [is_directory]\n`;
    for (const argv of [
      ['validate', folder],
      ['audit', report, '--data', folder],
      ['test', folder],
    ]) {
      expect([argv, runReal(argv)]).toEqual([argv, { code: 2, stdout: '', stderr: line }]);
    }
  });

  test('score and audit read a directory as a batch of its files: none there is no_documents', async () => {
    const folder = join(scratch, 'empty-folder.json');
    mkdirSync(folder, { recursive: true });
    for (const argv of [
      ['score', folder],
      ['audit', folder],
    ]) {
      const run = await runJixiaoAsync(...argv);
      expect([argv, run]).toEqual([
        argv,
        { code: 2, stdout: '', stderr: expect.stringMatching(/ \[no_documents\]\n$/u) as unknown },
      ]);
    }
  });

  test('an unreadable file is reported with the operating system reason, through the one reader', () => {
    // Root reads every file, so the refusal comes from the environment, as readFileBytes gives it.
    const run = runFake(['score', 'locked.json'], {
      'locked.json': { ok: false, problem: 'unreadable', detail: 'EACCES: permission denied' },
    });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: '无法读取文件 locked.json：EACCES: permission denied [unreadable]\n',
    });
  });

  // Linux's /proc/self/mem is a regular file every reader, root included, gets EIO from.
  test.runIf(existsSync('/proc/self/mem'))(
    'a file the operating system refuses to read is unreadable, with its reason, for root too',
    () => {
      expect(readFileBytes('/proc/self/mem', 1000)).toEqual({
        ok: false,
        problem: 'unreadable',
        detail: 'EIO: i/o error',
      });
      expect(runReal(['score', '/proc/self/mem']).stderr).toBe(
        '无法读取文件 /proc/self/mem：EIO: i/o error [unreadable]\n',
      );
    },
  );

  test.skipIf(isRoot)(
    'a file without read permission (chmod 000; skipped as root, who may read it)',
    () => {
      const path = write('locked.json', '{}');
      chmodSync(path, 0o000);
      expect(readFileBytes(path, 1000)).toEqual({
        ok: false,
        problem: 'unreadable',
        detail: 'EACCES: permission denied',
      });
      expect(runReal(['score', path]).stderr).toBe(
        `无法读取文件 ${path}：EACCES: permission denied [unreadable]\n`,
      );
    },
  );

  test('a missing file and a path through a file are file_not_found', () => {
    const file = write('plain.txt', 'x');
    expect(readFileBytes(join(scratch, 'nowhere.json'), 10)).toEqual({
      ok: false,
      problem: 'file_not_found',
    });
    expect(readFileBytes(join(file, 'inside.json'), 10)).toEqual({
      ok: false,
      problem: 'file_not_found',
    });
  });
});

describe('encodings', () => {
  test('a GB18030 (GBK) data file scores as its UTF-8 twin does, with a note that it was decoded as GB18030', () => {
    const encoded = gbk(exampleText);
    // Read as UTF-8 it would have been garbled: these are not UTF-8 bytes.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(encoded)).toThrow();
    const run = runFake(['score', 'gbk.json'], { 'gbk.json': encoded });
    expect(run).toEqual({
      code: 0,
      stdout: exampleRun.stdout,
      stderr: '注意：gbk.json 不是 UTF-8 编码，已按 GB18030（GBK）解码\n',
    });
    expect(runFake(['validate', 'gbk.json', '--lang', 'en'], { 'gbk.json': encoded })).toEqual({
      code: 0,
      stdout: 'Valid: data file with 36 leaf indicators\n',
      stderr: 'Note: gbk.json is not UTF-8; it was decoded as GB18030 (GBK)\n',
    });
  });

  test('UTF-16LE and UTF-16BE files with their byte-order marks score as UTF-8 does', () => {
    const little = Buffer.from(`\uFEFF${exampleText}`, 'utf16le');
    const big = Buffer.from(little).swap16();
    for (const bytes of [little, big]) {
      expect(runFake(['score', 'x.json'], { 'x.json': new Uint8Array(bytes) })).toEqual({
        code: 0,
        stdout: exampleRun.stdout,
        stderr: '',
      });
    }
  });

  test('binary data (a NUL byte) and UTF-16 without its mark are invalid_encoding', () => {
    expect(
      runFake(['score', 'x.json'], { 'x.json': new Uint8Array([0x7b, 0x00, 0x7d]) }).stderr,
    ).toBe(
      'x.json 不是文本：含有 NUL 字符（二进制文件，或没有字节序标记的 UTF-16）；请另存为 UTF-8 [invalid_encoding]\n',
    );
    const bare = new Uint8Array(Buffer.from('{}', 'utf16le'));
    expect(runFake(['score', 'x.json', '--lang', 'en'], { 'x.json': bare }).stderr).toBe(
      'x.json is not text: it holds a NUL character (binary data, or UTF-16 without a byte-order mark); save it as UTF-8 [invalid_encoding]\n',
    );
  });

  test('bytes valid in neither UTF-8 nor GB18030 are invalid_encoding, with where UTF-8 fails', () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xc3, 0xa9, 0x81, 0x20, 0x22, 0x7d]);
    expect(runFake(['score', 'x.json'], { 'x.json': bytes })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'x.json 既不是 UTF-8 也不是 GB18030 编码的文本（自字节偏移 4 起不是 UTF-8）；请另存为 UTF-8 [invalid_encoding]\n',
    });
    const wrongMark = new Uint8Array([0xff, 0xfe, 0x7b]);
    expect(runFake(['score', 'x.json', '--lang', 'en'], { 'x.json': wrongMark }).stderr).toBe(
      'x.json starts with a UTF-16LE byte-order mark but is not valid UTF-16LE [invalid_encoding]\n',
    );
  });
});

describe('stdin', () => {
  test('`-` reads standard input in the built CLI (it was "file not found")', () => {
    const run = spawnSync(process.execPath, [cli, 'score', '-'], {
      encoding: 'utf8',
      input: exampleText,
    });
    expect([run.status, run.stderr, run.stdout]).toEqual([0, '', exampleRun.stdout]);
  });

  test('`-` reads standard input for validate, audit --data and test; a GBK stdin gets its note', () => {
    const stdin = { '<stdin>': exampleText };
    expect(runFake(['validate', '-'], stdin)).toEqual({
      code: 0,
      stdout: '有效：数据文件，共 36 个末级指标\n',
      stderr: '',
    });
    expect(runFake(['validate', '-'], { '<stdin>': gbk(exampleText) }).stderr).toBe(
      '注意：标准输入 不是 UTF-8 编码，已按 GB18030（GBK）解码\n',
    );
    const cases = JSON.stringify({
      cases: [{ name: 'n', data: examplePath, expect: { total: '91.46' } }],
    });
    expect(runFake(['test', '-'], { '<stdin>': cases, [examplePath]: exampleText })).toEqual({
      code: 0,
      stdout: '标准输入\n  ✓ n（1 项）\n1/1 个用例通过\n',
      stderr: '',
    });
    expect(runFake(['validate', '-'], { '<stdin>': '{' }).stderr.split('\n')[0]).toBe(
      '错误：标准输入',
    );
  });

  test('standard input is read once: a second `-` gets the same bytes', () => {
    let reads = 0;
    const environment = nodeEnvironment({
      stdout: () => undefined,
      stderr: () => undefined,
      defaultDataFile: examplePath,
      version: '0',
      readStdin: () => {
        reads += 1;
        return { ok: true, bytes: new TextEncoder().encode(exampleText) };
      },
    });
    expect(runCli(['test', '-', '-'], environment)).toBe(2);
    expect(reads).toBe(1);
  });

  test('score with no file scores the bundled example and leaves stdin alone', () => {
    const untouched = runFake(
      ['score'],
      { [examplePath]: exampleText },
      {
        readStdin: () => {
          throw new Error('stdin was read');
        },
      },
    );
    expect(untouched).toEqual(exampleRun);
  });
});

describe('case files', () => {
  const caseFile = (expect: unknown, data = examplePath) =>
    JSON.stringify({ cases: [{ name: '南洲', data, expect }] });

  test('"expect": {} checks nothing and fails with checks_nothing (it passed with 0 checks)', () => {
    const run = runFake(['test', 'c.json'], { 'c.json': caseFile({}), [examplePath]: exampleText });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '错误：c.json\n  cases[0].expect: 用例「南洲」未核对任何内容：expect 须给出 total、grade、nodes 或 issues [checks_nothing]\n',
    });
  });

  test('a node expected with neither score nor scoreRate checks nothing', () => {
    const run = runFake(['test', 'c.json', '--lang', 'en'], {
      'c.json': caseFile({ total: '91.46', nodes: { 'asset-inventory': {} } }),
      [examplePath]: exampleText,
    });
    expect(run.stderr).toBe(
      'Error: c.json\n  cases[0].expect.nodes.asset-inventory: Case "南洲" checks nothing for "asset-inventory": give its score or scoreRate [checks_nothing]\n',
    );
  });

  test('a directory named as data is is_directory at the case field (it was an EISDIR stack trace)', () => {
    const folder = join(scratch, 'data-folder');
    mkdirSync(folder, { recursive: true });
    const cases = write('folder.cases.json', caseFile({ total: '1' }, 'data-folder'));
    expect(runReal(['test', cases])).toEqual({
      code: 2,
      stdout: '',
      stderr: `错误：${cases}\n  cases[0].data: ${folder} 是文件夹，不是文件 [is_directory]\n`,
    });
  });

  test('data files a case names are read as the command line reads: BOM removed, GB18030 noted', () => {
    const withBom = `\uFEFF${exampleText}`;
    const run = runFake(['test', '/c/c.json'], {
      '/c/c.json': caseFile({ total: '91.46' }, 'bom.json'),
      '/c/bom.json': withBom,
    });
    expect(run).toEqual({
      code: 0,
      stdout: '/c/c.json\n  ✓ 南洲（1 项）\n1/1 个用例通过\n',
      stderr: '',
    });
    const gb = runFake(['test', '/c/c.json'], {
      '/c/c.json': caseFile({ total: '91.46' }, 'gbk.json'),
      '/c/gbk.json': gbk(exampleText),
    });
    expect([gb.code, gb.stderr]).toEqual([
      0,
      '注意：/c/gbk.json 不是 UTF-8 编码，已按 GB18030（GBK）解码\n',
    ]);
  });

  test('every issue of the JSON of a data file a case names is kept, not only the first', () => {
    const twice =
      '{ "scheme": "gz-department-overall@2023", "scheme": "x", "inputs": {}, "inputs": {} }';
    const run = runFake(['test', '/c/c.json', '--lang', 'en'], {
      '/c/c.json': caseFile({ total: '1' }, 'twice.json'),
      '/c/twice.json': twice,
    });
    expect(run.stderr.split('\n').map((line) => /\[(\w+)\]$/.exec(line)?.[1] ?? line)).toEqual([
      'Error: /c/c.json',
      'duplicate_key',
      'duplicate_key',
      '',
    ]);
  });

  test('runCases given a readFile that throws reports unreadable instead of throwing', () => {
    const report = runCases(
      { cases: [{ name: 'n', data: 'x.json', expect: { total: '1' } }] },
      {
        readFile: () => {
          throw new Error('EISDIR: illegal operation on a directory, read');
        },
        resolve: (path) => path,
      },
    );
    expect(
      report.ok ? [] : report.issues.map((found) => [found.code, found.path, found.message.en]),
    ).toEqual([
      [
        'unreadable',
        ['cases', 0, 'data'],
        'Cannot read x.json: EISDIR: illegal operation on a directory, read',
      ],
    ]);
  });
});
