import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDataFile } from '../json/parseDataFile.js';
import { readDataFile } from './readDataFile.js';

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));

/** A data file zod must read: a boolean where a number goes, and a key no data file has. */
const malformed = {
  scheme: 'national-project@2020',
  project: { name: 'x' },
  inputs: { a: { actual: true } },
  extra: 1,
};

// This file's module state is its own: readDataFile has not loaded parseDataFile when it starts.
describe('readDataFile: parseDataFile, loading zod only for a file that needs it', () => {
  test.each(['nanzhou-2023.json', 'project-2024.json'])(
    'the well-formed %s is read at once, as parseDataFile reads it',
    (name) => {
      const json = example(name);
      const read = readDataFile(json);
      expect(read).not.toBeInstanceOf(Promise);
      expect(read).toEqual(parseDataFile(json));
    },
  );

  test('a malformed file waits for parseDataFile and gets its issues; once loaded, at once', async () => {
    const first = readDataFile(malformed);
    expect(first).toBeInstanceOf(Promise);
    const read = await first;
    expect(read).toEqual(parseDataFile(malformed));
    expect(read.ok ? [] : read.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'invalid_type', path: ['inputs', 'a', 'actual'] },
      { code: 'unknown_key', path: ['extra'] },
    ]);
    const again = readDataFile(malformed);
    expect(again).not.toBeInstanceOf(Promise);
    expect(again).toEqual(read);
  });
});
