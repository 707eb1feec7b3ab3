import { Decimal } from 'decimal.js';
import { invalidArgument } from '../issues/invalidArgument.js';
import { isPlaces, maxPlacesArgument, requireDecimal } from './decimalArguments.js';
import type { Dec } from './JixiaoDecimal.js';
import type { RoundingMode, RoundingPolicy } from './RoundingPolicy.js';

// A Map, so that a mode such as "toString" is no mode rather than an inherited function.
const decimalJsModes: ReadonlyMap<unknown, Decimal.Rounding> = new Map<
  RoundingMode,
  Decimal.Rounding
>([
  ['half-up', Decimal.ROUND_HALF_UP],
  ['half-even', Decimal.ROUND_HALF_EVEN],
  ['half-down', Decimal.ROUND_HALF_DOWN],
  ['down', Decimal.ROUND_DOWN],
  ['up', Decimal.ROUND_UP],
]);

const modes = [...decimalJsModes.keys()].map((mode) => JSON.stringify(mode)).join(' | ');
const aPolicy = {
  zh: `舍入规则 { scale: 0 至 ${String(maxPlacesArgument)} 的整数, mode: ${modes} }`,
  en: `a rounding policy { scale: a whole number from 0 to ${String(maxPlacesArgument)}, mode: ${modes} }`,
};

/** The decimal.js rounding of a policy, or undefined when untyped code passed no policy. */
function roundingOf(policy: unknown): Decimal.Rounding | undefined {
  if (typeof policy !== 'object' || policy === null) return undefined;
  const scale: unknown = Reflect.get(policy, 'scale');
  return isPlaces(scale) ? decimalJsModes.get(Reflect.get(policy, 'mode')) : undefined;
}

/**
 * Rounds a decimal to the policy's scale with the policy's mode.
 *
 * @param value - the exact value
 * @param policy - scale and mode
 * @returns the rounded value
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes something other
 *   than a decimal, or a policy whose scale is not a whole number from 0 to 1000 or whose mode is
 *   not one of {@link roundingModes}
 *
 * @example
 * roundDecimal(decimal('1.005'), { scale: 2, mode: 'half-up' }).toFixed(2);   // "1.01"
 * roundDecimal(decimal('1.005'), { scale: 2, mode: 'half-even' }).toFixed(2); // "1.00"
 */
export function roundDecimal(value: Dec, policy: RoundingPolicy): Dec {
  requireDecimal(value, 'value');
  const rounding = roundingOf(policy);
  if (rounding === undefined) throw invalidArgument('policy', aPolicy, policy);
  return roundedTo(value, policy.scale, rounding);
}

/**
 * The decimal.js rounding constant of a mode, for {@link roundedTo}.
 *
 * @param mode - one of {@link roundingModes}
 * @returns e.g. `Decimal.ROUND_HALF_UP` for `'half-up'`
 * @throws Error for a mode that is not one of them (the engine's modes are validated first)
 *
 * @internal
 */
export function decimalJsRounding(mode: RoundingMode): Decimal.Rounding {
  const rounding = decimalJsModes.get(mode);
  // The engine's modes come from validated schemes: another one is a bug, never rounded half-up.
  if (rounding === undefined)
    throw new Error(`unreachable: unknown rounding mode ${JSON.stringify(mode)}`);
  return rounding;
}

/**
 * {@link roundDecimal} for the engine's own decimals and policies, which need no check.
 *
 * @param value - a decimal of the library's constructor
 * @param scale - a whole number of places, 0 to 1000
 * @param rounding - the mode as decimal.js numbers it ({@link decimalJsRounding})
 * @returns the value itself when it has at most `scale` places, else the value rounded
 *
 * @example
 * roundedTo(decimal('9.9558'), 2, decimalJsRounding('half-up')).toFixed(); // "9.96"
 *
 * @internal
 */
export function roundedTo(value: Dec, scale: number, rounding: Decimal.Rounding): Dec {
  // A value already within the scale is its own rounding, whatever the mode.
  return value.decimalPlaces() <= scale ? value : value.toDecimalPlaces(scale, rounding);
}
