import { compareDecimals } from '../decimal/compareDecimals.js';
import { fixedText } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { decimalJsRounding, roundedTo } from '../decimal/roundDecimal.js';
import type { RoundingMode } from '../decimal/RoundingPolicy.js';

const HUNDRED = new JixiaoDecimal(100);

/**
 * Works out 得分率, score ÷ weight as a percent at 2 dp, or null when there is nothing to divide.
 *
 * @param score - the rounded score, or null when the node was left out
 * @param weight - the weight the score is out of
 * @param mode - the scheme's rounding mode
 * @param percentPerPoint - 100 ÷ weight, worked out once per scheme when it is an exact
 *   (terminating) decimal: multiplying by it is then exact and spares a division
 * @returns e.g. `"99.60"`, or null for no score or a zero weight
 *
 * @internal
 */
export function scoreRate(
  score: Dec | null,
  weight: Dec,
  mode: RoundingMode,
  percentPerPoint?: Dec,
): string | null {
  if (score === null || weight.isZero()) return null;
  // Full and zero scores, the common cases, need no arithmetic at all.
  if (compareDecimals(score, weight) === 0) return '100.00';
  if (score.isZero()) return '0.00';
  const percent =
    percentPerPoint === undefined
      ? score.times(HUNDRED).dividedBy(weight)
      : score.times(percentPerPoint);
  return fixedText(roundedTo(percent, 2, decimalJsRounding(mode)), 2);
}
