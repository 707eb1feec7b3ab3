import { compareDecimals } from '../../decimal/compareDecimals.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import type { LintContext } from './LintContext.js';
import { nodeName } from './nodeName.js';

/**
 * `full_marks_unreachable`: a leaf whose weight no input can earn in full — its best band or
 * level awards less, its range stops short of the weight and rounding keeps it below, or its
 * comparison can never hold.
 *
 * @param context - the scheme as lintScheme gathered it
 * @returns one issue per such leaf, at its rule
 *
 * @example
 * fullMarksUnreachable(context); // → [{ code: 'full_marks_unreachable', path: ['indicators', 0, 'rule'], … }]
 *
 * @internal
 */
export function fullMarksUnreachable(context: LintContext): readonly Issue[] {
  return context.leaves.flatMap(({ path, node, best }) => {
    if (best === undefined) return [];
    if (best.score !== null && compareDecimals(best.score, node.weight) >= 0) return [];
    const name = nodeName(node.name);
    const weight = formatDecimal(node.weight);
    const why = best.why ?? { zh: '', en: '' };
    return [
      createIssue(
        'full_marks_unreachable',
        [...path, 'rule'],
        {
          zh: `「${name.zh}」的分值为 ${weight}，但任何输入都得不到满分：${why.zh}`,
          en: `No input earns "${name.en}" its full ${weight} points: ${why.en}`,
        },
        {
          expected: weight,
          received: best.score === null ? 'no score' : formatDecimal(best.score),
        },
      ),
    ];
  });
}
