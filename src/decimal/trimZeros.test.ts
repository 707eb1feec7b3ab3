import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decimal } from './decimal.js';
import { formatDecimal } from './formatDecimal.js';
import { formatPercent } from './formatPercent.js';
import { trimZeros } from './trimZeros.js';

describe('trimZeros', () => {
  test.each([
    ['90', '90'],
    ['100', '100'],
    ['0', '0'],
    ['20.00', '20'],
    ['7.50', '7.5'],
    ['9.96', '9.96'],
    ['100.000', '100'],
    ['-0.50', '-0.5'],
    ['10.0200', '10.02'],
  ])('%s → %s', (text, trimmed) => {
    expect(trimZeros(text)).toBe(trimmed);
  });

  test('keeps the value, leaves no trailing fractional zero, and never touches whole digits', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.integer({ min: 0, max: 6 }),
        (units, scale) => {
          const value = decimal(units.toString()).dividedBy(decimal(10).pow(scale));
          const text = formatDecimal(value, scale);
          const trimmed = trimZeros(text);
          expect(decimal(trimmed).equals(value)).toBe(true);
          expect(trimmed).not.toMatch(/\.\d*0$|\.$/);
          expect(trimmed.split('.')[0]).toBe(text.split('.')[0]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('formatPercent', () => {
  test.each([
    ['0.9955859431', 'measured', '99.56%'],
    ['1', 'measured', '100%'],
    ['0.6', 'measured', '60%'],
    ['1.01997', 'measured', '102.00%'],
    ['0.125', 'measured', '12.50%'],
    ['0.125', 'exact', '12.5%'],
    ['1.5', 'exact', '150%'],
    ['12.3456', 'measured', '1,234.56%'],
  ] as const)('%s (%s) → %s', (fraction, style, text) => {
    expect(formatPercent(decimal(fraction), style)).toBe(text);
  });
});
