import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { graphemes } from './graphemes.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

// Characters of every kind that decides a cluster boundary, mixed with the ones that never join.
const pieces = fc.constantFrom(
  'a',
  ' ',
  '%',
  '\n',
  '\r',
  '\t',
  '\u007f',
  '\u00ad',
  'é',
  '·',
  '部',
  '、',
  '（',
  '％',
  '“',
  '—',
  '≤',
  '①',
  '✓',
  '가',
  '\u1100',
  '\u1161',
  '\u11a8',
  '\u3099',
  '\u302a',
  '\u0301',
  '\u0903',
  '\u0600',
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufe0f',
  '\u{1f3fd}',
  '😀',
  '👨',
  '❤',
  '\u{1f1e8}',
  '\u{1f1f3}',
  '\u{20000}',
  '\ud800',
  '\udc00',
  'ｶ',
  '\uff9e',
  '\u0e33',
);
// Any character of the ranges that graphemes cuts without the segmenter, and their neighbours.
const ranges: readonly (readonly [number, number])[] = [
  [0x0000, 0x02ff],
  [0x2000, 0x2fff],
  [0x3000, 0x30ff],
  [0x3400, 0x9fff],
  [0xac00, 0xd7ff],
  [0xff00, 0xffef],
];
const rangeCharacter = fc
  .constantFrom(...ranges)
  .chain(([low, high]) => fc.integer({ min: low, max: high }))
  .map((code) => String.fromCharCode(code));
const texts = fc
  .array(fc.oneof(pieces, rangeCharacter), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('graphemes', () => {
  test.prop([texts], { numRuns: 200 })('cuts every text where Intl.Segmenter does', (text) => {
    expect([...graphemes(text)]).toEqual(
      Array.from(segmenter.segment(text), ({ segment }) => segment),
    );
  });
});
