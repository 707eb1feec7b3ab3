import { fc, test as property } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { csvField } from './csvField.js';

/** A field's value as a spreadsheet reads it: unquoted, its doubled quotes undone. */
const valueOf = (field: string): string =>
  field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;

describe('csvField', () => {
  test('prefixes a formula with an apostrophe and quotes it, for each leading character', () => {
    expect(['=1+1', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'].map(csvField)).toEqual([
      `"'=1+1"`,
      `"'+1"`,
      `"'-2+3"`,
      `"'@SUM(A1)"`,
      `"'\tx"`,
      `"'\rx"`,
    ]);
  });

  test('keeps a plain negative decimal or percentage, and only that, as a number', () => {
    expect(['-1.5', '-0', '-12%', '-0.25%'].map(csvField)).toEqual([
      '-1.5',
      '-0',
      '-12%',
      '-0.25%',
    ]);
    expect(['-1.', '-.5', '-1e3', '-1,5', '-1.5%%', '-١'].map(csvField)).toEqual([
      `"'-1."`,
      `"'-.5"`,
      `"'-1e3"`,
      `"'-1,5"`,
      `"'-1.5%%"`,
      `"'-١"`,
    ]);
  });

  test('leaves ordinary text, numbers and Chinese as written, quoting only what RFC 4180 needs', () => {
    expect(['得分率', '9.96', '100.00%', 'a,b', 'say "hi"', '甲\n乙', ''].map(csvField)).toEqual([
      '得分率',
      '9.96',
      '100.00%',
      '"a,b"',
      '"say ""hi"""',
      '"甲\n乙"',
      '',
    ]);
  });

  test('shows acting controls as escapes and keeps tab, CR and LF', () => {
    expect(csvField('a\u001b[0m\u0000\u202e\u000b\tb\r\nc')).toBe(
      '"a\\u{001B}[0m\\u{0000}\\u{202E}\\u{000B}\tb\r\nc"',
    );
  });

  property.prop(
    [
      fc.oneof(
        fc.string({ unit: 'binary' }),
        fc
          .constantFrom('+', '=', '-', '@', ' =', '"=', "'=", '\t', '＝1')
          .chain((start) => fc.string().map((rest) => start + rest)),
      ),
    ],
    { numRuns: 300 },
  )('no field reads as a formula, unless it is a plain negative decimal', (text) => {
    const value = valueOf(csvField(text));
    // A leading apostrophe makes the rest text: that is how a formula is neutralised.
    const formula =
      !value.startsWith("'") && /^(?:[\t\r]|[\s"']*[=+\-@\uff1d\uff0b\uff0d\uff20])/u.test(value);
    expect(formula && !/^-\d+(?:\.\d+)?%?$/.test(value)).toBe(false);
  });
});
