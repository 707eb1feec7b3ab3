import { describe, expect, test } from 'vitest';
import { jsonNumberValue } from './jsonNumberValue.js';

describe('jsonNumberValue', () => {
  test('the examples of its documentation', () => {
    expect(jsonNumberValue('2023')).toBe(2023);
    expect(jsonNumberValue('0.1')).toBe(0.1);
    expect(jsonNumberValue('0.99949999999999999999')).toBe('0.99949999999999999999');
    expect(jsonNumberValue('9007199254740993')).toBe('9007199254740993');
  });

  test('another spelling of a float’s value is still that float', () => {
    expect(
      ['1.50', '15e-1', '0.0000015E6', '-0.0', '1e21', '100000000000000000000000', '5e-324'].map(
        jsonNumberValue,
      ),
    ).toEqual([1.5, 1.5, 1.5, -0, 1e21, 1e23, 5e-324]);
  });

  test('a value no float holds, however far out, stays text', () => {
    expect(
      [
        '1e-400',
        '1e400',
        '-4.9e-325',
        '1e-99999999999999999999',
        '2.00000000000000000001',
        '123456789012345678e3',
      ].map(jsonNumberValue),
    ).toEqual([
      '1e-400',
      '1e400',
      '-4.9e-325',
      '1e-99999999999999999999',
      '2.00000000000000000001',
      '123456789012345678e3',
    ]);
  });
});
