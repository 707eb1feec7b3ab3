import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeEnvironment } from '../../src/cli/node/nodeEnvironment.js';
import { workerRunner } from '../../src/cli/node/workerRunner.js';
import { loadCommands, runCli } from '../../src/cli/runCli.js';

// Every command's module loaded first, so runCli returns its exit code at once, as read here.
await loadCommands();

const root = new URL('../..', import.meta.url).pathname;
const version = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
).version;

/** What a run of the CLI wrote and the exit code it returned. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the `jixiao` command line in-process on the real file system, through the same
 * `nodeEnvironment` that dist/cli.js uses, capturing what it writes: what a process started in
 * the repository root would print, at a fraction of a spawn's cost. Standard input is empty. The
 * tests about the process itself (the built file, pipes closed early, /dev/full, real stdin)
 * spawn dist/cli.js instead.
 *
 * @param args - the arguments after `jixiao`
 * @returns the exit code and both streams
 */
export function runJixiao(...args: readonly string[]): CliRun {
  const run = startJixiao(args);
  if (typeof run.code !== 'number')
    throw new Error(`jixiao ${args.join(' ')} did not finish at once: use runJixiaoAsync`);
  return { code: run.code, stdout: run.stdout(), stderr: run.stderr() };
}

/**
 * Runs the `jixiao` command line in-process as {@link runJixiao} does, waiting for a command that
 * finishes later (a Word, Excel or PDF file read by `audit` or `import`).
 *
 * @param args - the arguments after `jixiao`
 * @returns the exit code and both streams
 */
export async function runJixiaoAsync(...args: readonly string[]): Promise<CliRun> {
  const run = startJixiao(args);
  const code = await run.code;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/**
 * Runs the `jixiao` command line in-process as {@link runJixiaoAsync} does, with standard input
 * holding `stdin`. Batches given `--jobs N` run on real worker threads (dist/batchWorker.js, as
 * built by `npm test`'s pretest).
 *
 * @param stdin - standard input's bytes or text
 * @param args - the arguments after `jixiao`
 * @returns the exit code and both streams
 */
export async function runJixiaoWithInput(
  stdin: string | Uint8Array,
  ...args: readonly string[]
): Promise<CliRun> {
  const run = startJixiao(
    args,
    typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin,
  );
  const code = await run.code;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

function startJixiao(
  args: readonly string[],
  stdin: Uint8Array = new Uint8Array(),
): {
  readonly code: number | Promise<number>;
  readonly stdout: () => string;
  readonly stderr: () => string;
} {
  let stdout = '';
  let stderr = '';
  const environment = nodeEnvironment({
    stdout: (text) => {
      stdout += text;
    },
    // As the command line writes a batch's worker-encoded results: bytes, decoded strictly here.
    stdoutBytes: (bytes) => {
      stdout += strictUtf8.decode(bytes);
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: () => ({ ok: true, bytes: stdin }),
    defaultDataFile: join(root, 'examples/nanzhou-2023.json'),
    version,
    runWorkers: workerRunner(new URL('../../dist/batchWorker.js', import.meta.url), {
      defaultDataFile: join(root, 'examples/nanzhou-2023.json'),
      version,
    }),
  });
  const code = runCli(args, environment);
  return { code, stdout: () => stdout, stderr: () => stderr };
}
