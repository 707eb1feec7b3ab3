import { Decimal } from 'decimal.js';
import { decimalLimits } from '../decimal/decimalLimits.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import type { IssuePath } from '../issues/Issue.js';
import { success, type Result } from '../issues/Result.js';

/** A decimal whose leading digit sits below this exponent is below the largest magnitude. */
const fastMaxExponent = decimalLimits.maxMagnitude.e;

/**
 * Whether parseDecimal would return the decimal itself: it is on the library's constructor,
 * finite, below 10^e of the largest magnitude (a sufficient bound), within the decimal places,
 * and not −0 (which parseDecimal reads as 0). Reading it takes no arithmetic and no allocation.
 */
function isOwnAndInRange(value: Dec): boolean {
  return (
    value.constructor === JixiaoDecimal &&
    value.isFinite() &&
    value.e < fastMaxExponent &&
    value.decimalPlaces() <= decimalLimits.maxDecimalPlaces &&
    !(value.isZero() && value.isNegative())
  );
}

/**
 * Reads a decimal an untyped caller (or one holding decimals of its own decimal.js) gave the
 * engine, as parseDecimal reads it: the library's own decimals come back as they are once their
 * range is checked (without arithmetic for the usual ones); any other decimal, string or number
 * is read onto the library's constructor; anything else is an issue. A decimal that is NaN or
 * ±Infinity is reported as the JS number of that value would be.
 *
 * @param value - the value given
 * @param path - where it sits, for issues
 * @param key - the last step of that path, when it is built only for an issue
 * @returns the decimal, or one issue
 *
 * @example
 * readDecimal('23,135.18', ['inputs', 'rate'], 'target'); // → ok: 23135.18
 * readDecimal(new JixiaoDecimal(NaN), ['inputs', 'rate', 'actual']); // → number_not_finite
 *
 * @internal
 */
export function readDecimal(value: unknown, path: IssuePath, key?: string): Result<Dec> {
  const isDecimal = Decimal.isDecimal(value);
  if (isDecimal && isOwnAndInRange(value)) return success(value);
  const at = key === undefined ? path : [...path, key];
  if (!isDecimal) return parseDecimal(value, at);
  if (!value.isFinite()) return parseDecimal(value.toNumber(), at);
  const read = parseDecimal(value, at);
  // parseDecimal makes every zero anew, so that −0 reads as 0; a zero of the library's that is
  // not −0 is kept (isOwnAndInRange lets none through, but the rule is stated once, here).
  const keep =
    read.ok && value.constructor === JixiaoDecimal && value.isZero() && !value.isNegative();
  return keep ? success(value) : read;
}
