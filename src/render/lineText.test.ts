import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { lineText } from './lineText.js';

describe('lineText', () => {
  test('folds every kind of line break into one space', () => {
    expect(lineText('部分完成\n总分 100')).toBe('部分完成 总分 100');
    expect(lineText('a\r\n\r\nb\rc\u2028d\u0085e')).toBe('a b c d e');
  });

  test('shows terminal escapes and bidirectional overrides instead of obeying them', () => {
    expect(lineText('\u001b[31m红\u001b[0m')).toBe('\\u{001B}[31m红\\u{001B}[0m');
    expect(lineText('abc\u202edef')).toBe('abc\\u{202E}def');
    expect(lineText('a\tb')).toBe('a b');
  });

  test('keeps ordinary text, Chinese and full-width punctuation as written', () => {
    expect(lineText('“三公”经费控制情况（2分）')).toBe('“三公”经费控制情况（2分）');
  });

  property.prop([fc.string({ unit: 'binary' })], { numRuns: 200 })(
    'gives one line with no acting control',
    (text) => {
      // eslint-disable-next-line no-control-regex -- the controls are what the test looks for
      expect(lineText(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/u);
    },
  );
});
