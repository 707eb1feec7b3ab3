import { formatDecimal } from '../decimal/formatDecimal.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { parseDecimal } from '../decimal/parseDecimal.js';
import { invalidArgument } from '../issues/invalidArgument.js';

const aDecimalString = {
  zh: '十进制数字符串（如 "9.96"）',
  en: 'a plain decimal string (such as "9.96")',
};
/** A decimal as evaluations write them: no grouping, exponent, percent sign or plus sign. */
const plainDecimal = /^-?\d+(?:\.\d+)?$/;

/**
 * A decimal string of an evaluation read back as a decimal. An evaluation is library-made data,
 * so a text that is not a decimal is a wrong argument, not an input problem.
 *
 * @param text - the decimal string
 * @param parameter - where it sits, for the error
 * @returns the decimal
 * @throws JixiaoError (`invalid_argument`) when the text is not a decimal
 * @internal
 */
export function readDecimalText(text: string, parameter: string): Dec {
  const read = typeof text === 'string' && plainDecimal.test(text) ? parseDecimal(text) : undefined;
  if (read?.ok !== true) throw invalidArgument(parameter, aDecimalString, text);
  return read.value;
}

/** How many places a decimal string writes after its point (`"9.96"` → 2, `"10"` → 0). */
function placesOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/**
 * The exact change `after − before` of two decimal strings, written with as many places as the
 * more precise of the two (`"9.96"` → `"9.50"` is `"-0.46"`, `"3"` → `"4"` is `"1"`, equal
 * values give `"0.00"` or `"0"`, never `"-0"`).
 *
 * @param before - the earlier value, as an evaluation writes it
 * @param after - the later value
 * @param parameter - where the values sit, for the error
 * @returns the change, as a decimal string without a plus sign
 * @throws JixiaoError (`invalid_argument`) when either is not a decimal string
 *
 * @example
 * decimalChange('9.96', '9.50', 'score'); // → "-0.46"
 * @internal
 */
export function decimalChange(before: string, after: string, parameter: string): string {
  const change = readDecimalText(after, parameter).minus(readDecimalText(before, parameter));
  return formatDecimal(change, Math.max(placesOf(before), placesOf(after)));
}
