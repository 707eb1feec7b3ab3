import Decimal from 'decimal.js';

/**
 * The library's own decimal constructor: an isolated clone of decimal.js, so that nothing a host
 * application does to the global `Decimal` (or `Decimal.set`) changes a score. Forty significant
 * digits keep ratios such as 23,033.06 ÷ 23,135.18 exact far beyond any rounding point; the
 * exponent limits keep `toString()` in plain notation for every value the parser admits.
 */
export const JixiaoDecimal = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

/** An exact decimal value, as the library stores every amount, rate, weight and score. */
export type Dec = Decimal;
