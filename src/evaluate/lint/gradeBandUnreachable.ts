import { compareDecimals } from '../../decimal/compareDecimals.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import { bestTotal } from './bestTotal.js';
import type { LintContext } from './LintContext.js';
import { lowestTotalFrom } from './lowestTotalFrom.js';

/**
 * `grade_band_unreachable`: a grade band whose lowest total on the score scale lies above the
 * highest total any inputs can give (see bestTotal), so that no evaluation ever earns it.
 *
 * @param context - the scheme as lintScheme gathered it
 * @returns one issue per such band, at its `min`
 *
 * @example
 * gradeBandUnreachable(context); // → [{ code: 'grade_band_unreachable', path: ['grades', 0, 'min'], … }]
 *
 * @internal
 */
export function gradeBandUnreachable(context: LintContext): readonly Issue[] {
  const { scheme } = context;
  const best = bestTotal(context);
  const highest = formatDecimal(best, scheme.rounding.scale);
  return scheme.grades.flatMap((band, index) => {
    const lowest = lowestTotalFrom(band.min, scheme.rounding.scale);
    if (compareDecimals(lowest, best) <= 0) return [];
    const min = formatDecimal(band.min);
    return [
      createIssue(
        'grade_band_unreachable',
        ['grades', index, 'min'],
        {
          zh: `等级「${band.grade}」从 ${min} 分起，但本方案可得的最高总分为 ${highest}：该等级无法达到`,
          en: `The grade "${band.grade}" starts at ${min}, but the highest total the scheme can give is ${highest}: no evaluation earns it`,
        },
        { expected: `≤ ${highest}`, received: min },
      ),
    ];
  });
}
