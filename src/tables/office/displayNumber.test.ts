import { describe, expect, test } from 'vitest';
import { displayNumber, NumberFormats } from './displayNumber.js';

const none = new Map<number, string>();
const custom = (code: string): Map<number, string> => new Map([[164, code]]);

describe('General', () => {
  test('rounds the stored double to 15 significant digits and drops trailing zeros', () => {
    expect(displayNumber('0.30000000000000004', 0, none)).toBe('0.3');
    expect(displayNumber('9.6', 0, none)).toBe('9.6');
    expect(displayNumber('95.399999999999991', 0, none)).toBe('95.4');
    expect(displayNumber('100', 0, none)).toBe('100');
    expect(displayNumber('1.2E-3', 0, none)).toBe('0.0012');
    expect(displayNumber('-0.5', 0, none)).toBe('-0.5');
  });

  test('a value that is not a number is shown as written', () => {
    expect(displayNumber(' 12a ', 0, none)).toBe('12a');
  });

  test('formats shown as General: scientific, fractions, text, conditions, Chinese numerals', () => {
    expect(displayNumber('1234.5', 11, none)).toBe('1234.5');
    expect(displayNumber('0.5', 164, custom('# ?/?'))).toBe('0.5');
    expect(displayNumber('12', 164, custom('@'))).toBe('12');
    expect(displayNumber('12', 164, custom('[>10]0.0;0'))).toBe('12');
    expect(displayNumber('12', 164, custom('[DBNum1][$-804]General'))).toBe('12');
  });
});

describe('percentages', () => {
  test('0.00% shows the value × 100 at two places, half-up on the decimal value', () => {
    expect(displayNumber('0.956', 10, none)).toBe('95.60%');
    expect(displayNumber('0.96', 164, custom('0.00%'))).toBe('96.00%');
    expect(displayNumber('0.99995', 10, none)).toBe('100.00%');
    expect(displayNumber('1.05', 10, none)).toBe('105.00%');
  });

  test('0% shows whole percents', () => {
    expect(displayNumber('0.884', 9, none)).toBe('88%');
  });
});

describe('fixed decimals and grouping', () => {
  test('0.00 and #,##0.00 show two places, grouping thousands', () => {
    expect(displayNumber('500', 2, none)).toBe('500.00');
    expect(displayNumber('2.675', 2, none)).toBe('2.68');
    expect(displayNumber('1860', 4, none)).toBe('1,860.00');
    expect(displayNumber('1860', 164, custom('#,##0.00_ '))).toBe('1,860.00');
    expect(displayNumber('1234567.891', 3, none)).toBe('1,234,568');
    expect(displayNumber('0.5', 1, none)).toBe('1');
  });

  test('a negative section and a zero section are used when given', () => {
    expect(displayNumber('-12.5', 39, none)).toBe('(12.50)');
    expect(displayNumber('-12.5', 2, none)).toBe('-12.50');
    expect(displayNumber('0', 164, custom('0.00;-0.00;"—"'))).toBe('—');
  });

  test('literal text and currency signs of the format are shown', () => {
    expect(displayNumber('500', 164, custom('0.00"万元"'))).toBe('500.00万元');
    expect(displayNumber('9.5', 164, custom('0.0\\分'))).toBe('9.5分');
    expect(displayNumber('12', 164, custom('[$¥-804]#,##0.00'))).toBe('¥12.00');
    expect(displayNumber('12', 164, custom('[Red]0.0'))).toBe('12.0');
  });

  test('optional decimals (#) drop trailing zeros, .00 shows no leading zero', () => {
    expect(displayNumber('9.5', 164, custom('0.##'))).toBe('9.5');
    expect(displayNumber('0.5', 164, custom('#.00'))).toBe('.50');
  });
});

describe('dates', () => {
  test('date formats show the serial as an ISO date, in both date systems', () => {
    expect(displayNumber('45292', 14, none)).toBe('2024-01-01');
    expect(displayNumber('45292.75', 164, custom('yyyy"年"m"月"d"日"'))).toBe('2024-01-01');
    expect(displayNumber('43830', 14, none, true)).toBe('2024-01-01');
    expect(displayNumber('59', 14, none)).toBe('1900-02-28');
    expect(displayNumber('61', 14, none)).toBe('1900-03-01');
  });
});

