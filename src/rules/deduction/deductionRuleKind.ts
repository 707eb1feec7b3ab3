import type { Issue } from '../../issues/Issue.js';
import type { DescribedRuleKind } from '../RuleKind.js';
import { checkNonNegative } from '../support/ruleSupport.js';
import type { DeductionRule } from './deductionRule.js';
import { describeDeduction } from './describeDeduction.js';
import { evaluateDeduction } from './evaluateDeduction.js';

/**
 * The `deduction` rule kind.
 *
 * @example
 * deductionRuleKind.inputFields; // → ['occurrences', 'items']
 */
export const deductionRuleKind: DescribedRuleKind<DeductionRule> = {
  kind: 'deduction',
  inputFields: ['occurrences', 'items'],
  directionOf: () => 'none',
  validateRule(rule, _weight, path) {
    const issues: Issue[] = [
      ...checkNonNegative(rule.pointsEach, [...path, 'pointsEach'], 'pointsEach'),
      ...checkNonNegative(rule.maxDeduction, [...path, 'maxDeduction'], 'maxDeduction'),
    ];
    return issues;
  },
  // The score is the weight less whole multiples of pointsEach, or less maxDeduction.
  pointsOf: (rule) => [
    { path: ['pointsEach'], value: rule.pointsEach },
    ...(rule.maxDeduction === undefined
      ? []
      : [{ path: ['maxDeduction'], value: rule.maxDeduction }]),
  ],
  evaluate: evaluateDeduction,
  describe: describeDeduction,
};
