import fc from 'fast-check';
import type { RuleArbitrary } from '../RuleArbitrary.js';
import { decimalArbitrary } from '../support/decimalArbitrary.js';
import { measuredInputArbitrary } from '../support/measuredInputArbitrary.js';
import { reverseRule, type ReverseRule } from './reverseRule.js';

/** Reverse rules of every formula (linear, inverse, per point with either excess) and their inputs. */
export const reverseArbitrary: RuleArbitrary<ReverseRule> = {
  rule: () =>
    fc.oneof(
      fc.constant(reverseRule({ formula: { type: 'linear' } })),
      fc.constant(reverseRule({ formula: { type: 'inverse' } })),
      fc
        .record({
          points: decimalArbitrary({ min: '0.05', max: 3, scale: 2 }),
          excess: fc.constantFrom('points' as const, 'relative' as const),
          interpolate: fc.boolean(),
        })
        .map((formula) => reverseRule({ formula: { type: 'perPoint', ...formula } })),
    ),
  input: (rule) => measuredInputArbitrary(rule, true),
};
