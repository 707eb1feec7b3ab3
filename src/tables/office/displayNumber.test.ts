import { describe, expect, test } from 'vitest';
import { displayNumber } from './displayNumber.js';

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
