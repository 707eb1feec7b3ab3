import type { Dec } from './JixiaoDecimal.js';

/**
 * Compares two decimals as `a.comparedTo(b)` does, without its cost: decimal.js copies its
 * argument onto a new decimal for every comparison, which the engine's hot paths (a score against
 * its weight, a rate against its cap) pay for each leaf. Finite values are compared by sign,
 * exponent and digits in place, exactly as decimal.js compares them after the copy (which neither
 * rounds nor changes them); NaN and ±Infinity are left to decimal.js.
 *
 * @param a - a decimal
 * @param b - another decimal, of any decimal.js constructor
 * @returns -1, 0 or 1 as a is below, equal to or above b (NaN when either is NaN)
 *
 * @example
 * compareDecimals(decimal('9.96'), decimal('10')); // -1
 *
 * @internal
 */
export function compareDecimals(a: Dec, b: Dec): number {
  const ad = a.d;
  const bd = b.d;
  // The digits of NaN and ±Infinity are null, whatever decimal.js's types say.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
  if (!ad || !bd) return a.comparedTo(b);
  const as = a.s;
  const bs = b.s;
  const aFirst = ad[0] ?? 0;
  const bFirst = bd[0] ?? 0;
  if (aFirst === 0 || bFirst === 0) return aFirst !== 0 ? as : bFirst !== 0 ? -bs : 0;
  if (as !== bs) return as;
  const above = as < 0 ? -1 : 1;
  if (a.e !== b.e) return a.e > b.e ? above : -above;
  const length = Math.min(ad.length, bd.length);
  for (let index = 0; index < length; index += 1) {
    const x = ad[index] ?? 0;
    const y = bd[index] ?? 0;
    if (x !== y) return x > y ? above : -above;
  }
  return ad.length === bd.length ? 0 : ad.length > bd.length ? above : -above;
}
