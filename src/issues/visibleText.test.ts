import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { visibleText } from './visibleText.js';

describe('visibleText', () => {
  test('shows invisible and control characters as escapes', () => {
    expect(visibleText('12\u200b')).toBe('12\\u{200B}');
    expect(visibleText('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
    expect(visibleText('\u001b[31mred')).toBe('\\u{001B}[31mred');
    expect(visibleText('\u202eabc')).toBe('\\u{202E}abc');
    expect(visibleText('\ufeffid')).toBe('\\u{FEFF}id');
    expect(visibleText('a\u00a0b')).toBe('a\\u{00A0}b');
    expect(visibleText('\ud800')).toBe('\\u{D800}');
  });

  test('shows look-alike letters in a Latin text, and leaves other scripts as written', () => {
    expect(visibleText('p\u0430y')).toBe('p\\u{0430}y');
    expect(visibleText('ｂudget')).toBe('\\u{FF42}udget');
    expect(visibleText('预算执行率 budget')).toBe('预算执行率 budget');
    expect(visibleText('Москва')).toBe('Москва');
    expect(visibleText('α-β')).toBe('α-β');
    expect(visibleText('采购管理（10分）')).toBe('采购管理（10分）');
  });

  property.prop([fc.string({ unit: 'grapheme-ascii' })], { numRuns: 200 })(
    'keeps printable ASCII as it is',
    (text) => {
      // eslint-disable-next-line no-control-regex -- the controls are what the test removes
      const printable = text.replace(/[\u0000-\u001f\u007f]/g, '');
      expect(visibleText(printable)).toBe(printable);
    },
  );

  property.prop([fc.string({ unit: 'binary' })], { numRuns: 200 })(
    'leaves no control, format or zero-width character in what it shows',
    (text) => {
      expect(visibleText(text)).not.toMatch(
        // eslint-disable-next-line no-control-regex -- the controls are what the test looks for
        /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/u,
      );
    },
  );
});
