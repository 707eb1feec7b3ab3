import type { Issue } from '../../issues/Issue.js';
import type { DescribedRuleKind } from '../RuleKind.js';
import { checkAtMostWeight, checkNonNegative } from '../support/ruleSupport.js';
import { describeThreshold } from './describeThreshold.js';
import { evaluateThreshold } from './evaluateThreshold.js';
import type { ThresholdRule } from './thresholdRule.js';

/**
 * The `threshold` rule kind.
 *
 * @example
 * thresholdRuleKind.inputFields; // → ['actual', 'target', 'answer']
 */
export const thresholdRuleKind: DescribedRuleKind<ThresholdRule> = {
  kind: 'threshold',
  inputFields: ['actual', 'target', 'answer'],
  directionOf: (rule) =>
    rule.comparison === '>=' || rule.comparison === '>'
      ? 'increasing'
      : rule.comparison === '<=' || rule.comparison === '<'
        ? 'decreasing'
        : 'none',
  shapeOf: (rule, weight) => ({ type: 'stepwise', steps: [rule.otherwise, weight] }),
  validateRule(rule, weight, path) {
    const issues: Issue[] = [
      ...checkAtMostWeight(rule.otherwise, weight, [...path, 'otherwise'], 'otherwise'),
    ];
    issues.push(...checkNonNegative(rule.target, [...path, 'target'], 'target'));
    return issues;
  },
  pointsOf: (rule) => [{ path: ['otherwise'], value: rule.otherwise }],
  evaluate: evaluateThreshold,
  describe: describeThreshold,
};
