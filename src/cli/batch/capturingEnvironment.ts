import type { CliEnvironment } from '../CliEnvironment.js';

/** An environment whose output is kept rather than written, and what it kept so far. */
export interface CapturingEnvironment {
  readonly environment: CliEnvironment;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/**
 * The environment a batch runs one document in: file access as given, both output streams kept,
 * and optionally one file served from memory (a line of NDJSON input audited as a file; for `-`,
 * standard input's bytes read once by the main thread).
 *
 * @param environment - the real environment
 * @param served - a name and the bytes to give when that name is read
 * @returns the environment and the text written to each stream
 *
 * @example
 * const run = capturingEnvironment(environment);
 * run.environment.stdout('x'); run.stdout(); // → 'x'
 */
export function capturingEnvironment(
  environment: CliEnvironment,
  served?: { readonly name: string; readonly bytes: Uint8Array },
): CapturingEnvironment {
  const out: string[] = [];
  const err: string[] = [];
  return {
    environment: {
      ...environment,
      stdout: (text) => {
        out.push(text);
      },
      stderr: (text) => {
        err.push(text);
      },
      ...(served === undefined
        ? {}
        : served.name === '-'
          ? { readStdin: () => ({ ok: true, bytes: served.bytes }) }
          : {
              readFile: (path, limit) =>
                path === served.name
                  ? { ok: true, bytes: served.bytes }
                  : environment.readFile(path, limit),
            }),
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
