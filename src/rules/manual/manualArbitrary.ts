import fc from 'fast-check';
import { JixiaoDecimal } from '../../decimal/JixiaoDecimal.js';
import type { RuleArbitrary } from '../RuleArbitrary.js';
import { decimalArbitrary } from '../support/decimalArbitrary.js';
import { manualRule, type ManualRule } from './manualRule.js';

/** The manual rule and evaluator scores: full, zero and anything between, with a reason. */
export const manualArbitrary: RuleArbitrary<ManualRule> = {
  rule: () => fc.constant(manualRule()),
  input: (_rule, weight) =>
    fc
      .oneof(
        fc.constant(weight),
        fc.constant(new JixiaoDecimal(0)),
        decimalArbitrary({ min: 0, max: 1, scale: 2 }).map((share) => weight.times(share)),
      )
      .map((score) => ({ score, reason: '评价人判断' })),
};
