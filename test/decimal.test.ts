import Decimal from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { decimal, formatDecimal, JixiaoDecimal, parseDecimal, roundDecimal, type RoundingMode } from '../src/index.js';

function read(value: unknown): string {
  const parsed = parseDecimal(value, ['x']);
  return parsed.ok ? formatDecimal(parsed.value) : parsed.issues.map((found) => found.code).join(',');
}

describe('parseDecimal', () => {
  test('accepts plain, grouped, numeric and percent forms', () => {
    expect(['23135.18', '23,135.18', 23135.18, '99.56%', '99.56％', ' 12 ', '-0', '1.5e3', decimal('2.5')].map(read)).toEqual([
      '23135.18',
      '23135.18',
      '23135.18',
      '0.9956',
      '0.9956',
      '12',
      '0',
      '1500',
      '2.5',
    ]);
  });

  test('rejects empty, malformed, non-finite and out-of-range values with an issue', () => {
    expect(['', 'abc', '1.2.3', Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1e400', '1,2345', '12,34.5', null, true, '0.000000000000000000001'].map(read)).toEqual([
      'empty_number',
      'invalid_number',
      'invalid_number',
      'number_not_finite',
      'number_not_finite',
      'number_not_finite',
      'number_out_of_range',
      'invalid_number',
      'invalid_number',
      'invalid_type',
      'invalid_type',
      'number_out_of_range',
    ]);
    const parsed = parseDecimal('1.2.3', ['inputs', 'rate', 'actual']);
    expect(parsed.ok ? null : parsed.issues[0]).toEqual({
      code: 'invalid_number',
      path: ['inputs', 'rate', 'actual'],
      message: { zh: '无法识别的数值：「1.2.3」', en: 'Not a number: "1.2.3"' },
      expected: 'a decimal such as 23135.18, 23,135.18 or 99.56%',
      received: '1.2.3',
    });
  });

  test('is isolated from the global Decimal configuration', () => {
    const before = Decimal.precision;
    Decimal.set({ precision: 5 });
    try {
      expect(formatDecimal(decimal('23033.06').dividedBy(decimal('23135.18')))).toBe('0.9955859431394093324538646338606399431515');
      // A decimal made by the global constructor is rebuilt on the library's own.
      expect(formatDecimal(decimal(new Decimal('2')).dividedBy(3))).toBe('0.6666666666666666666666666666666666666667');
    } finally {
      Decimal.set({ precision: before });
    }
    expect(JixiaoDecimal.precision).toBe(40);
  });
});

describe('roundDecimal', () => {
  const cases: [string, RoundingMode, string][] = [
    ['1.005', 'half-up', '1.01'],
    ['1.005', 'half-even', '1.00'],
    ['1.015', 'half-even', '1.02'],
    ['2.675', 'half-up', '2.68'],
    ['1.005', 'half-down', '1.00'],
    ['9.9558', 'down', '9.95'],
    ['9.9512', 'up', '9.96'],
    ['9.9558', 'half-up', '9.96'],
  ];
  test.each(cases)('%s %s → %s', (value, mode, expected) => {
    expect(formatDecimal(roundDecimal(decimal(value), { scale: 2, mode }), 2)).toBe(expected);
  });
});
