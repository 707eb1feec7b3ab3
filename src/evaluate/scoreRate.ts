import { compareDecimals } from '../decimal/compareDecimals.js';
import { fixedText } from '../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import { decimalJsRounding, roundedTo } from '../decimal/roundDecimal.js';
import type { RoundingMode } from '../decimal/RoundingPolicy.js';
import { unitScoreRate, type UnitRate } from './scoreUnits.js';

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

/**
 * {@link scoreRate} of a score rounded to the scheme's scale, against a weight prepared with the
 * scheme: from its count of units when both it and the weight's unit rate have one (integer
 * arithmetic, the same text), else from the decimal.
 *
 * @param score - the rounded score, its text and count, or null when the node was left out
 * @param weight - the weight the score is out of
 * @param mode - the scheme's rounding mode
 * @param prepared - what was worked out once for the weight at the scheme's scale: its unit rate,
 *   and 100 ÷ weight when that is exact
 * @returns e.g. `"99.60"`, or null for no score or a zero weight
 *
 * @internal
 */
export function preparedScoreRate(
  score: { readonly value: Dec; readonly units: number | undefined } | null,
  weight: Dec,
  mode: RoundingMode,
  prepared: { readonly unitRate?: UnitRate | undefined; readonly percentPerPoint?: Dec },
): string | null {
  if (score === null) return null;
  const { unitRate } = prepared;
  const counted =
    score.units === undefined || unitRate === undefined
      ? undefined
      : unitScoreRate(score.units, unitRate, mode);
  return counted ?? scoreRate(score.value, weight, mode, prepared.percentPerPoint);
}
