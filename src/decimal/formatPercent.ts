import { groupThousands } from './groupThousands.js';
import { formatDecimal } from './formatDecimal.js';
import { JixiaoDecimal, type Dec } from './JixiaoDecimal.js';

/**
 * Writes a fraction as a percentage for people to read. `exact` (for a rule's parameters) keeps
 * every digit: 1.5 → "150%", 0.125 → "12.5%". `measured` (for rates in traces and sheets) writes a
 * whole percentage as it is (100%, 60%) and anything else to two places, half-up (99.56%, and
 * 102.00% for 101.997…%, which is not 102%). Both group thousands.
 *
 * @param fraction - the fraction (1 = 100%), as a decimal or a plain decimal string
 * @param style - `measured` (default) or `exact`
 * @returns e.g. `"99.56%"`
 *
 * @example
 * formatPercent(decimal('0.9955859431')); // "99.56%"
 */
export function formatPercent(
  fraction: Dec | string,
  style: 'measured' | 'exact' = 'measured',
): string {
  const percent = new JixiaoDecimal(fraction).times(100);
  if (style === 'exact' || percent.isInteger()) return `${groupThousands(formatDecimal(percent))}%`;
  return `${groupThousands(percent.toDecimalPlaces(2, JixiaoDecimal.ROUND_HALF_UP).toFixed(2))}%`;
}
