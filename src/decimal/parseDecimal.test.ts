import { describe, expect, test } from 'vitest';
import { decimal } from './decimal.js';
import { formatDecimal } from './formatDecimal.js';
import { parseDecimal } from './parseDecimal.js';

function read(value: unknown): string {
  const parsed = parseDecimal(value, ['x']);
  return parsed.ok
    ? formatDecimal(parsed.value)
    : parsed.issues.map((found) => found.code).join(',');
}

describe('parseDecimal', () => {
  test('the magnitude bound is exact on both sides of 10^15, and a percentage is read exactly', () => {
    const text = (value: string) => {
      const read = parseDecimal(value, ['x']);
      return read.ok ? read.value.toFixed() : read.issues[0].code;
    };
    expect(
      [
        '999999999999999.99999999999999999999',
        '-999999999999999.9',
        '1e15',
        '-1000000000000000',
        '1000000000000000.01',
      ].map(text),
    ).toEqual([
      '999999999999999.99999999999999999999',
      '-999999999999999.9',
      'number_out_of_range',
      'number_out_of_range',
      'number_out_of_range',
    ]);
    expect(['99.56%', '0.00000000000000000001%', '-12.5％', '100%'].map(text)).toEqual([
      '0.9956',
      '0.0000000000000000000001',
      '-0.125',
      '1',
    ]);
  });
  test('accepts plain, grouped, numeric and percent forms', () => {
    const forms = ['23135.18', '23,135.18', 23135.18, '99.56%', '99.56％', ' 12 ', '-0', '1.5e3'];
    expect([...forms, decimal('2.5')].map(read)).toEqual([
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
    const values = [
      '',
      'abc',
      '1.2.3',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      '1e400',
      '1,2345',
      '12,34.5',
      null,
      true,
      '0.000000000000000000001',
    ];
    expect(values.map(read)).toEqual([
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
});
