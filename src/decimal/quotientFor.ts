import type { Decimal } from 'decimal.js';
import { JixiaoDecimal, type Dec } from './JixiaoDecimal.js';

/** The two settings of the library's constructor that a shortened division changes and restores. */
interface DivisionSettings {
  precision: number;
  rounding: Decimal.Rounding;
}

// eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- decimal.js reads both settings from the constructor at each operation; its type marks them read-only
const settings = JixiaoDecimal as unknown as DivisionSettings;

/**
 * numerator ÷ denominator carried only as far as rounding to `places` decimal places needs: the
 * quotient cut (towards zero) a digit or more beyond `places`, and, when that cut dropped
 * anything, one more digit 1 that stands for what was dropped. The value so shortened rounds to
 * `places` (or fewer) places, in every rounding mode, as the exact quotient does, and compares
 * with 0 and with any value of at most `places` places as the exact quotient does: a cut
 * quotient lies in the same interval between two such values, and the digit stands for a
 * remainder that is not zero. A division to a few digits costs half of one to the working
 * precision (92 digits); a quotient that needs more digits than that is carried as far as it
 * needs, so the shortened quotient stays exact in that sense for any operands.
 *
 * @param numerator - the dividend, at most 35 significant digits as admitted values are, or an
 *   exact product of two of them
 * @param denominator - the divisor, not zero, at most 35 significant digits
 * @param places - the decimal places the quotient is rounded to, or compared at, afterwards
 * @returns the shortened quotient
 *
 * @example
 * // 10 × 23,033.06 ÷ 23,135.18 = 9.955858…, for a score at 2 places:
 * quotientFor(decimal('230330.6'), decimal('23135.18'), 2).toString(); // "9.95581"
 * roundDecimal(quotientFor(a, b, 2), policy); // equals roundDecimal(a.dividedBy(b), policy)
 *
 * @internal
 */
export function quotientFor(numerator: Dec, denominator: Dec, places: number): Dec {
  // A zero divisor (which no scheme admits) divides as decimal.js divides: to ±Infinity or NaN.
  if (denominator.isZero()) return numerator.dividedBy(denominator);
  // The quotient is below 10^(eN − eD + 1); cut at `places` + 1 places it has at most this many
  // significant digits (at least one is always asked for: a cut further right is as good).
  const digits = Math.max(numerator.e - denominator.e + places + 2, 1);
  const { precision, rounding } = settings;
  try {
    settings.precision = digits;
    settings.rounding = JixiaoDecimal.ROUND_DOWN;
    const cut = numerator.dividedBy(denominator);
    // Multiplied back, and a digit added, exactly: beyond the working precision if need be (a
    // quotient of more than 92 digits, far outside admitted values, is still exact).
    settings.precision = Math.max(precision, digits + denominator.precision() + 1);
    if (cut.times(denominator).equals(numerator)) return cut;
    // A digit 1 beyond the cut's last place, away from zero: what the cut dropped is not nothing.
    const dropped = unitAt(cut.e - digits);
    return cut.isNegative() ? cut.minus(dropped) : cut.plus(dropped);
  } finally {
    settings.precision = precision;
    settings.rounding = rounding;
  }
}

/** 10^exponent, each made once (a shortened quotient's last place is almost always a few). */
const units = new Map<number, Dec>();
function unitAt(exponent: number): Dec {
  let unit = units.get(exponent);
  if (unit === undefined) {
    unit = new JixiaoDecimal(`1e${String(exponent)}`);
    // The places a quotient is cut at are bounded by the working precision and the admitted
    // exponents; the bound on the map is only a guard.
    if (units.size < 512) units.set(exponent, unit);
  }
  return unit;
}
