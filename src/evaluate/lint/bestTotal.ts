import { compareDecimals } from '../../decimal/compareDecimals.js';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../../decimal/roundDecimal.js';
import type { LintContext } from './LintContext.js';

const ZERO = new JixiaoDecimal(0);

/**
 * The highest total any inputs can give the scheme: each leaf at its best (a leaf no input
 * scores counts 0, a custom kind its weight); with 不适用 awarded in full, the full marks; with
 * 不适用 rescaled, also the best of one leaf left alone and rescaled to the full marks.
 *
 * @param context - the scheme as lintScheme gathered it
 * @returns the total, on the scheme's scale
 *
 * @example
 * bestTotal(context); // → 100 for a scheme whose leaves all reach their weights
 *
 * @internal
 */
export function bestTotal(context: LintContext): Dec {
  const { scheme } = context;
  if (scheme.notApplicable === 'full') return scheme.fullMarks;
  const bests = context.leaves.map(({ node, best }) => ({
    weight: node.weight,
    score: best === undefined ? node.weight : (best.score ?? ZERO),
  }));
  let total = bests.reduce((sum, each) => sum.plus(each.score), ZERO);
  if (scheme.notApplicable === 'rescale') {
    for (const { weight, score } of bests) {
      if (weight.isZero()) continue;
      const alone = roundDecimal(score.times(scheme.fullMarks).dividedBy(weight), scheme.rounding);
      if (compareDecimals(alone, total) > 0) total = alone;
    }
  }
  return total;
}
