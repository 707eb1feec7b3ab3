// Internal: the checks the testing entry makes of what untyped code passed it. Its functions take
// values written in test code (rules, weights, schemes, options), so a wrong type is a JixiaoError
// naming the argument, never a TypeError from inside fast-check or a generator.
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { isRecord } from '../issues/isRecord.js';
import { invalidArgument } from '../issues/invalidArgument.js';

/** What an argument must be, in both languages. */
export interface Expected {
  readonly zh: string;
  readonly en: string;
}

const anOptionsObject: Expected = { zh: '选项对象', en: 'an options object' };
const aRunCount: Expected = { zh: '正整数（运行次数）', en: 'a positive whole number of runs' };
const aSeed: Expected = { zh: '整数（随机种子）', en: 'a whole-number seed' };

/**
 * Checks that untyped code passed options that are an object, or nothing.
 *
 * @param value - what was passed
 * @param parameter - the parameter's name
 * @param expected - what belongs there (default: an options object)
 * @throws JixiaoError with an `invalid_argument` issue otherwise
 *
 * @example
 * requireOptions(options, 'options'); // throws for null, 5, []
 *
 * @internal
 */
export function requireOptions(
  value: unknown,
  parameter: string,
  expected: Expected = anOptionsObject,
): void {
  if (value !== undefined && !isRecord(value)) throw invalidArgument(parameter, expected, value);
}

/**
 * Checks that an optional count is a whole number of at least `least`.
 *
 * @param value - what was passed
 * @param parameter - the option's name
 * @param least - the smallest count allowed
 * @throws JixiaoError with an `invalid_argument` issue otherwise
 *
 * @example
 * requireCount(options.maxChildren, 'options.maxChildren', 1);
 *
 * @internal
 */
export function requireCount(value: unknown, parameter: string, least: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < least) {
    throw invalidArgument(
      parameter,
      { zh: `不小于 ${String(least)} 的整数`, en: `a whole number of at least ${String(least)}` },
      value,
    );
  }
}

/**
 * Checks the run options of a law check: `numRuns` a positive whole number, `seed` a whole
 * number, each optional.
 *
 * @param options - the options (already known to be an object or nothing)
 * @throws JixiaoError with an `invalid_argument` issue otherwise
 *
 * @example
 * requireRunOptions({ numRuns: 0 }); // throws
 *
 * @internal
 */
export function requireRunOptions(options: unknown): void {
  if (!isRecord(options)) return;
  const { numRuns, seed } = options;
  if (
    numRuns !== undefined &&
    !(typeof numRuns === 'number' && Number.isSafeInteger(numRuns) && numRuns > 0)
  ) {
    throw invalidArgument('options.numRuns', aRunCount, numRuns);
  }
  if (seed !== undefined && !(typeof seed === 'number' && Number.isSafeInteger(seed))) {
    throw invalidArgument('options.seed', aSeed, seed);
  }
}

/**
 * Checks that untyped code passed a decimal weight.
 *
 * @param value - what was passed
 * @throws JixiaoError with an `invalid_argument` issue otherwise
 *
 * @example
 * requireWeight(decimal(10)); // passes
 *
 * @internal
 */
export function requireWeight(value: unknown): void {
  if (!Decimal.isDecimal(value)) {
    throw invalidArgument('weight', { zh: '小数（分值）', en: 'a decimal (the weight)' }, value);
  }
}

/**
 * Checks that untyped code passed a rule: an object with a string `kind`.
 *
 * @param value - what was passed
 * @throws JixiaoError with an `invalid_argument` issue otherwise
 *
 * @example
 * requireRule(ratioRule()); // passes
 *
 * @internal
 */
export function requireRule(value: unknown): void {
  if (!isRecord(value) || typeof value['kind'] !== 'string') {
    throw invalidArgument('rule', { zh: '规则 { kind, … }', en: 'a rule { kind, … }' }, value);
  }
}

/**
 * Checks that untyped code passed a fast-check arbitrary, or nothing.
 *
 * @param value - what was passed
 * @param parameter - the option's name
 * @throws JixiaoError with an `invalid_argument` issue otherwise
 *
 * @example
 * requireArbitrary(options.weights, 'options.weights');
 *
 * @internal
 */
export function requireArbitrary(value: unknown, parameter: string): void {
  if (value !== undefined && !(value instanceof fc.Arbitrary)) {
    throw invalidArgument(
      parameter,
      { zh: 'fast-check 生成器', en: 'a fast-check arbitrary' },
      value,
    );
  }
}
