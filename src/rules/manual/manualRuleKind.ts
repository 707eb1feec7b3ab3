import type { DescribedRuleKind } from '../RuleKind.js';
import { describeManual } from './describeManual.js';
import { evaluateManual } from './evaluateManual.js';
import type { ManualRule } from './manualRule.js';

/**
 * The `manual` rule kind (评价人打分).
 *
 * @example
 * manualRuleKind.inputFields; // → ['score', 'reason']
 */
export const manualRuleKind: DescribedRuleKind<ManualRule> = {
  kind: 'manual',
  inputFields: ['score', 'reason'],
  directionOf: () => 'none',
  validateRule: () => [],
  evaluate: evaluateManual,
  describe: describeManual,
};
