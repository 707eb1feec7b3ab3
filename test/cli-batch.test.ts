import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { nodeEnvironment } from '../src/cli/node/nodeEnvironment.js';
import { runCli } from '../src/cli/runCli.js';
import { collectTasks } from '../src/cli/batch/collectTasks.js';
import { workerRunner } from '../src/cli/node/workerRunner.js';
import { runTask } from '../src/cli/batch/runTask.js';
import type { CliEnvironment } from '../src/cli/CliEnvironment.js';
import { runJixiaoAsync, runJixiaoWithInput } from './support/runJixiao.js';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist/cli.js');
const nanzhou = readFileSync(join(root, 'examples/nanzhou-2023.json'), 'utf8');
const project = readFileSync(join(root, 'examples/project-2024.json'), 'utf8');

/** A folder of data files: two examples, a bad one, one in a subfolder, a hidden one, a text file. */
function dataFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'jixiao-batch-'));
  writeFileSync(join(folder, 'b-nanzhou.json'), nanzhou);
  writeFileSync(join(folder, 'a-project.json'), project);
  writeFileSync(join(folder, 'c-bad.json'), '{"scheme": "nope"}');
  mkdirSync(join(folder, 'sub'));
  const other = JSON.parse(project) as { project: { name: string }; inputs?: unknown };
  other.project.name = '另一个项目';
  writeFileSync(join(folder, 'sub', 'd-other.json'), JSON.stringify(other));
  writeFileSync(join(folder, '.hidden.json'), '[');
  writeFileSync(join(folder, 'notes.txt'), 'not read');
  return folder;
}

/** A folder of `count` project documents, each its own project (p017.json, when there, is broken). */
function manyProjects(count: number): string {
  const folder = mkdtempSync(join(tmpdir(), 'jixiao-many-'));
  const base = JSON.parse(project) as { project: { name: string } };
  for (let index = 0; index < count; index += 1) {
    base.project.name = `项目 ${index}`;
    writeFileSync(join(folder, `p${String(index).padStart(3, '0')}.json`), JSON.stringify(base));
  }
  if (count > 17)
    writeFileSync(join(folder, 'p017.json'), '{"scheme": "national-project@2020", "project": 3}');
  return folder;
}

