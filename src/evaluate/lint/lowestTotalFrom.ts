import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../../decimal/roundDecimal.js';

/**
 * The lowest total on the score scale at or above a grade's lower bound (totals are sums of
 * scores rounded to `scale` places, so 89.995 at 2 places is first met by 90).
 *
 * @param min - the grade band's lower bound
 * @param scale - the scheme's rounding scale
 * @returns the bound rounded up to the scale
 *
 * @example
 * lowestTotalFrom(decimal('89.995'), 2); // → 90
 *
 * @internal
 */
export function lowestTotalFrom(min: Dec, scale: number): Dec {
  return roundDecimal(min, { scale, mode: 'up' });
}
