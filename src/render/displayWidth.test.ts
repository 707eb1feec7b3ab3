import { describe, expect, test } from 'vitest';
import { displayWidth } from './displayWidth.js';

describe('displayWidth', () => {
  test('counts wide and full-width characters as two columns, others as one', () => {
    expect(['得分率 99.60%', '（）％，', 'ａｂ', '“ ”≧', 'abc'].map(displayWidth)).toEqual([
      13, 8, 4, 4, 3,
    ]);
  });

  test('counts an emoji sequence as one character of two columns', () => {
    expect(['😀', '👍🏽', '👨\u200d👩\u200d👧', '🇨🇳', '❤\ufe0f', '❤'].map(displayWidth)).toEqual([
      2, 2, 2, 2, 2, 1,
    ]);
  });

  test('counts combining marks, zero-width and format characters as none', () => {
    expect(
      ['e\u0301', 'e\u0301\u0302\u0303', 'a\u200bb', '\u200d', '\ufeff', '\u0301', ''].map(
        displayWidth,
      ),
    ).toEqual([1, 1, 2, 0, 0, 0, 0]);
  });

  test('measures escaped controls as printed', () => {
    expect(displayWidth('\\u{001B}[31m红')).toBe(14);
  });
});
