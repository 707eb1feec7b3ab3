import fc from 'fast-check';
import { roundDecimal } from '../../decimal/roundDecimal.js';
import type { RuleArbitrary } from '../RuleArbitrary.js';
import { decimalArbitrary } from '../support/decimalArbitrary.js';
import { measuredInputArbitrary } from '../support/measuredInputArbitrary.js';
import { comparisons, thresholdRule, type ThresholdRule } from './thresholdRule.js';

/**
 * Threshold rules of every comparison, scoring a share of the weight when missed (in points to
 * the default scale of 2 places, so that schemes using them validate), and their inputs.
 */
export const thresholdArbitrary: RuleArbitrary<ThresholdRule> = {
  rule: (weight) =>
    fc
      .record({
        comparison: fc.constantFrom(...comparisons),
        share: decimalArbitrary({ min: 0, max: 1, scale: 2 }),
      })
      .map(({ comparison, share }) =>
        thresholdRule({
          comparison,
          otherwise: roundDecimal(weight.times(share), { scale: 2, mode: 'down' }),
        }),
      ),
  input: (rule) =>
    rule.comparison === 'yes'
      ? fc.boolean().map((answer) => ({ answer }))
      : measuredInputArbitrary(rule, true),
};
