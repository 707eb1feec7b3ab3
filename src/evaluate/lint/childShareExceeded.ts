import { compareDecimals } from '../../decimal/compareDecimals.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { formatPercent } from '../../decimal/formatPercent.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import type { LintContext } from './LintContext.js';
import { nodeName } from './nodeName.js';

/**
 * `child_share_exceeded`: a category in which one child carries more than the share of its
 * weight that the `maxShare` option allows (off unless the option is given). A category with one
 * child is left alone: its child carries all of it by construction.
 *
 * @param context - the scheme as lintScheme gathered it
 * @returns one issue per such child, at its weight
 *
 * @example
 * childShareExceeded({ ...context, maxShare: decimal('0.5') }); // → [{ code: 'child_share_exceeded', … }]
 *
 * @internal
 */
export function childShareExceeded(context: LintContext): readonly Issue[] {
  const { maxShare } = context;
  if (maxShare === undefined) return [];
  return context.categories.flatMap(({ path, node }) => {
    if (node.children.length < 2) return [];
    const limit = node.weight.times(maxShare);
    return node.children.flatMap((child, index) => {
      if (compareDecimals(child.weight, limit) <= 0) return [];
      const [name, parent] = [nodeName(child.name), nodeName(node.name)];
      const [weight, total] = [formatDecimal(child.weight), formatDecimal(node.weight)];
      const [share, allowed] = [
        formatPercent(child.weight.dividedBy(node.weight)),
        formatPercent(maxShare),
      ];
      return [
        createIssue(
          'child_share_exceeded',
          [...path, 'children', index, 'weight'],
          {
            zh: `「${name.zh}」的分值 ${weight} 占「${parent.zh}」分值 ${total} 的 ${share}，超过允许的 ${allowed}`,
            en: `"${name.en}" carries ${weight} of the ${total} of "${parent.en}" (${share}), more than the ${allowed} allowed`,
          },
          { expected: `≤ ${allowed}`, received: share },
        ),
      ];
    });
  });
}
