import { dirname, join, resolve } from 'node:path';
import { appendFileBytes } from './appendFileBytes.js';
import { listDirectory } from './listDirectory.js';
import type { CliEnvironment } from '../CliEnvironment.js';
import type { FileBytes } from '../FileBytes.js';
import { readFileBytes } from './readFileBytes.js';
import { readStdinBytes } from './readStdinBytes.js';
import { sameFile } from './sameFile.js';
import { writeFileBytes } from './writeFileBytes.js';

/**
 * The CLI's environment in a Node process: files through `node:fs`, standard input read once
 * (a second `-` gets the same bytes), paths in a file resolved against the file's folder. The
 * output streams, the bundled example and the version are given, so that a test can run the
 * real file access in-process and capture what is written.
 *
 * @param given - the output streams, the bundled example's path, the version, and optionally the
 * input cap
 * @returns the environment
 *
 * @example
 * runCli(['score', 'data.json'], nodeEnvironment({ stdout, stderr, defaultDataFile, version }));
 */
export function nodeEnvironment(
  given: Pick<CliEnvironment, 'stdout' | 'stderr' | 'defaultDataFile' | 'version'> &
    Partial<
      Pick<
        CliEnvironment,
        | 'maxInputBytes'
        | 'readStdin'
        | 'stderrIsTerminal'
        | 'now'
        | 'cores'
        | 'runWorkers'
        | 'stdoutDrained'
        | 'stdoutClosed'
        | 'stdoutBytes'
      >
    >,
): CliEnvironment {
  let stdin: FileBytes | undefined;
  const readStdin = given.readStdin ?? readStdinBytes;
  return {
    ...given,
    readFile: readFileBytes,
    readStdin: (limit) => (stdin ??= readStdin(limit)),
    writeFile: writeFileBytes,
    appendFile: appendFileBytes,
    listDirectory,
    joinPath: join,
    sameFile,
    resolve: (file, path) => resolve(dirname(file), path),
  };
}
