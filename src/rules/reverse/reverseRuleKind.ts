import type { Issue } from '../../issues/Issue.js';
import type { DescribedRuleKind } from '../RuleKind.js';
import { checkNonNegative, invalidParameter, ZERO } from '../support/ruleSupport.js';
import { describeReverse } from './describeReverse.js';
import { evaluateReverse } from './evaluateReverse.js';
import type { ReverseRule } from './reverseRule.js';

/**
 * The `reverse` rule kind (反向指标, e.g. 三公经费控制率, 结转结余率).
 *
 * @example
 * reverseRuleKind.inputFields; // → ['actual', 'target']
 */
export const reverseRuleKind: DescribedRuleKind<ReverseRule> = {
  kind: 'reverse',
  inputFields: ['actual', 'target'],
  directionOf: () => 'decreasing',
  shapeOf(rule, weight, input) {
    const { formula } = rule;
    const target = rule.target ?? input.target;
    if (formula.type === 'perPoint' && !formula.interpolate) return undefined;
    // Against a zero limit anything above 0 is infinitely far over: all or nothing.
    const pointsOverZero = formula.type === 'perPoint' && formula.excess === 'points';
    if (target?.isZero() === true && !pointsOverZero)
      return { type: 'stepwise', steps: [ZERO, weight] };
    return { type: 'continuous' };
  },
  validateRule(rule, _weight, path) {
    const issues: Issue[] = [...checkNonNegative(rule.target, [...path, 'target'], 'target')];
    if (rule.formula.type === 'perPoint' && !rule.formula.points.greaterThan(0)) {
      issues.push(
        invalidParameter(
          [...path, 'formula', 'points'],
          '每百分点扣分须大于 0',
          'points per percentage point must be greater than 0',
        ),
      );
    }
    return issues;
  },
  // Counting whole points deducts whole multiples of `points`; interpolating makes it a rate.
  pointsOf: ({ formula }) =>
    formula.type === 'perPoint' && !formula.interpolate
      ? [{ path: ['formula', 'points'], value: formula.points }]
      : [],
  evaluate: evaluateReverse,
  describe: describeReverse,
};
