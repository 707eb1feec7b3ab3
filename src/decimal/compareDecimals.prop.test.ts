import { test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { compareDecimals } from './compareDecimals.js';
import { JixiaoDecimal } from './JixiaoDecimal.js';

/** Decimals near each other (shared digits, zeros of both signs, NaN, ±Infinity, long digits). */
const text = fc.oneof(
  fc.constantFrom('0', '-0', 'NaN', 'Infinity', '-Infinity', '1', '-1', '10000000', '1e-7'),
  fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: -25, max: 25 }))
    .map(([negative, digits, exponent]) => `${negative ? '-' : ''}${String(digits)}e${exponent}`),
);
// The library's own decimals, and another decimal.js's of lower precision.
const Host = Decimal.clone({ precision: 5 });
const value = fc
  .tuple(text, fc.boolean())
  .map(([written, host]) => (host ? new Host(written) : new JixiaoDecimal(written)));

describe('compareDecimals', () => {
  test.prop([value, value], { numRuns: 200 })('agrees with comparedTo', (a, b) => {
    expect(compareDecimals(a, b)).toBe(a.comparedTo(b));
  });
  test.prop([value], { numRuns: 100 })('a decimal equals itself and a copy', (a) => {
    const same = a.isNaN() ? Number.NaN : 0;
    expect(compareDecimals(a, a)).toBe(same);
    expect(compareDecimals(a, new JixiaoDecimal(a))).toBe(same);
  });
});
