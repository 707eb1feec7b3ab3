import { compareDecimals } from '../../decimal/compareDecimals.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import { isBuiltInRule } from '../../rules/isBuiltInRule.js';
import type { LintContext } from './LintContext.js';
import { nodeName } from './nodeName.js';

/**
 * `deduction_exceeds_weight`: a deduction rule whose most that may be deducted (最多扣 X 分) is
 * more than the weight, which the score never goes below 0 to honour: the stated limit is not the
 * one applied.
 *
 * @param context - the scheme as lintScheme gathered it
 * @returns one issue per such rule, at its `maxDeduction`
 *
 * @example
 * deductionExceedsWeight(context); // → [{ code: 'deduction_exceeds_weight', path: ['indicators', 0, 'rule', 'maxDeduction'], … }]
 *
 * @internal
 */
export function deductionExceedsWeight(context: LintContext): readonly Issue[] {
  return context.leaves.flatMap(({ path, node }) => {
    const { rule } = node;
    if (!isBuiltInRule(rule) || rule.kind !== 'deduction' || rule.maxDeduction === undefined)
      return [];
    if (compareDecimals(rule.maxDeduction, node.weight) <= 0) return [];
    const name = nodeName(node.name);
    const [most, weight] = [formatDecimal(rule.maxDeduction), formatDecimal(node.weight)];
    return [
      createIssue(
        'deduction_exceeds_weight',
        [...path, 'rule', 'maxDeduction'],
        {
          zh: `「${name.zh}」最多扣 ${most} 分，超过其分值 ${weight}：扣分至多扣完分值为止`,
          en: `"${name.en}" deducts at most ${most}, more than its weight ${weight}: no more than the weight is ever deducted`,
        },
        { expected: `≤ ${weight}`, received: most },
      ),
    ];
  });
}
