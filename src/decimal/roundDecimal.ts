import { Decimal } from 'decimal.js';
import type { Dec } from './JixiaoDecimal.js';
import type { RoundingMode, RoundingPolicy } from './RoundingPolicy.js';

const decimalJsModes: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-down': Decimal.ROUND_HALF_DOWN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/**
 * Rounds a decimal to the policy's scale with the policy's mode.
 *
 * @param value - the exact value
 * @param policy - scale and mode
 * @returns the rounded value
 *
 * @example
 * roundDecimal(decimal('1.005'), { scale: 2, mode: 'half-up' }).toFixed(2);   // "1.01"
 * roundDecimal(decimal('1.005'), { scale: 2, mode: 'half-even' }).toFixed(2); // "1.00"
 */
export function roundDecimal(value: Dec, policy: RoundingPolicy): Dec {
  // A value already within the scale is its own rounding, whatever the mode.
  return value.decimalPlaces() <= policy.scale
    ? value
    : value.toDecimalPlaces(policy.scale, decimalJsModes[policy.mode]);
}