const lines = (text: string): Record<string, unknown>[] =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('jixiao score over many documents', () => {
  test('a directory: its .json files in name order, recursively, hidden ones skipped; the summary', async () => {
    const folder = dataFolder();
    const run = await runJixiaoAsync('score', folder, '--format', 'json');
    expect(run.code).toBe(2);
    const summary = JSON.parse(run.stdout) as {
      documents: number;
      outcomes: Record<string, number>;
      ranking: { rank: number; name: string; total: string; grade: string }[];
      failures: { name: string; issues: { code: string }[] }[];
    };
    expect(summary.documents).toBe(4);
    expect(summary.outcomes).toEqual({
      scored: 3,
      consistent: 0,
      inconsistent: 0,
      unchecked: 0,
      failed: 1,
    });
    expect(
      summary.ranking.map((each) => [each.rank, each.name.slice(folder.length + 1), each.total]),
    ).toEqual([
      [1, 'a-project.json', '94.60'],
      [1, 'sub/d-other.json', '94.60'],
      [3, 'b-nanzhou.json', '91.46'],
    ]);
    expect(
      summary.failures.map((each) => [each.name.slice(folder.length + 1), each.issues[0]?.code]),
    ).toEqual([['c-bad.json', 'unknown_preset']]);
    // The failed document's issues are written to standard error as `score` writes them.
    expect(run.stderr).toContain(
      `错误：${join(folder, 'c-bad.json')}\n  scheme: 没有名为「nope」的内置方案`,
    );
  });

  test('--format ndjson: one line per document in input order, each evaluation as `score --format json` gives it', async () => {
    const folder = dataFolder();
    const run = await runJixiaoAsync('score', folder, '--format', 'ndjson');
    expect(run.code).toBe(2);
    const results = lines(run.stdout);
    expect(
      results.map((each) => [
        each['index'],
        String(each['file']).slice(folder.length + 1),
        each['exit'],
      ]),
    ).toEqual([
      [0, 'a-project.json', 0],
      [1, 'b-nanzhou.json', 0],
      [2, 'c-bad.json', 2],
      [3, 'sub/d-other.json', 0],
    ]);
    const single = await runJixiaoAsync(
      'score',
      join(folder, 'b-nanzhou.json'),
      '--format',
      'json',
    );
    expect(results[1]?.['evaluation']).toEqual(JSON.parse(single.stdout));
    expect(results[1]?.['subject']).toEqual({
      department: '广州市海珠区人民政府南洲街道办事处',
      year: 2023,
    });
    expect(results[2]?.['issues']).toEqual([
      expect.objectContaining({ code: 'unknown_preset', path: ['scheme'] }),
    ]);
  });

  test('files named one by one keep the order given', async () => {
    const folder = dataFolder();
    const run = await runJixiaoAsync(
      'score',
      join(folder, 'b-nanzhou.json'),
      join(folder, 'a-project.json'),
      '--format',
      'ndjson',
    );
    expect(run.code).toBe(0);
    expect(lines(run.stdout).map((each) => each['index'])).toEqual([0, 1]);
    expect(String(lines(run.stdout)[0]?.['file'])).toContain('b-nanzhou.json');
  });

  test('--jobs 2 and 3 write the same bytes as --jobs 1, on worker threads', async () => {
    const folder = manyProjects(40);
    const one = await runJixiaoAsync('score', folder, '--format', 'ndjson', '--jobs', '1');
    const two = await runJixiaoAsync('score', folder, '--format', 'ndjson', '--jobs', '2');
    const three = await runJixiaoAsync('score', folder, '--format', 'ndjson', '--jobs', '3');
    expect(one.code).toBe(2);
    expect(two.code).toBe(2);
    expect(three.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stderr).toBe(one.stderr);
    expect(lines(one.stdout)).toHaveLength(40);
    const summaryOne = await runJixiaoAsync('score', folder, '--jobs', '1');
    const summaryTwo = await runJixiaoAsync('score', folder, '--jobs', '2');
    expect(summaryTwo.stdout).toBe(summaryOne.stdout);
  });

  test('--ndjson: each non-empty line of standard input is a document, named by its line', async () => {
    const input = [
      JSON.stringify(JSON.parse(nanzhou)),
      '',
      '{"scheme": ',
      JSON.stringify(JSON.parse(project)),
      '',
    ].join('\n');
    const run = await runJixiaoWithInput(input, 'score', '--ndjson', '--format', 'ndjson');
    expect(run.code).toBe(2);
    expect(lines(run.stdout).map((each) => [each['file'], each['exit']])).toEqual([
      ['-:1', 0],
      ['-:3', 2],
      ['-:4', 0],
    ]);
    expect(run.stderr).toContain('-:3');
  });

  test('--summary FILE beside the NDJSON lines, its format by extension; -o writes the lines to a file', async () => {
    const folder = dataFolder();
    const out = mkdtempSync(join(tmpdir(), 'jixiao-out-'));
    const run = await runJixiaoAsync(
      'score',
      folder,
      '--format',
      'ndjson',
      '-o',
      join(out, 'results.ndjson'),
      '--summary',
      join(out, 'summary.csv'),
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(readFileSync(join(out, 'results.ndjson'), 'utf8'))).toHaveLength(4);
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF概况\r\n项目,数量\r\n文档,4\r\n')).toBe(true);
    await runJixiaoAsync('score', folder, '--summary', join(out, 'summary.md'), '--lang', 'en');
    expect(readFileSync(join(out, 'summary.md'), 'utf8').split('\n').slice(0, 3)).toEqual([
      '## Overview',
      '',
      '| what | count |',
    ]);
  });

  test.each([
    [['--jobs', '0'], 'invalid_jobs'],
    [['--jobs', 'two'], 'invalid_jobs'],
    [['--jobs', '257'], 'invalid_jobs'],
    [['--ndjson', 'examples/nanzhou-2023.json'], 'ndjson_with_files'],
    [['examples', '--format', 'report'], 'format_not_for_batch'],
    [['examples', '--format', 'xml'], 'unknown_format'],
  ])('%j is refused with [%s]', async (args, code) => {
    const run = await runJixiaoAsync('score', ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`[${code}]`);
    expect(run.stdout).toBe('');
  });

  test('a directory with no data file: no_documents, exit 2', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jixiao-empty-'));
    writeFileSync(join(folder, 'a.txt'), 'x');
    const run = await runJixiaoAsync('score', folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[no_documents]');
  });
});

