// Internal: the checks a rule builder makes of what untyped code passed it, so that a wrong type
// is a JixiaoError naming the argument, never a TypeError from inside the builder.
import { invalidArgument } from '../../issues/invalidArgument.js';

/** What a builder's parameter must be, in both languages. */
export interface Expected {
  readonly zh: string;
  readonly en: string;
}

const anOptionsObject: Expected = { zh: '选项对象', en: 'an options object' };

/**
 * Checks that untyped code passed an object (not null, not an array) for a builder's options or
 * one of their parts.
 *
 * @param value - what was passed
 * @param parameter - where it was passed, e.g. `options` or `options.bands[1]`
 * @param expected - what belongs there (default: an options object)
 * @throws JixiaoError with an `invalid_argument` issue when it is not an object
 *
 * @example
 * requireObject(options, 'options'); // throws for null, 5, []
 *
 * @internal
 */
export function requireObject(
  value: unknown,
  parameter: string,
  expected: Expected = anOptionsObject,
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidArgument(parameter, expected, value);
  }
}

/**
 * Checks that untyped code passed an array for a builder's list.
 *
 * @param value - what was passed
 * @param parameter - where it was passed, e.g. `levels` or `options.bands`
 * @param expected - what belongs there
 * @throws JixiaoError with an `invalid_argument` issue when it is not an array
 *
 * @example
 * requireList(levels, 'levels', { zh: '等级数组', en: 'an array of levels' });
 *
 * @internal
 */
export function requireList(value: unknown, parameter: string, expected: Expected): void {
  if (!Array.isArray(value)) throw invalidArgument(parameter, expected, value);
}