describe('thousands scaling', () => {
  test('each comma after the last digit divides by 1,000, rounding half-up', () => {
    expect(displayNumber('1234567', 164, custom('#,##0,'))).toBe('1,235');
    expect(displayNumber('1234567', 164, custom('0,'))).toBe('1235');
    expect(displayNumber('1234567', 164, custom('#,##0.0,,'))).toBe('1.2');
    expect(displayNumber('987654321', 164, custom('#,##0,,'))).toBe('988');
    expect(displayNumber('499', 164, custom('#,##0,'))).toBe('0');
  });

  test('scaling keeps decimals, literal text, a negative section and percent signs', () => {
    expect(displayNumber('12345', 164, custom('0.00,"千元"'))).toBe('12.35千元');
    expect(displayNumber('-1234567', 164, custom('#,##0,'))).toBe('-1,235');
    expect(displayNumber('-1234567', 164, custom('#,##0,;(#,##0,)'))).toBe('(1,235)');
    expect(displayNumber('-400', 164, custom('#,##0,'))).toBe('0');
    expect(displayNumber('2500', 164, custom('0.0,%'))).toBe('250.0%');
  });

  test('a comma between digits still groups, and digits after a scaling comma are General', () => {
    expect(displayNumber('1234567', 164, custom('#,##0'))).toBe('1,234,567');
    expect(displayNumber('1234567', 164, custom('0,,0'))).toBe('1234567');
  });
});

describe('hostile stored values and format codes', () => {
  test('a <v> longer than 64 characters is returned as written, never parsed', () => {
    const digits = '9'.repeat(65);
    expect(displayNumber(digits, 0, none)).toBe(digits);
    expect(displayNumber(`${'1'.repeat(160_000)}x`, 0, none)).toHaveLength(160_001);
    expect(displayNumber('9'.repeat(64), 0, none)).toBe(`1${'0'.repeat(64)}`);
  });

  test('stored-number forms: sign, point first or last, exponent of one to three digits', () => {
    expect(
      ['+5', '.5', '5.', '-.5e1', '1E+308', '1e1000', '.', '-', '1e', '1.2.3', '1 2', '٣'].map(
        (stored) => displayNumber(stored, 0, none),
      ),
    ).toEqual([
      '5',
      '0.5',
      '5',
      '-5',
      `1${'0'.repeat(308)}`,
      '1e1000',
      '.',
      '-',
      '1e',
      '1.2.3',
      '1 2',
      '٣',
    ]);
  });

  test('a format code over 255 characters, or with more than three %, shows as General', () => {
    expect(displayNumber('0.5', 164, custom(`0${'%'.repeat(40_000)}`))).toBe('0.5');
    expect(displayNumber('0.5', 164, custom('0%%%%'))).toBe('0.5');
    expect(displayNumber('0.5', 164, custom('0%%%'))).toBe('500000%%%');
    expect(displayNumber('0.5', 164, custom(`0.00${' '.repeat(251)}`))).toBe('0.50');
    expect(displayNumber('0.5', 164, custom(`0.00${' '.repeat(252)}`))).toBe('0.5');
  });

  test('a workbook’s NumberFormats reads each format once, whatever the number of cells', () => {
    // Counted: characters lowered (reading a format section lowers each of its characters).
    const counted = (cells: number): number => {
      const formats = new NumberFormats(custom('#,##0.00"万元";(#,##0.00)'));
      const original = Object.getOwnPropertyDescriptor(String.prototype, 'toLowerCase');
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called on its string below
      const lower = String.prototype.toLowerCase;
      let count = 0;
      String.prototype.toLowerCase = function (this: string): string {
        count += 1;
        return lower.call(this);
      };
      try {
        for (let cell = 0; cell < cells; cell += 1) displayNumber(String(cell), 164, formats);
      } finally {
        if (original !== undefined)
          Object.defineProperty(String.prototype, 'toLowerCase', original);
      }
      return count;
    };
    expect([counted(1), counted(1_000), counted(10_000)]).toEqual([21, 21, 21]);
  });

  test('a NumberFormats reads a format again when its map changes', () => {
    const map = custom('0.0');
    const formats = new NumberFormats(map);
    expect(displayNumber('2', 164, formats)).toBe('2.0');
    map.set(164, '0.00');
    expect(displayNumber('2', 164, formats)).toBe('2.00');
  });
});
