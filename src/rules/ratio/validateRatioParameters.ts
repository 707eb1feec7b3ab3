import type { Issue } from '../../issues/Issue.js';
import { checkNonNegative, invalidParameter } from '../support/ruleSupport.js';
import type { RatioRule } from './ratioRule.js';

/**
 * Checks the parameters shared by ratio-like rules.
 *
 * @internal
 */
export function validateRatioParameters(
  rule: Omit<RatioRule, 'kind'>,
  path: readonly (string | number)[],
): readonly Issue[] {
  const issues: Issue[] = [];
  if (!rule.cap.greaterThan(0)) {
    issues.push(
      invalidParameter(
        [...path, 'cap'],
        'cap（满分完成率）须大于 0',
        'cap must be greater than 0',
        { expected: '> 0', received: rule.cap.toString() },
      ),
    );
  }
  if (rule.reviewAbove !== false && !rule.reviewAbove.greaterThan(0)) {
    issues.push(
      invalidParameter(
        [...path, 'reviewAbove'],
        'reviewAbove 须大于 0',
        'reviewAbove must be greater than 0',
      ),
    );
  }
  if (
    rule.roundRateTo !== undefined &&
    !(Number.isInteger(rule.roundRateTo) && rule.roundRateTo >= 0 && rule.roundRateTo <= 20)
  ) {
    issues.push(
      invalidParameter(
        [...path, 'roundRateTo'],
        'roundRateTo 须为 0 至 20 的整数',
        'roundRateTo must be a whole number from 0 to 20',
      ),
    );
  }
  issues.push(...checkNonNegative(rule.target, [...path, 'target'], 'target'));
  return issues;
}
