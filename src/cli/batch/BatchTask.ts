import type { BatchEntry } from '../../batch/BatchEntry.js';
import type { Language } from '../../issues/Language.js';
import type { Exit } from '../Exit.js';

/**
 * One document of a batch to score or audit: a file by its path, or a line of NDJSON standard
 * input by its text. Plain data, so that it can be sent to a worker thread.
 */
export interface BatchTask {
  /** Its place in the input, from 0: results are written in this order. */
  readonly index: number;
  /** Its name in results and messages: the path, or `-:3` for line 3 of standard input. */
  readonly name: string;
  /** The file to read, when it is one. */
  readonly path?: string;
  /** The document itself, for a line of NDJSON input. */
  readonly text?: string;
  /** Standard input's bytes, for `-` among a batch's files (read once, in the main thread). */
  readonly bytes?: Uint8Array;
}

/** What every task of a batch is run with: the command, the language and the command's options. */
export interface BatchSettings {
  readonly command: 'score' | 'audit';
  readonly lang: Language;
  /** Whether each result is written as an NDJSON line (`--format ndjson`). */
  readonly lines: boolean;
  /** `audit --data FILE`. */
  readonly data?: string;
  /** `audit --scheme REF|FILE`. */
  readonly scheme?: string;
}

/** One task done: its NDJSON line (empty when not asked for), its messages, entry and exit code. */
export interface TaskResult {
  readonly index: number;
  /** The line as text, or as UTF-8 bytes when a worker thread encoded it for the main thread. */
  readonly line: string | Uint8Array;
  /** What the document's run wrote to standard error (its issues, notes). */
  readonly stderr: string;
  readonly entry: BatchEntry;
  readonly exit: Exit;
}
