import { compareDecimals } from '../../decimal/compareDecimals.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import type { LintContext } from './LintContext.js';
import { lowestTotalFrom } from './lowestTotalFrom.js';

/**
 * `grade_band_swallowed`: a grade band that holds no total on the score scale, because the band
 * above it already starts at the first total it would hold (优 from 90 and 良 from 89.995 at 2
 * places: every total from 89.995 up is 90 or more, and graded 优). Validation keeps the bands'
 * bounds strictly falling, so it is the scale that swallows a band.
 *
 * @param context - the scheme as lintScheme gathered it
 * @returns one issue per such band, at its `min`
 *
 * @example
 * gradeBandSwallowed(context); // → [{ code: 'grade_band_swallowed', path: ['grades', 1, 'min'], … }]
 *
 * @internal
 */
export function gradeBandSwallowed(context: LintContext): readonly Issue[] {
  const { grades, rounding } = context.scheme;
  return grades.flatMap((band, index) => {
    const above = grades[index - 1];
    if (above === undefined) return [];
    const lowest = lowestTotalFrom(band.min, rounding.scale);
    if (compareDecimals(lowest, above.min) < 0) return [];
    const [min, upper] = [formatDecimal(band.min), formatDecimal(above.min)];
    const shown = formatDecimal(lowest, rounding.scale);
    return [
      createIssue(
        'grade_band_swallowed',
        ['grades', index, 'min'],
        {
          zh: `等级「${band.grade}」从 ${min} 分起、到 ${upper} 分止，但总分保留 ${rounding.scale} 位小数，其中没有可得的总分：${min} 分以上的总分至少为 ${shown}，都属于等级「${above.grade}」`,
          en: `The grade "${band.grade}" runs from ${min} to ${upper}, but totals have ${rounding.scale} decimal places and none lies in it: a total of ${min} or more is at least ${shown}, graded "${above.grade}"`,
        },
        { expected: `< ${upper} after rounding up to ${rounding.scale} places`, received: min },
      ),
    ];
  });
}
