// Rounding of exact rationals in every mode the library offers, independent of decimal.js: the
// reference the exactness tests hold the engine's roundings to.
import type { RoundingMode } from '../../src/index.js';
import type { Rational } from './rational.js';

/**
 * Rounds a rational to `scale` places with `mode` (`half-up` and `up` away from zero, `down`
 * toward zero) and writes it with exactly that many places, as the engine writes scores.
 */
export function roundRational(value: Rational, scale: number, mode: RoundingMode): string {
  const negative = value.numerator < 0n;
  const scaled = (negative ? -value.numerator : value.numerator) * 10n ** BigInt(scale);
  const whole = scaled / value.denominator;
  const twiceRest = 2n * (scaled % value.denominator);
  const { denominator } = value;
  const roundsAway = {
    'half-up': twiceRest >= denominator && twiceRest !== 0n,
    'half-even': twiceRest > denominator || (twiceRest === denominator && whole % 2n === 1n),
    'half-down': twiceRest > denominator,
    down: false,
    up: twiceRest !== 0n,
  }[mode];
  const units = whole + (roundsAway ? 1n : 0n);
  const digits = units.toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative && units !== 0n ? `-${text}` : text;
}
