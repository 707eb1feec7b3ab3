import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { markdownText } from './markdownText.js';

describe('markdownText', () => {
  test('writes HTML as entities and escapes Markdown syntax', () => {
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdownText('a & b &amp;')).toBe('a &amp; b &amp;amp;');
    expect(markdownText('\\ ` * _ [ ] ~ # |')).toBe('\\\\ \\` \\* \\_ \\[ \\] \\~ \\# \\|');
  });

  test('folds line breaks first, so no input ends a table row', () => {
    expect(markdownText('甲\n| 乙 |\r\n# 丙')).toBe('甲 \\| 乙 \\| \\# 丙');
  });

  test('keeps Chinese text and ordinary punctuation as written', () => {
    expect(markdownText('“三公”经费控制情况（2分）：100%.')).toBe(
      '“三公”经费控制情况（2分）：100%.',
    );
  });

  property.prop([fc.string({ unit: 'binary' })], { numRuns: 200 })(
    'never leaves a line break, a tag opener or an unescaped pipe',
    (text) => {
      const out = markdownText(text);
      expect(out).not.toMatch(/[\n\r<>\u2028\u2029]/u);
      expect(out.replaceAll('\\\\', '')).not.toMatch(/(?<!\\)[|*_`[\]~#]/u);
    },
  );
});
