import { compareDecimals } from '../../decimal/compareDecimals.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { weakPairCache } from '../support/weakPairCache.js';
import { inRange, rangeText, type FractionRange } from './levelRule.js';

/** A range of fractions as scores of one weight: its ends in points, and as the text shows it. */
interface ScoredRange {
  readonly range: FractionRange;
  readonly min: Dec;
  readonly max: Dec;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
  readonly low: Dec;
  readonly high: Dec;
  readonly text: string;
}

// Each range as scored with each weight it was scored with: a scheme's ranges are scored with
// the same weights at every evaluation, and a preset's shared range serves leaves of several
// weights. An entry is used only while the range still holds the same ends (decimals are
// immutable, so the same instances are the same values), as a scheme that is not frozen may have
// been changed between evaluations. Both keys are weak: a scheme let go takes its entries along.
const scoredRanges = weakPairCache<FractionRange, Dec, ScoredRange>();

function scoredRange(range: FractionRange, weight: Dec): ScoredRange {
  const known = scoredRanges.get(range, weight);
  if (
    known?.min === range.min &&
    known.max === range.max &&
    known.minInclusive === range.minInclusive &&
    known.maxInclusive === range.maxInclusive
  ) {
    return known;
  }
  const fresh: ScoredRange = {
    range,
    min: range.min,
    max: range.max,
    minInclusive: range.minInclusive,
    maxInclusive: range.maxInclusive,
    low: weight.times(range.min),
    high: weight.times(range.max),
    text: rangeText(range, weight),
  };
  scoredRanges.set(range, weight, fresh);
  return fresh;
}

/**
 * A level's range as scores of a weight: the range's text (as `rangeText` writes it) and whether a
 * score lies in it (as `inRange` finds score ÷ weight), both worked out once per range and weight.
 * With a positive weight the score is compared with the exact products min × weight and
 * max × weight, which puts it on the same side of each end as the quotient does.
 *
 * @param range - the level's range of fractions
 * @param weight - the leaf's weight
 * @returns the range's text, and a test of a score
 *
 * @example
 * const { text, contains } = rangeOfScores(range, decimal(5)); // text "(0, 5)"
 * contains(decimal('2.5')); // true
 *
 * @internal
 */
export function rangeOfScores(
  range: FractionRange,
  weight: Dec,
): { readonly text: string; readonly contains: (score: Dec) => boolean } {
  const scored = scoredRange(range, weight);
  return {
    text: scored.text,
    contains: (score) => {
      if (!weight.isPositive() || weight.isZero()) {
        return inRange(range, weight.isZero() ? weight : score.dividedBy(weight));
      }
      const low = compareDecimals(score, scored.low);
      const high = compareDecimals(score, scored.high);
      return (
        (scored.minInclusive ? low >= 0 : low > 0) && (scored.maxInclusive ? high <= 0 : high < 0)
      );
    },
  };
}
