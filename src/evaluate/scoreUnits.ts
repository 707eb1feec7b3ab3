import { fixedText } from '../decimal/formatDecimal.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { RoundingMode } from '../decimal/RoundingPolicy.js';

/**
 * Scores rounded to a scheme's scale, counted in whole units of that scale (9.96 at scale 2 is
 * 996): sums of them and their 得分率 are then integer arithmetic, exact in JS numbers while every
 * count stays below 2^52, and cheaper than decimal.js. Any count that would not is left undefined,
 * and the engine works that node out in decimals as before; both give the same texts.
 */

/** Counts up to this bound, and their products with a rate's factor, are exact in doubles. */
const maxExactCount = 2 ** 52;

/** More digits than this, and a count could pass {@link maxExactCount}. */
const maxCountDigits = 15;

/**
 * 得分率 of a count of units, as the whole number of hundredths of a percent it is:
 * count × factor ÷ divisor, the fraction reduced. Worked out once per weight and scale.
 *
 * @internal
 */
export interface UnitRate {
  readonly factor: number;
  readonly divisor: number;
}

/**
 * A score rounded to the scheme's scale: the decimal, its text at that scale, and its count of
 * units when that is exact.
 *
 * @internal
 */
export interface RoundedScore {
  readonly value: Dec;
  readonly text: string;
  readonly units: number | undefined;
}

/**
 * A rounded score with its text and count.
 *
 * @param value - a decimal of the library's, ≥ 0, with at most `scale` places
 * @param scale - the scheme's rounding scale
 * @returns e.g. `{ value: 9.96, text: "9.96", units: 996 }` at scale 2
 *
 * @example
 * roundedScore(decimal('9.96'), 2).units; // 996
 *
 * @internal
 */
export function roundedScore(value: Dec, scale: number): RoundedScore {
  const text = fixedText(value, scale);
  return { value, text, units: unitsOfText(text, scale) };
}

/**
 * The count of units of a score's text at its scale, or undefined for a negative text or one
 * whose count might not be exact.
 *
 * @param text - a score as written at `scale` places, e.g. `"9.96"`
 * @param scale - the places it is written to
 * @returns e.g. 996 for `"9.96"` at scale 2
 *
 * @example
 * unitsOfText('20.00', 2); // 2000
 *
 * @internal
 */
export function unitsOfText(text: string, scale: number): number | undefined {
  if (text.charCodeAt(0) === 45) return undefined;
  const digits = scale === 0 ? text : text.slice(0, -scale - 1) + text.slice(-scale);
  return digits.length > maxCountDigits ? undefined : Number(digits);
}

/**
 * Writes a count of units at its scale, as fixedText writes the decimal it counts.
 *
 * @param units - a whole number ≥ 0 below 2^53
 * @param scale - the places to write
 * @returns e.g. `"0.05"` for 5 at scale 2
 *
 * @example
 * textOfUnits(996, 2); // "9.96"
 *
 * @internal
 */
export function textOfUnits(units: number, scale: number): string {
  const digits = String(units);
  if (scale === 0) return digits;
  const whole = digits.length > scale ? digits : '0'.repeat(scale + 1 - digits.length) + digits;
  return `${whole.slice(0, -scale)}.${whole.slice(-scale)}`;
}

/** 10^n for a whole n from 0 to 22, read from its text (each is a double exactly). */
function powerOfTen(n: number): number {
  return Number(`1e${String(n)}`);
}

/**
 * The sum of two counts, or undefined when it might not be exact.
 *
 * @param a - a count of units
 * @param b - another, at the same scale
 * @returns a + b, at most 2^52
 *
 * @internal
 */
export function addUnits(a: number, b: number): number | undefined {
  const sum = a + b;
  return sum > maxExactCount ? undefined : sum;
}

/**
 * The sum of the nodes' counts, or undefined when one has none or the sum might not be exact.
 *
 * @param nodes - scored nodes, each with its count or none
 * @returns the sum, at most 2^52
 *
 * @internal
 */
export function sumOfUnits(
  nodes: readonly { readonly units: number | undefined }[],
): number | undefined {
  let sum = 0;
  for (const node of nodes) {
    const { units } = node;
    if (units === undefined) return undefined;
    const added = addUnits(sum, units);
    if (added === undefined) return undefined;
    sum = added;
  }
  return sum;
}

/** The greatest common divisor of two whole numbers ≥ 0. */
function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/**
 * How 得分率 follows from counts of units at `scale` for a weight: a score of n units is
 * n ÷ 10^scale points, its rate in hundredths of a percent n × 10^(4 − scale) ÷ weight.
 *
 * @param weight - the weight the score is out of
 * @param scale - the scheme's rounding scale
 * @returns the reduced fraction, or undefined for a weight ≤ 0 or one whose parts are too long
 *
 * @example
 * unitRateOf(decimal('0.5'), 2); // { factor: 200, divisor: 1 }
 *
 * @internal
 */
export function unitRateOf(weight: Dec, scale: number): UnitRate | undefined {
  if (!weight.isFinite() || !weight.isPositive() || weight.isZero()) return undefined;
  const places = weight.decimalPlaces();
  if (places > 20 || scale > 20) return undefined;
  const coefficient = weight.times(powerOfTen(places));
  if (coefficient.precision(true) > maxCountDigits) return undefined;
  // rate = n × 10^(4 − scale + places) ÷ coefficient, the power of ten on whichever side is whole.
  const exponent = 4 - scale + places;
  const factor = powerOfTen(Math.max(exponent, 0));
  const divisor = coefficient.toNumber() * powerOfTen(Math.max(-exponent, 0));
  if (factor > maxExactCount || divisor > maxExactCount) return undefined;
  const common = gcd(factor, divisor);
  return { factor: factor / common, divisor: divisor / common };
}

/**
 * 得分率 of a count of units at 2 places, rounded with `mode` as scoreRate rounds the decimal.
 *
 * @param units - the score's count of units, ≥ 0
 * @param rate - the weight's {@link unitRateOf} at the scheme's scale
 * @param mode - the scheme's rounding mode
 * @returns e.g. `"99.60"`, or undefined when the count is too large to work out exactly
 *
 * @example
 * unitScoreRate(996, { factor: 10, divisor: 1 }, 'half-up'); // "99.60"
 *
 * @internal
 */
export function unitScoreRate(
  units: number,
  rate: UnitRate,
  mode: RoundingMode,
): string | undefined {
  const numerator = units * rate.factor;
  if (numerator > maxExactCount) return undefined;
  const { divisor } = rate;
  // Both below 2^52: the quotient is off by at most one, and the remainder below puts it right.
  let quotient = Math.floor(numerator / divisor);
  let remainder = numerator - quotient * divisor;
  if (remainder < 0) {
    quotient -= 1;
    remainder += divisor;
  } else if (remainder >= divisor) {
    quotient += 1;
    remainder -= divisor;
  }
  return textOfUnits(quotient + roundingCarry(remainder, divisor, quotient, mode), 2);
}

/** 1 when a quotient ≥ 0 with this remainder rounds up in `mode`; else 0. */
function roundingCarry(
  remainder: number,
  divisor: number,
  quotient: number,
  mode: RoundingMode,
): number {
  if (remainder === 0) return 0;
  const twice = remainder * 2;
  switch (mode) {
    case 'down':
      return 0;
    case 'up':
      return 1;
    case 'half-up':
      return twice >= divisor ? 1 : 0;
    case 'half-down':
      return twice > divisor ? 1 : 0;
    case 'half-even':
      return twice > divisor || (twice === divisor && quotient % 2 === 1) ? 1 : 0;
  }
}