describe('jixiao audit over many reports', () => {
  test('a directory of texts and office files: the worst exit, flagged reports in the summary', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jixiao-reports-'));
    copyFileSync(
      join(root, 'test/fixtures/tables/oneline-project-10-90.txt'),
      join(folder, 'a-ok.txt'),
    );
    copyFileSync(
      join(root, 'test/fixtures/tables/oneline-project-10-90-wrong-score.txt'),
      join(folder, 'b-wrong.txt'),
    );
    copyFileSync(
      join(root, 'test/fixtures/documents/project-2024.docx'),
      join(folder, 'c-project.docx'),
    );
    writeFileSync(join(folder, 'd-data.json'), nanzhou);
    const run = await runJixiaoAsync('audit', folder, '--format', 'json');
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout) as {
      documents: number;
      outcomes: Record<string, number>;
      flagged: { name: string; outcome: string; findings: number }[];
    };
    expect(summary.documents).toBe(3);
    expect(summary.outcomes).toEqual({
      scored: 0,
      consistent: 2,
      inconsistent: 1,
      unchecked: 0,
      failed: 0,
    });
    expect(
      summary.flagged.map((each) => [
        each.name.slice(folder.length + 1),
        each.outcome,
        each.findings,
      ]),
    ).toEqual([['b-wrong.txt', 'inconsistent', 1]]);
    const ndjson = await runJixiaoAsync('audit', folder, '--format', 'ndjson');
    const results = lines(ndjson.stdout);
    expect(results.map((each) => [each['index'], each['exit'], each['status']])).toEqual([
      [0, 0, 'consistent'],
      [1, 1, 'inconsistent'],
      [2, 0, 'consistent'],
    ]);
    const single = await runJixiaoAsync('audit', join(folder, 'b-wrong.txt'), '--format', 'json');
    const { index: _index, file: _file, ...rest } = results[1] ?? {};
    expect(rest).toEqual(JSON.parse(single.stdout));
  });

  test('a batch format with no report named is missing_argument', async () => {
    const run = await runJixiaoAsync('audit', '--format', 'ndjson');
    expect([run.code, run.stdout, run.stderr.endsWith('[missing_argument]\n')]).toEqual([
      2,
      '',
      true,
    ]);
  });

  test('NDJSON reports: each line a text, or {"text": …}; an unreadable line fails alone', async () => {
    const report = readFileSync(
      join(root, 'test/fixtures/tables/oneline-project-10-90.txt'),
      'utf8',
    );
    const input = [
      JSON.stringify(report),
      JSON.stringify({ text: report }),
      '42',
      // A key beside `text` is a mistake (a misspelt option, say), not passed over.
      JSON.stringify({ text: report, sheme: 'national-project' }),
    ].join('\n');
    const run = await runJixiaoWithInput(input, 'audit', '--ndjson', '--format', 'ndjson');
    expect(run.code).toBe(2);
    expect(lines(run.stdout).map((each) => [each['file'], each['exit']])).toEqual([
      ['-:1', 0],
      ['-:2', 0],
      ['-:3', 2],
      ['-:4', 2],
    ]);
    expect(run.stderr).toContain('[invalid_batch_input]');
    expect(run.stderr).toContain('sheme: 未知字段「sheme」');
  });
});

describe('the progress bar', () => {
  async function withTerminal(...args: string[]): Promise<string> {
    let stderr = '';
    let clock = 0;
    const environment = nodeEnvironment({
      stdout: () => undefined,
      stderr: (text) => {
        stderr += text;
      },
      defaultDataFile: join(root, 'examples/nanzhou-2023.json'),
      version: '0.0.0',
      stderrIsTerminal: true,
      // Each reading of the clock is 250 ms after the one before.
      now: () => (clock += 250),
    });
    await runCli(args, environment);
    return stderr;
  }

  test('on a terminal: redrawn in place with counts, rate and time left, then one closing line', async () => {
    const folder = manyProjects(3);
    const stderr = await withTerminal('score', folder, '--format', 'ndjson', '--lang', 'en');
    const erase = '\u001b[K';
    const drawn = stderr.split('\r').filter((part) => part.startsWith('['));
    expect(drawn.at(-1)?.endsWith(`${erase}\n`)).toBe(true);
    expect(drawn[0]?.endsWith(erase)).toBe(true);
    const shown = drawn.map((part) => part.replace(erase, ''));
    expect(shown.at(-1)).toMatch(/^\[█{20}\] 3\/3 · \d+\/s · ETA 0s\n$/u);
    expect(shown[0]).toMatch(/^\[█{6}░{14}\] 1\/3 · \d+\/s · ETA \d+s$/u);
  });

  test('--quiet, or standard error not a terminal: nothing', async () => {
    const folder = manyProjects(3);
    const quiet = await withTerminal('score', folder, '--format', 'ndjson', '--quiet');
    expect(quiet).not.toContain('[█');
    const run = await runJixiaoAsync('score', folder, '--format', 'ndjson');
    expect(run.stderr).not.toContain('█');
  });
});

