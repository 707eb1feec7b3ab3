import { afterEach, describe, expect, test, vi } from 'vitest';
import { graphemes } from './graphemes.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('graphemes', () => {
  test('keeps a letter with its marks, an emoji sequence, a flag and CR LF together', () => {
    expect([...graphemes('e\u0301👨\u200d👩\u200d👧🇨🇳❤\ufe0f\r\n가\u11a8ᄀ가')]).toEqual([
      'e\u0301',
      '👨\u200d👩\u200d👧',
      '🇨🇳',
      '❤\ufe0f',
      '\r\n',
      '가\u11a8',
      'ᄀ가',
    ]);
  });

  test('splits text whose characters each stand alone into its characters', () => {
    expect([...graphemes('部门预算 99.60%（“三公”）、한국')]).toEqual(
      Array.from({ length: 20 }, (_, index) => '部门预算 99.60%（“三公”）、한국'.charAt(index)),
    );
    expect([...graphemes('')]).toEqual([]);
  });

  test('asks the segmenter only about text where characters can join', () => {
    // Building an Intl.Segmenter and walking it is most of the time the CLI takes to draw a table
    // (ICU's break data loads on first use); plain ASCII, CJK and full-width text never needs it.
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    const plain = Array.from(
      graphemes('部门预算资金支出率 9.96 / 10（99.60%）≤ ①“三公”经费、한국어'),
    );
    expect([plain.length, segment.mock.calls.length]).toEqual([40, 0]);
    const joined = ['e\u0301', 'a\u200db', '🇨🇳', 'x\ufe0f', '\r\n', 'ᄀ가', '😀'].map((text) =>
      Array.from(graphemes(text)),
    );
    expect([joined.flat().length, segment.mock.calls.length]).toEqual([8, 7]);
  });
});
