import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { nodeEnvironment } from './node/nodeEnvironment.js';
import { outputErrorHandler } from './node/outputErrorHandler.js';
import { languageOf } from './parseCommandLine.js';
import { runCli } from './runCli.js';
import { workerRunner } from './node/workerRunner.js';

// dist/cli.js sits one level below the package root, beside the bundled examples/.
const packageRoot = new URL('..', import.meta.url);
// package.json is the package's own, with its version string. Read as a file, not required:
// createRequire would load node:module and the CommonJS loader for it at every start.
const packageJson: unknown = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
);
const version =
  typeof packageJson === 'object' &&
  packageJson !== null &&
  'version' in packageJson &&
  typeof packageJson.version === 'string'
    ? packageJson.version
    : '';
const argv = process.argv.slice(2);
const stderr = (text: string): void => {
  process.stderr.write(text);
};

// Standard output is gone once it failed or closed (its reader left: `| head -1`). Writes after
// are dropped (each would fail again), and a batch stops taking documents.
let stdoutGone = false;
const stdoutLost = (): void => {
  stdoutGone = true;
};
process.stdout.once('error', stdoutLost).once('close', stdoutLost);
// Write errors arrive as events after runCli has returned and set the exit code of its work.
process.stdout.on(
  'error',
  outputErrorHandler(languageOf(argv), stderr, (exit) => {
    process.exitCode = exit;
  }),
);
// Nothing more can be said when standard error itself fails.
process.stderr.on('error', () => undefined);

const defaultDataFile = fileURLToPath(new URL('examples/nanzhou-2023.json', packageRoot));
const exit = runCli(
  argv,
  nodeEnvironment({
    stdout: (text) => {
      if (!stdoutGone) process.stdout.write(text);
    },
    stdoutBytes: (bytes) => {
      if (!stdoutGone) process.stdout.write(bytes);
    },
    stderr,
    defaultDataFile,
    version,
    // Nothing to wait for once the output is gone, or holds nothing (a pipe's stream can keep
    // needing a drain after it failed, with nothing left to write that would ever bring one).
    stdoutDrained: () =>
      !stdoutGone && process.stdout.writableNeedDrain && process.stdout.writableLength > 0
        ? new Promise<void>((resolve) => {
            // Closed or failed (EPIPE) is no reason to wait: the error handler sets the exit.
            const done = (): void => {
              process.stdout.off('drain', done).off('close', done).off('error', done);
              resolve();
            };
            process.stdout.once('drain', done).once('close', done).once('error', done);
          })
        : undefined,
    stdoutClosed: () => stdoutGone,
    stderrIsTerminal: process.stderr.isTTY,
    // The global performance, read when a batch first asks the time: importing node:perf_hooks
    // costs every start.
    now: () => performance.now(),
    cores: availableParallelism(),
    // dist/batchWorker.js sits beside dist/cli.js.
    runWorkers: workerRunner(new URL('./batchWorker.js', import.meta.url), {
      defaultDataFile,
      version,
    }),
  }),
);
if (typeof exit === 'number') process.exitCode = exit;
else
  // A command that reads a Word, Excel or PDF file finishes later; it never rejects (every
  // problem is an issue), but a bug must still end the process non-zero.
  exit.then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      stderr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
