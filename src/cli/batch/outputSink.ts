import type { Language } from '../../issues/Language.js';
import type { CliEnvironment } from '../CliEnvironment.js';
import { cliIssues } from '../cliIssues.js';
import type { Exit } from '../Exit.js';
import { io } from '../io.js';

/** Where a batch writes its results, as they come. */
export interface OutputSink {
  readonly write: (text: string) => void;
  /** What to wait for before more is written: standard output taking what it was given. */
  readonly ready: () => Promise<void> | undefined;
  /** Writes what is left and returns 0, or 2 when the file could not be written (reported). */
  readonly close: () => Exit;
}

/** How much text is gathered before it is written to a file. */
const chunkLength = 1 << 18;

/**
 * A batch's output: standard output, or the `--output` file, written in chunks of 256 KiB (a
 * file's first written whole, the rest appended; without appending, the whole file at the end).
 * With `ready`, the batch waits while standard output is behind, so that a batch of any size
 * holds about one chunk. A file that cannot be written is reported once; later output is dropped.
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
  if (output === undefined || output === '-') {
    // Standard output is written in chunks too: one write per line would be a system call each.
    let pending: string[] = [bom ? '\uFEFF' : ''];
    let pendingLength = 0;
    const flushOut = (): void => {
      const text = pending.join('');
      pending = [];
      pendingLength = 0;
      if (text !== '') environment.stdout(text);
    };
    return {
      write: (text) => {
        pending.push(text);
        pendingLength += text.length;
        if (pendingLength >= chunkLength) flushOut();
      },
      ready: () => environment.stdoutDrained?.(),
      close: () => {
        flushOut();
        return 0;
      },
    };
  }
  const encoder = new TextEncoder();
  let chunk: string[] = [bom ? '\uFEFF' : ''];
  let length = 0;
  let failed = false;
  const flush = (): void => {
    if (failed) return;
    const bytes = encoder.encode(chunk.join(''));
    chunk = [];
    length = 0;
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
    write: (text) => {
      // A file that could not be written takes nothing more: nothing piles up.
      if (failed) return;
      chunk.push(text);
      length += text.length;
      // Without appending, the file is written whole at the end.
      if (length >= chunkLength && environment.appendFile !== undefined) flush();
    },
    ready: () => undefined,
    close: () => {
      if (!failed && (!started || chunk.length > 0)) flush();
      return failed ? 2 : 0;
    },
  };
}
