import { compareDecimals } from '../../decimal/compareDecimals.js';
import { formatPercent } from '../../decimal/formatPercent.js';
import { JixiaoDecimal } from '../../decimal/JixiaoDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import { isBuiltInRule } from '../../rules/isBuiltInRule.js';
import type { LintContext } from './LintContext.js';
import { nodeName } from './nodeName.js';

const ONE = new JixiaoDecimal(1);

/**
 * `review_below_cap`: a ratio (or equal) rule that flags completion for review below the
 * completion that earns full marks, so that doing exactly what earns the weight is flagged.
 *
 * @param context - the scheme as lintScheme gathered it
 * @returns one issue per such rule, at its `reviewAbove`
 *
 * @example
 * reviewBelowCap(context); // → [{ code: 'review_below_cap', path: ['indicators', 0, 'rule', 'reviewAbove'], … }]
 *
 * @internal
 */
export function reviewBelowCap(context: LintContext): readonly Issue[] {
  return context.leaves.flatMap(({ path, node }) => {
    const { rule } = node;
    if (!isBuiltInRule(rule) || (rule.kind !== 'ratio' && rule.kind !== 'equal')) return [];
    if (rule.reviewAbove === false) return [];
    const cap = rule.kind === 'ratio' ? rule.cap : ONE;
    if (compareDecimals(rule.reviewAbove, cap) >= 0) return [];
    const name = nodeName(node.name);
    const [review, full] = [formatPercent(rule.reviewAbove), formatPercent(cap)];
    return [
      createIssue(
        'review_below_cap',
        [...path, 'rule', 'reviewAbove'],
        {
          zh: `「${name.zh}」完成率达到 ${review} 即提示复核，低于得满分的完成率 ${full}：按要求完成也会被提示`,
          en: `"${name.en}" is flagged for review from ${review}, below the ${full} that earns full marks: meeting the target is flagged`,
        },
        { expected: `≥ ${full}`, received: review },
      ),
    ];
  });
}
