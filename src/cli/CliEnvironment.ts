import type { FileBytes } from './FileBytes.js';
import type { WriteOutcome } from './WriteOutcome.js';

/** What the CLI needs from its surroundings, so that it can run in a test as well as a shell. */
export interface CliEnvironment {
  /** Writes text to standard output, as given (no newline added). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error, as given (no newline added). */
  readonly stderr: (text: string) => void;
  /**
   * Reads a regular file's bytes, refusing a directory, a device or a pipe, and anything over
   * `limit` bytes (checked before reading, and again while reading). Never throws.
   */
  readonly readFile: (path: string, limit: number) => FileBytes;
  /** Reads standard input to its end, stopping past `limit` bytes. Never throws. */
  readonly readStdin: (limit: number) => FileBytes;
  /** Writes a file whole (`score --output`). Never throws. */
  readonly writeFile: (path: string, bytes: Uint8Array) => WriteOutcome;
  /** Resolves a path written inside `file` against that file's location. */
  readonly resolve: (file: string, path: string) => string;
  /** The bundled example's path, scored by `jixiao score` when no file is given. */
  readonly defaultDataFile: string;
  /** The package version, printed by `jixiao --version`. */
  readonly version: string;
  /** The largest input read, in bytes; {@link defaultMaxInputBytes} (64 MiB) when absent. */
  readonly maxInputBytes?: number;
}
