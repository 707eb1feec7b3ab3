import type { Language } from '../../issues/Language.js';
import type { CliEnvironment } from '../CliEnvironment.js';
import { cliIssues } from '../cliIssues.js';
import type { Exit } from '../Exit.js';
import { io } from '../io.js';

/** Where a batch writes its results, as they come. */
export interface OutputSink {
  /** Text, or UTF-8 bytes (a result a worker thread encoded). */
  readonly write: (part: string | Uint8Array) => void;
  /** What to wait for before more is written: standard output taking what it was given. */
  readonly ready: () => Promise<void> | undefined;
  /** Writes what is left and returns 0, or 2 when the file could not be written (reported). */
  readonly close: () => Exit;
  /** Whether what is written reaches no one any more (standard output was closed). */
  readonly closed: () => boolean;
}

/** How much is gathered before it is written (characters of text, bytes of bytes). */
const chunkLength = 1 << 18;

const encoder = new TextEncoder();

/** Parts gathered for one write: joined as text while all are text, else as UTF-8 bytes. */
class Pending {
  private parts: (string | Uint8Array)[] = [];
  private bytes = false;
  length = 0;

  add(part: string | Uint8Array): void {
    this.parts.push(part);
    this.length += part.length;
    if (typeof part !== 'string') this.bytes = true;
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** The parts as one text or one byte array, and empties the list. */
  take(): string | Uint8Array {
    const { parts, bytes } = this;
    this.parts = [];
    this.bytes = false;
    this.length = 0;
    if (!bytes) return parts.join('');
    const encoded = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : part));
    const joined = new Uint8Array(encoded.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of encoded) {
      joined.set(part, at);
      at += part.length;
    }
    return joined;
  }
}

/**
 * A batch's output: standard output, or the `--output` file, written in chunks of 256 KiB (a
 * file's first written whole, the rest appended; without appending, the whole file at the end).
 * Results a worker thread encoded are written as its bytes, never decoded and encoded again
 * (standard output decodes them only for an environment that writes text alone). With `ready`,
 * the batch waits while standard output is behind, so that a batch of any size holds about one
 * chunk. A file that cannot be written is reported once; later output is dropped.
 *
 * @param environment - standard output and file writing
 * @param lang - the language of a write failure
 * @param output - `--output`, `-` or absent for standard output
 * @param options - `bom`: a UTF-8 byte-order mark first
 * @returns the sink
 *
 * @example
 * const sink = outputSink(environment, 'zh', 'out.ndjson', { bom: false }); sink.write('{}\n'); sink.close(); // → 0
 */
export function outputSink(
  environment: CliEnvironment,
  lang: Language,
  output: string | undefined,
  { bom }: { readonly bom: boolean },
): OutputSink {
  let started = false;
  const pending = new Pending();
  if (bom) pending.add('\uFEFF');
  if (output === undefined || output === '-') {
    // Standard output is written in chunks too: one write per line would be a system call each.
    const { stdoutBytes } = environment;
    // ignoreBOM: a byte-order mark asked for (--bom) is written, not taken as the decoder's own.
    const decoder =
      stdoutBytes === undefined ? new TextDecoder('utf-8', { ignoreBOM: true }) : undefined;
    const flushOut = (): void => {
      if (pending.empty) return;
      const part = pending.take();
      if (typeof part === 'string') {
        if (part !== '') environment.stdout(part);
      } else if (stdoutBytes !== undefined) stdoutBytes(part);
      else environment.stdout(decoder?.decode(part) ?? '');
    };
    return {
      write: (part) => {
        pending.add(part);
        if (pending.length >= chunkLength) flushOut();
      },
      ready: () => environment.stdoutDrained?.(),
      close: () => {
        flushOut();
        return 0;
      },
      closed: () => environment.stdoutClosed?.() === true,
    };
  }
  let failed = false;
  const flush = (): void => {
    if (failed) return;
    const part = pending.take();
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    const written =
      started && environment.appendFile !== undefined
        ? environment.appendFile(output, bytes)
        : environment.writeFile(output, bytes);
    started = true;
    if (!written.ok) {
      failed = true;
      io.report(environment, lang, [cliIssues.writeFailed(output, written.detail)]);
    }
  };
  return {
    write: (part) => {
      // A file that could not be written takes nothing more: nothing piles up.
      if (failed) return;
      pending.add(part);
      // Without appending, the file is written whole at the end.
      if (pending.length >= chunkLength && environment.appendFile !== undefined) flush();
    },
    ready: () => undefined,
    close: () => {
      if (!failed && (!started || !pending.empty)) flush();
      return failed ? 2 : 0;
    },
    // A file that failed is reported, and the batch goes on: its summary and exit still count.
    closed: () => false,
  };
}
