import { describe, expect, test } from 'vitest';
import { decimal } from './decimal.js';
import { formatDecimal } from './formatDecimal.js';

describe('formatDecimal', () => {
  test('writes admitted values in full, without exponent or trailing zeros', () => {
    expect(formatDecimal(decimal('999999999999999.99999999999999999999'))).toBe(
      '999999999999999.99999999999999999999',
    );
    expect(formatDecimal(decimal('0.00000000000000000001'))).toBe('0.00000000000000000001');
    expect(formatDecimal(decimal('1e14'))).toBe('100000000000000');
    expect(formatDecimal(decimal('-0'))).toBe('0');
  });

  test('writes a quotient carried to the working precision to 40 digits, half-up', () => {
    const twoThirds = decimal(2).dividedBy(3);
    expect(twoThirds.precision()).toBe(92);
    expect(formatDecimal(twoThirds)).toBe('0.6666666666666666666666666666666666666667');
    expect(formatDecimal(decimal('23033.06').dividedBy(decimal('23135.18')))).toBe(
      '0.9955859431394093324538646338606399431515',
    );
  });

  test('with a scale, pads to it and rounds only values finer than it', () => {
    expect(formatDecimal(decimal('20'), 2)).toBe('20.00');
    expect(formatDecimal(decimal('9.96'), 2)).toBe('9.96');
    expect(formatDecimal(decimal('447.7295'), 0)).toBe('448');
    expect(formatDecimal(decimal('-0.001'), 2)).toBe('0.00');
  });
});
