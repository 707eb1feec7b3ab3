import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runOnLayoutReaders } from './runOnLayoutReaders.js';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../test/fixtures/tables/${name}`, import.meta.url), 'utf8');

describe('the run-on layout readers', () => {
  test('are listed one per layout, one line first and OCR last', () => {
    expect(runOnLayoutReaders.map((reader) => reader.layout)).toEqual([
      'one-line',
      'column-order',
      'name-then-pair',
      'ocr',
    ]);
  });

  test.each([
    ['oneline-example-c.txt', 'one-line'],
    ['oneline-project-national.txt', 'one-line'],
    ['oneline-project-10-90.txt', 'one-line'],
    ['columns-national-output.txt', 'column-order'],
    ['columns-dept-cell-per-line.txt', 'column-order'],
    ['columns-reordered-weights.txt', 'column-order'],
    ['columns-unbalanced.txt', 'column-order'],
    ['pairs-decision-tree.txt', 'name-then-pair'],
    ['pairs-two-level.txt', 'name-then-pair'],
    ['ocr-department.txt', 'ocr'],
    ['ocr-mangled.txt', 'ocr'],
  ])('%s is read by the %s reader alone', (name, layout) => {
    const reading = runOnLayoutReaders
      .filter((reader) => reader.read(fixture(name)).length > 0)
      .map((reader) => reader.layout);
    expect(reading).toEqual([layout]);
  });
});
