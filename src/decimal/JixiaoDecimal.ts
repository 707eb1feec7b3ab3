import { Decimal } from 'decimal.js';
import { workingPrecision } from './workingPrecision.js';

/**
 * The library's own decimal constructor: an isolated clone of decimal.js, so that nothing a host
 * application does to the global `Decimal` (or `Decimal.set`) changes a score. Its precision
 * (92 significant digits) is derived from the admitted limits ({@link decimalLimits}): every
 * product of two admitted values is exact, and a formula's one division, rounded to it, rounds to
 * the scheme's scale as the exact quotient does (docs/rounding.md). The exponent limits keep `toString()` in plain
 * notation for every value the parser admits and every product or quotient of two of them.
 *
 * @example
 * new JixiaoDecimal('0.1').plus('0.2').toString(); // → "0.3"
 */
export const JixiaoDecimal = Decimal.clone({
  precision: workingPrecision,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

/** An exact decimal value, as the library stores every amount, rate, weight and score. */
export type Dec = Decimal;
