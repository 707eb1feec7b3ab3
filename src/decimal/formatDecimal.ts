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
  if (scale !== undefined) requirePlaces(scale, 'scale');
  const text =
    scale === undefined
      ? shown(value).toFixed()
      : value.decimalPlaces() > scale
        ? value.toFixed(scale)
        : padded(value.toFixed(), scale);
  return text.startsWith('-') && /^-[0.]*$/.test(text) ? text.slice(1) : text;
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
