import { validateRatioParameters } from '../ratio/validateRatioParameters.js';
import type { DescribedRuleKind } from '../RuleKind.js';
import { ONE, ZERO } from '../support/ruleSupport.js';
import { describeEqual } from './describeEqual.js';
import type { EqualRule } from './equalRule.js';
import { evaluateEqual } from './evaluateEqual.js';

/**
 * The `equal` rule kind (等于指标).
 *
 * @example
 * equalRuleKind.inputFields; // → ['actual', 'target']
 */
export const equalRuleKind: DescribedRuleKind<EqualRule> = {
  kind: 'equal',
  inputFields: ['actual', 'target'],
  // With a zero target the score falls as the actual grows; with a positive one it rises.
  directionOf: (rule) =>
    rule.target === undefined ? 'none' : rule.target.isZero() ? 'decreasing' : 'increasing',
  shapeOf: (rule, weight, input) => {
    const target = rule.target ?? input.target;
    return target === undefined
      ? undefined
      : target.isZero()
        ? { type: 'stepwise', steps: [ZERO, weight] }
        : { type: 'continuous' };
  },
  validateRule: (rule, _weight, path) => validateRatioParameters({ ...rule, cap: ONE }, path),
  evaluate: evaluateEqual,
  describe: describeEqual,
};
