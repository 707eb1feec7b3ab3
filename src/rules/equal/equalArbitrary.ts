import fc from 'fast-check';
import type { RuleArbitrary } from '../RuleArbitrary.js';
import { decimalArbitrary } from '../support/decimalArbitrary.js';
import { measuredInputArbitrary } from '../support/measuredInputArbitrary.js';
import { equalRule, type EqualRule } from './equalRule.js';

/** Equal rules (free, zero or fixed targets) and their inputs, zero targets included. */
export const equalArbitrary: RuleArbitrary<EqualRule> = {
  rule: () =>
    fc
      .option(fc.oneof(fc.constant(0), decimalArbitrary({ min: 0, max: 100 })), { nil: undefined })
      .map((target) => equalRule(target === undefined ? {} : { target })),
  input: (rule) => measuredInputArbitrary(rule, true),
};
