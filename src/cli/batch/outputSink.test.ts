import { describe, expect, test } from 'vitest';
import type { CliEnvironment } from '../CliEnvironment.js';
import { outputSink } from './outputSink.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** An environment that records what reaches standard output and files, as text. */
function recording(withBytes: boolean) {
  const writes: { readonly how: string; readonly text: string }[] = [];
  const files = new Map<string, string>();
  const environment: CliEnvironment = {
    stdout: (text) => writes.push({ how: 'text', text }),
    ...(withBytes
      ? { stdoutBytes: (bytes: Uint8Array) => writes.push({ how: 'bytes', text: decode(bytes) }) }
      : {}),
    stderr: () => undefined,
    readFile: () => ({ ok: false, problem: 'file_not_found' }),
    readStdin: () => ({ ok: false, problem: 'file_not_found' }),
    writeFile: (path, bytes) => {
      files.set(path, decode(bytes));
      return { ok: true };
    },
    appendFile: (path, bytes) => {
      files.set(path, (files.get(path) ?? '') + decode(bytes));
      return { ok: true };
    },
    resolve: (_file, path) => path,
    defaultDataFile: '',
    version: '',
  };
  return { environment, writes, files };
}

// Text lines of this thread's documents and byte lines a worker encoded, interleaved.
const parts = ['{"index":0,"项目":"甲"}\n', encode('{"index":1,"项目":"乙"}\n'), '{"index":2}\n'];
const whole = '\uFEFF{"index":0,"项目":"甲"}\n{"index":1,"项目":"乙"}\n{"index":2}\n';

describe('a batch’s output sink', () => {
  test.each([true, false])(
    'standard output gets text and worker bytes in order (bytes written as bytes: %s)',
    (withBytes) => {
      const { environment, writes } = recording(withBytes);
      const sink = outputSink(environment, 'en', undefined, { bom: true });
      for (const part of parts) sink.write(part);
      expect(sink.close()).toBe(0);
      expect(writes.map((each) => each.text).join('')).toBe(whole);
      expect(writes.map((each) => each.how)).toEqual([withBytes ? 'bytes' : 'text']);
    },
  );

  test('a file gets the same bytes, in chunks past 256 KiB', () => {
    const { environment, files } = recording(true);
    const sink = outputSink(environment, 'en', 'out.ndjson', { bom: true });
    const long = '长'.repeat(1 << 17);
    for (let round = 0; round < 3; round += 1)
      for (const part of [...parts, encode(long)]) sink.write(part);
    expect(sink.close()).toBe(0);
    expect(files.get('out.ndjson')).toBe(
      `\uFEFF${Array.from({ length: 3 }, () => whole.slice(1) + long).join('')}`,
    );
  });

  test('text alone stays text: nothing is encoded for standard output', () => {
    const { environment, writes } = recording(true);
    const sink = outputSink(environment, 'en', '-', { bom: false });
    sink.write('a\n');
    sink.write('b\n');
    sink.close();
    expect(writes).toEqual([{ how: 'text', text: 'a\nb\n' }]);
  });
});
