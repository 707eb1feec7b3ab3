// Exact arithmetic for the differential reference: bigint rationals (from test/support/rational),
// the five rounding modes, and plain decimal strings. Nothing here touches decimal.js: the only
// bridge from the library's decimals is their plain text (`toFixed()`).
import {
  add,
  compare,
  divide,
  fromDecimalString,
  multiply,
  rational,
  subtract,
  type Rational,
} from '../support/rational.js';

export { add, compare, divide, fromDecimalString, multiply, rational, subtract, type Rational };

export type Mode = 'half-up' | 'half-even' | 'half-down' | 'down' | 'up';

export const ZERO = rational(0n);
export const ONE = rational(1n);
export const TWO = rational(2n);
export const HUNDRED = rational(100n);

/** Anything with a plain-notation text form: the library's `Dec`. */
export interface HasFixedText {
  toFixed(): string;
}

export const exact = (value: HasFixedText): Rational => fromDecimalString(value.toFixed());
export const exactText = (text: string): Rational => fromDecimalString(text);
export const isZero = (value: Rational): boolean => value.numerator === 0n;
export const isNegative = (value: Rational): boolean => value.numerator < 0n;
export const equals = (a: Rational, b: Rational): boolean => compare(a, b) === 0;
export const less = (a: Rational, b: Rational): boolean => compare(a, b) < 0;
export const lessOrEqual = (a: Rational, b: Rational): boolean => compare(a, b) <= 0;
export const greater = (a: Rational, b: Rational): boolean => compare(a, b) > 0;
export const greaterOrEqual = (a: Rational, b: Rational): boolean => compare(a, b) >= 0;
export const minOf = (a: Rational, b: Rational): Rational => (compare(a, b) <= 0 ? a : b);
export const maxOf = (a: Rational, b: Rational): Rational => (compare(a, b) >= 0 ? a : b);
export const sum = (values: readonly Rational[]): Rational => values.reduce(add, ZERO);

/** The largest integer ≤ value. */
export function floor(value: Rational): bigint {
  const { numerator: n, denominator: d } = value;
  const q = n / d;
  return n < 0n && q * d !== n ? q - 1n : q;
}

/** The result of rounding a non-negative rational to `scale` places. */
export interface Rounded {
  /** The rounded value times 10^scale. */
  readonly units: bigint;
  readonly value: Rational;
  /**
   * How close the exact value came to the point where the mode changes its answer (the midpoint
   * for the half modes, a multiple of 10^-scale for up and down), relative to the value; `null`
   * when it lies exactly on such a point or is 0.
   */
  readonly relativeMargin: Rational | null;
}

/** Rounds a non-negative rational to `scale` decimal places with `mode`, exactly. */
export function round(value: Rational, scale: number, mode: Mode): Rounded {
  if (isNegative(value)) throw new Error(`rounding a negative value: ${show(value)}`);
  const factor = 10n ** BigInt(scale);
  const scaled = multiply(value, rational(factor));
  const whole = floor(scaled);
  const fraction = subtract(scaled, rational(whole));
  const half = rational(1n, 2n);
  const vsHalf = compare(fraction, half);
  let units: bigint;
  switch (mode) {
    case 'down':
      units = whole;
      break;
    case 'up':
      units = isZero(fraction) ? whole : whole + 1n;
      break;
    case 'half-up':
      units = vsHalf >= 0 ? whole + 1n : whole;
      break;
    case 'half-down':
      units = vsHalf > 0 ? whole + 1n : whole;
      break;
    case 'half-even':
      units = vsHalf > 0 || (vsHalf === 0 && whole % 2n === 1n) ? whole + 1n : whole;
      break;
  }
  let margin: Rational | null = null;
  if (!isZero(scaled)) {
    if (mode === 'up' || mode === 'down') {
      if (!isZero(fraction)) margin = minOf(fraction, subtract(ONE, fraction));
    } else if (vsHalf !== 0) {
      margin = vsHalf > 0 ? subtract(fraction, half) : subtract(half, fraction);
    }
  }
  return {
    units,
    value: rational(units, factor),
    relativeMargin: margin === null ? null : divide(margin, scaled),
  };
}

/** Writes `units × 10^-scale` with exactly `scale` places ("9.96", "10.00", "3"). */
export function fixed(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** Writes a rational that is a multiple of 10^-scale with exactly `scale` places. */
export function fixedAt(value: Rational, scale: number): string {
  const scaled = multiply(value, rational(10n ** BigInt(scale)));
  if (scaled.denominator !== 1n) throw new Error(`${show(value)} is finer than ${scale} places`);
  return fixed(scaled.numerator, scale);
}

/** The number of decimal places of a terminating rational, or null when it does not terminate. */
export function placesOf(value: Rational): number | null {
  let d = value.denominator;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos += 1;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives += 1;
  }
  return d === 1n ? Math.max(twos, fives) : null;
}

/** Writes a terminating rational without trailing zeros ("2.5", "100", "0.0003"). */
export function plain(value: Rational): string {
  const places = placesOf(value);
  if (places === null) throw new Error(`${show(value)} does not terminate`);
  return fixedAt(value, places);
}

/** For messages: a decimal when it terminates, else n/d. */
export function show(value: Rational): string {
  return placesOf(value) === null ? `${value.numerator}/${value.denominator}` : plain(value);
}

/** Whether 100 ÷ value is a terminating decimal (false for 0). */
export function hundredOverTerminates(value: Rational): boolean {
  return !isZero(value) && placesOf(divide(HUNDRED, value)) !== null;
}
