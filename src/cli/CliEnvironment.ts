import type { FileBytes } from './FileBytes.js';
import type { BatchSettings, BatchTask, TaskResult } from './batch/BatchTask.js';
import type { DirectoryEntry } from './DirectoryEntry.js';
import type { WriteOutcome } from './WriteOutcome.js';

/** What the CLI needs from its surroundings, so that it can run in a test as well as a shell. */
export interface CliEnvironment {
  /** Writes text to standard output, as given (no newline added). */
  readonly stdout: (text: string) => void;
  /**
   * Writes UTF-8 bytes to standard output, as given: a batch's results encoded by its workers.
   * Absent: the bytes are decoded and written by `stdout`.
   */
  readonly stdoutBytes?: (bytes: Uint8Array) => void;
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
  /**
   * Appends to a file written by `writeFile` (a batch's NDJSON results, written as they come).
   * Never throws. Absent: a batch's output to a file is written whole at the end.
   */
  readonly appendFile?: (path: string, bytes: Uint8Array) => WriteOutcome;
  /**
   * The entries of a directory, or `undefined` when the path is not one (a file, or nothing: its
   * reading then says which). Never throws. Absent: no argument is taken as a directory.
   */
  readonly listDirectory?: (path: string) => readonly DirectoryEntry[] | undefined;
  /**
   * Whether two outputs (paths, or `-` for standard output) are one place: the same path resolved,
   * a link to the other, `/dev/stdout` and standard output. Absent: only equal names are.
   */
  readonly sameFile?: (first: string, second: string) => boolean;
  /** Joins a directory's path and an entry's name. */
  readonly joinPath?: (directory: string, name: string) => string;
  /**
   * A promise that settles when standard output has taken what was written, when it is behind
   * (a slow pipe); undefined when it is not. A batch waits on it, so that its output never piles
   * up in memory. Absent: standard output is never behind.
   */
  readonly stdoutDrained?: () => Promise<void> | undefined;
  /**
   * Whether standard output is gone (its reader closed the pipe, `jixiao … | head -1`, or a write
   * failed): nothing written after reaches anyone, so a batch stops taking documents. Absent:
   * standard output never closes.
   */
  readonly stdoutClosed?: () => boolean;
  /** Whether standard error is a terminal (a batch then shows its progress there). */
  readonly stderrIsTerminal?: boolean;
  /** A clock in milliseconds, for a batch's progress (its rate and time left). */
  readonly now?: () => number;
  /** How many cores the batch may use by default (`--jobs`); 1 when absent. */
  readonly cores?: number;
  /**
   * Runs batch tasks on worker threads (`--jobs N` above 1), giving each result as it comes.
   * Absent: every batch runs in this thread.
   */
  readonly runWorkers?: WorkerRunner;
}

/**
 * Runs batch tasks on `jobs` threads; resolves when every result was given. With `here`, this
 * thread is one of them (it scores chunks between putting results in order, from the start,
 * while the workers load) and `jobs - 1` worker threads start; without, `jobs` workers start.
 */
export type WorkerRunner = (
  settings: BatchSettings,
  tasks: readonly BatchTask[],
  jobs: number,
  onResult: (result: TaskResult) => void,
  /** Before a chunk is sent, what to wait for: the output taking what was written. */
  ready?: () => Promise<void> | undefined,
  /** Runs one task in this thread. */
  here?: (task: BatchTask) => TaskResult | Promise<TaskResult>,
  /** Whether to stop early (the output is gone): no chunk is sent after, and the runner ends. */
  stopped?: () => boolean,
) => Promise<void>;
