import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { nodeEnvironment } from './node/nodeEnvironment.js';
import { outputErrorHandler } from './node/outputErrorHandler.js';
import { languageOf } from './parseCommandLine.js';
import { runCli } from './runCli.js';
import { workerRunner } from './node/workerRunner.js';

// dist/cli.js sits one level below the package root, beside the bundled examples/.
const packageRoot = new URL('..', import.meta.url);
// package.json is the package's own, with its version string.
// eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- as the comment above says
const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
const argv = process.argv.slice(2);
const stderr = (text: string): void => {
  process.stderr.write(text);
};

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
      process.stdout.write(text);
    },
    stderr,
    defaultDataFile,
    version,
    stdoutDrained: () =>
      process.stdout.writableNeedDrain
        ? new Promise<void>((resolve) => {
            // Closed or failed (EPIPE) is no reason to wait: the error handler sets the exit.
            const done = (): void => {
              process.stdout.off('drain', done).off('close', done).off('error', done);
              resolve();
            };
            process.stdout.once('drain', done).once('close', done).once('error', done);
          })
        : undefined,
    stderrIsTerminal: process.stderr.isTTY,
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
