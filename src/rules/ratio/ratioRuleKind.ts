import type { DescribedRuleKind } from '../RuleKind.js';
import { describeRatio } from './describeRatio.js';
import { evaluateRatio } from './evaluateRatio.js';
import type { RatioRule } from './ratioRule.js';
import { validateRatioParameters } from './validateRatioParameters.js';

/**
 * The `ratio` rule kind: 正向 / 完成率 indicators, including 预算资金支出率.
 *
 * @example
 * ratioRuleKind.inputFields; // → ['actual', 'target']
 */
export const ratioRuleKind: DescribedRuleKind<RatioRule> = {
  kind: 'ratio',
  inputFields: ['actual', 'target'],
  directionOf: () => 'increasing',
  // Rounding the rate first makes steps of one unit in its last place: no continuity is promised.
  shapeOf: (rule) => (rule.roundRateTo === undefined ? { type: 'continuous' } : undefined),
  validateRule: (rule, _weight, path) => validateRatioParameters(rule, path),
  evaluate: evaluateRatio,
  describe: describeRatio,
};