describe('batches at the edges', () => {
  test('`-` among the files is standard input, read once: --jobs 2 writes what --jobs 1 writes', async () => {
    const folder = manyProjects(40);
    const one = await runJixiaoWithInput(
      project,
      'score',
      '-',
      folder,
      '-',
      '--format',
      'ndjson',
      '--jobs',
      '1',
    );
    const two = await runJixiaoWithInput(
      project,
      'score',
      '-',
      folder,
      '-',
      '--format',
      'ndjson',
      '--jobs',
      '2',
    );
    expect(two.stdout).toBe(one.stdout);
    const results = lines(one.stdout);
    expect([
      results[0]?.['file'],
      results[0]?.['exit'],
      results.at(-1)?.['file'],
      results.at(-1)?.['exit'],
    ]).toEqual(['-', 0, '-', 0]);
  });

  test('a directory of 150,000 entries is listed without a stack overflow', () => {
    const entries = Array.from({ length: 150_000 }, (_, index) => ({
      name: `p${index}.json`,
      kind: 'file' as const,
    }));
    const environment: CliEnvironment = {
      ...nodeEnvironment({
        stdout: () => undefined,
        stderr: () => undefined,
        defaultDataFile: '',
        version: '',
      }),
      listDirectory: (path) => (path === 'big' ? entries : path === 'big/sub' ? [] : undefined),
    };
    const collected = collectTasks(environment, ['big'], false, ['.json'], 'en');
    expect(collected.ok && collected.tasks.length).toBe(150_000);
  });

  test('a summary of 130,000 ranked documents is written as a table', async () => {
    const { createBatchSummary, renderSummaryTable } = await import('../src/batch.js');
    const builder = createBatchSummary();
    for (let index = 0; index < 130_000; index += 1)
      builder.add({
        index,
        name: `${index}`,
        outcome: 'scored',
        scheme: 's@1',
        total: String(index % 100),
        fullMarks: '100',
        grade: '优',
      });
    const table = renderSummaryTable(builder.summary());
    expect(table.split('\n').filter((line) => line.endsWith('  优')).length).toBe(130_000);
  });

  /** A results file that exists, with a link to it beside it (`<file>.link`). */
  const linkedOutput = (() => {
    let file: string | undefined;
    return (): string => {
      if (file !== undefined) return file;
      file = join(mkdtempSync(join(tmpdir(), 'jixiao-linked-')), 'out.ndjson');
      writeFileSync(file, '');
      symlinkSync(file, `${file}.link`);
      return file;
    };
  })();

  test('--summary where the results go is refused', async () => {
    for (const args of [
      ['--format', 'ndjson', '--summary', '-'],
      ['--format', 'ndjson', '-o', 'x.ndjson', '--summary', 'x.ndjson'],
      // One file however it is named: another spelling, the absolute path, a link to it.
      ['--format', 'ndjson', '-o', 'x.ndjson', '--summary', './x.ndjson'],
      ['--format', 'ndjson', '-o', 'x.ndjson', '--summary', join(root, 'x.ndjson')],
      ['--format', 'ndjson', '-o', linkedOutput(), '--summary', `${linkedOutput()}.link`],
      // Standard output by its device name.
      ['--format', 'ndjson', '--summary', '/dev/stdout'],
    ]) {
      const run = await runJixiaoAsync('score', 'examples', ...args);
      expect([
        run.code,
        run.stdout,
        run.stderr.endsWith('[summary_clashes_with_output]\n'),
      ]).toEqual([2, '', true]);
    }
  });

  test('an audit batch with a --scheme that does not exist says so once, before any report', async () => {
    const run = await runJixiaoAsync(
      'audit',
      'test/fixtures/documents',
      '--scheme',
      'nope@1',
      '--format',
      'ndjson',
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.match(/\[unknown_preset\]/gu)).toHaveLength(1);
  });

  test('an -o file that cannot be written: one write_failed, exit 2', async () => {
    const run = await runJixiaoAsync('score', 'examples', '--format', 'ndjson', '-o', '/dev/full');
    expect(run.code).toBe(2);
    expect(run.stderr.match(/\[write_failed\]/gu)).toHaveLength(1);
  });

  test('a broken link with the extension is noted, not dropped silently', async () => {
    const folder = dataFolder();
    symlinkSync(join(folder, 'gone.json'), join(folder, 'e-broken.json'));
    const run = await runJixiaoAsync('score', folder, '--format', 'ndjson');
    expect(lines(run.stdout)).toHaveLength(4);
    expect(run.stderr).toContain('e-broken.json');
  });

  /** 40 project documents as a batch's tasks, with a quiet environment to run them in. */
  const fortyTasks = () => {
    const environment = nodeEnvironment({
      stdout: () => undefined,
      stderr: () => undefined,
      defaultDataFile: '',
      version: '',
    });
    const collected = collectTasks(environment, [manyProjects(40)], false, ['.json'], 'en');
    if (!collected.ok) throw new Error(JSON.stringify(collected.issues));
    return { environment, tasks: collected.tasks };
  };

  test('the worker runner shares the tasks between this thread and the workers, each once', async () => {
    const { environment, tasks } = fortyTasks();
    const settings = { command: 'score', lang: 'en', lines: true } as const;
    const run = workerRunner(new URL('../dist/batchWorker.js', import.meta.url), {
      defaultDataFile: '',
      version: '',
    });
    // This thread's first task waits for a worker's first result: both must take part.
    let workerResult: () => void = () => undefined;
    const fromWorker = new Promise<void>((resolve) => {
      workerResult = resolve;
    });
    const here = new Set<number>();
    const given: number[] = [];
    await run(
      settings,
      tasks,
      3,
      (result) => {
        given.push(result.index);
        if (!here.has(result.index)) workerResult();
      },
      undefined,
      async (task) => {
        await fromWorker;
        here.add(task.index);
        return runTask(task, settings, environment);
      },
    );
    expect([...given].sort((a, b) => a - b)).toEqual(tasks.map((task) => task.index));
    expect(here.size).toBeGreaterThan(0);
    expect(here.size).toBeLessThan(tasks.length);
  });

  test('a worker that fails ends the batch: this thread writes nothing after it', async () => {
    const { environment, tasks } = fortyTasks();
    const settings = { command: 'score', lang: 'en', lines: true } as const;
    const run = workerRunner(new URL('./fixtures/workers/failingWorker.mjs', import.meta.url), {
      defaultDataFile: '',
      version: '',
    });
    const given: number[] = [];
    let batch: Promise<void> = Promise.resolve();
    let started: () => void = () => undefined;
    const startedHere = new Promise<void>((resolve) => {
      started = resolve;
    });
    batch = run(
      settings,
      tasks,
      2,
      (result) => given.push(result.index),
      undefined,
      // This thread's tasks finish only once the batch has failed.
      async (task) => {
        started();
        await batch.catch(() => undefined);
        return runTask(task, settings, environment);
      },
    );
    await startedHere;
    await expect(batch).rejects.toThrow('a worker failed');
    await batch.catch(() => undefined);
    // Its tasks in hand are finished, but none is written after the error.
    await new Promise<void>((resolve) => {
      setImmediate(resolve);
    });
    expect(given).toEqual([]);
  });

  test('the worker runner stops when told (the output is gone): no chunk after, and it ends', async () => {
    const { environment, tasks } = fortyTasks();
    const settings = { command: 'score', lang: 'en', lines: true } as const;
    const run = workerRunner(new URL('../dist/batchWorker.js', import.meta.url), {
      defaultDataFile: '',
      version: '',
    });
    const given: number[] = [];
    await run(
      settings,
      tasks,
      2,
      (result) => given.push(result.index),
      undefined,
      (task) => runTask(task, settings, environment),
      // Gone once the first result was given.
      () => given.length > 0,
    );
    expect(given.length).toBeGreaterThan(0);
    expect(given.length).toBeLessThan(tasks.length);
  });

  test('a batch on threads into a reader that left after one line ends, quietly (it hung)', async () => {
    const folder = manyProjects(200);
    writeFileSync(join(folder, 'p017.json'), project);
    const run = await new Promise<{ code: number | null; stderr: string; first: string }>(
      (done) => {
        const child = spawn(
          process.execPath,
          [cli, 'score', folder, '--format', 'ndjson', '--jobs', '2'],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let first = '';
        let stderr = '';
        // As `| head -1` does: the first line read, then the pipe closed.
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          if (first.includes('\n')) return;
          first += chunk;
          if (first.includes('\n')) child.stdout.destroy();
        });
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('close', (code) => {
          done({ code, stderr, first: first.slice(0, first.indexOf('\n')) });
        });
      },
    );
    expect(JSON.parse(run.first)).toMatchObject({ index: 0, exit: 0 });
    expect([run.code, run.stderr]).toEqual([0, '']);
  }, 120_000);

  test('the worker runner resolves at once for no tasks', async () => {
    const run = workerRunner(new URL('../dist/batchWorker.js', import.meta.url), {
      defaultDataFile: '',
      version: '',
    });
    const results: unknown[] = [];
    await run({ command: 'score', lang: 'zh', lines: true }, [], 2, (result) =>
      results.push(result),
    );
    expect(results).toEqual([]);
  });
});
