import { describe, expect, test } from 'vitest';
import { decimal } from '../decimal/decimal.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { percentPerPoint } from './percentPerPoint.js';

const factor = (weight: string): string | undefined => {
  const found = percentPerPoint(decimal(weight));
  return found === undefined ? undefined : formatDecimal(found);
};

describe('percentPerPoint', () => {
  test('100 ÷ weight for weights whose quotient terminates, exactly', () => {
    const weights = [
      '0.5',
      '1',
      '2',
      '2.5',
      '4',
      '5',
      '8',
      '10',
      '12.5',
      '16',
      '20',
      '3.2',
      '0.016',
    ];
    expect(weights.map(factor)).toEqual([
      '200',
      '100',
      '50',
      '40',
      '25',
      '20',
      '12.5',
      '10',
      '8',
      '6.25',
      '5',
      '31.25',
      '6250',
    ]);
  });

  test('nothing for weights whose quotient does not terminate, however it rounds', () => {
    const weights = ['3', '6', '7', '11', '14', '56', '2.4', '0.6', '0.3', '48', '1.2'];
    expect(weights.map(factor)).toEqual(weights.map(() => undefined));
  });

  test('nothing for a zero weight, or a factor too long to multiply exactly', () => {
    // 2^40 × 10^-20: 100 ÷ it = 5^40 × 10^-18 terminates, but 5^40 has 28 digits.
    expect([factor('0'), factor('0.00000001099511627776')]).toEqual([undefined, undefined]);
    // 10^-20: the factor 10^22 is one digit long.
    expect(factor('0.00000000000000000001')).toBe(`1${'0'.repeat(22)}`);
  });
});
