import { Decimal } from 'decimal.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import type { Dec } from './JixiaoDecimal.js';

/**
 * Most decimal places {@link formatDecimal} and {@link roundDecimal} are asked for: far beyond
 * any the library writes (its working precision is 92 digits), and short of what would make a
 * string too long to build.
 *
 * @internal
 */
export const maxPlacesArgument = 1000;

const aDecimal = { zh: '小数（decimal）', en: 'a decimal' };
const places = {
  zh: `0 至 ${String(maxPlacesArgument)} 之间的整数（小数位数）`,
  en: `a whole number of decimal places from 0 to ${String(maxPlacesArgument)}`,
};

/**
 * Checks that untyped code passed a decimal where a function computes with one: a value the
 * library made (from `decimal`, `parseDecimal` or an evaluation's parts) or another decimal.js's.
 *
 * @param value - what was passed
 * @param parameter - the parameter's name, for the issue
 * @throws JixiaoError with an `invalid_argument` issue when it is not a decimal
 *
 * @example
 * requireDecimal(value, 'value'); // throws for 5, '5', null
 *
 * @internal
 */
export function requireDecimal(value: unknown, parameter: string): asserts value is Dec {
  if (!Decimal.isDecimal(value)) throw invalidArgument(parameter, aDecimal, value);
}

/**
 * Whether a value is a number of decimal places a decimal can be rounded or written to.
 *
 * @param value - what was passed
 * @returns true for a whole number from 0 to {@link maxPlacesArgument}
 *
 * @example
 * [isPlaces(2), isPlaces(2.5), isPlaces(-1)]; // [true, false, false]
 *
 * @internal
 */
export function isPlaces(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= maxPlacesArgument
  );
}

/**
 * Checks that untyped code passed a number of decimal places.
 *
 * @param value - what was passed
 * @param parameter - the parameter's name, for the issue
 * @throws JixiaoError with an `invalid_argument` issue when it is not one
 *
 * @example
 * requirePlaces(scale, 'scale'); // throws for 2.5, -1, '2'
 *
 * @internal
 */
export function requirePlaces(value: unknown, parameter: string): asserts value is number {
  if (!isPlaces(value)) throw invalidArgument(parameter, places, value);
}
