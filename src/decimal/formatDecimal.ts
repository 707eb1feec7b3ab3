import { requireDecimal, requirePlaces } from './decimalArguments.js';
import { JixiaoDecimal, type Dec } from './JixiaoDecimal.js';

/**
 * Most significant digits written for a value given without a scale. Admitted values (35 digits
 * at most), scores at their scale and exact sums and products of them are written in full; a
 * quotient that does not terminate, carried to the working precision, is written correctly
 * rounded (half-up) to 40 digits, as the library has always written it.
 */
const shownDigits = 40;

/**
 * Writes a decimal as the plain string the library's JSON carries: no exponent, no trailing zeros
 * beyond those of `scale` when one is given, and at most 40 significant digits when none is (a
 * ratio that does not terminate, such as 23,033.06 ÷ 23,135.18, is written to 40 digits).
 *
 * @param value - the decimal
 * @param scale - fixed number of decimal places, for values already rounded to it
 * @returns e.g. `"9.96"`, `"0.995585943139409332452"`, `"20.00"` with scale 2
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes something other
 *   than a decimal, or a scale that is not a whole number from 0 to 1000
 *
 * @example
 * formatDecimal(decimal('20'), 2); // "20.00"
 */
export function formatDecimal(value: Dec, scale?: number): string {
  requireDecimal(value, 'value');
  if (scale === undefined) return unsigned(shown(value).toFixed());
  requirePlaces(scale, 'scale');
  return fixedText(value, scale);
}

/**
 * {@link formatDecimal} with a scale, for the engine's own decimals and scales, which need no
 * check: the score, sum and 得分率 texts of every evaluation.
 *
 * @param value - a decimal of the library's constructor
 * @param scale - a whole number of places, 0 to 1000
 * @returns the plain text with exactly `scale` places
 *
 * @example
 * fixedText(decimal('9.96'), 2); // "9.96"
 *
 * @internal
 */
export function fixedText(value: Dec, scale: number): string {
  return unsigned(
    value.decimalPlaces() > scale ? value.toFixed(scale) : padded(value.toFixed(), scale),
  );
}

/** A text of zero without its minus sign ("-0.00" → "0.00"); any other text as it is. */
function unsigned(text: string): string {
  return text.charCodeAt(0) === 45 && /^-[0.]*$/.test(text) ? text.slice(1) : text;
}

/** The value itself, or rounded to {@link shownDigits} when it carries more. */
function shown(value: Dec): Dec {
  return value.precision() > shownDigits
    ? value.toSignificantDigits(shownDigits, JixiaoDecimal.ROUND_HALF_UP)
    : value;
}

/** Pads a plain decimal string with zeros to `scale` places (it has at most that many). */
function padded(text: string, scale: number): string {
  if (scale === 0) return text;
  const point = text.indexOf('.');
  const places = point < 0 ? 0 : text.length - point - 1;
  return `${text}${point < 0 ? '.' : ''}${'0'.repeat(scale - places)}`;
}
