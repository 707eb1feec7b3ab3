import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeEnvironment } from '../../src/cli/node/nodeEnvironment.js';
import { runCli } from '../../src/cli/runCli.js';

const root = new URL('../..', import.meta.url).pathname;
const version = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
).version;

/** What a run of the CLI wrote and the exit code it returned. */
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
  let stdout = '';
  let stderr = '';
  const environment = nodeEnvironment({
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: () => ({ ok: true, bytes: new Uint8Array() }),
    defaultDataFile: join(root, 'examples/nanzhou-2023.json'),
    version,
  });
  const code = runCli(args, environment);
  return { code, stdout, stderr };
}
