import fc from 'fast-check';
import type { RuleArbitrary } from '../RuleArbitrary.js';
import { decimalArbitrary } from '../support/decimalArbitrary.js';
import { measuredInputArbitrary } from '../support/measuredInputArbitrary.js';
import { ratioRule, type RatioRule } from './ratioRule.js';

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** Ratio rules (caps 50%–250%, review flags, rates rounded first, fixed targets) and their inputs. */
export const ratioArbitrary: RuleArbitrary<RatioRule> = {
  rule: () =>
    fc
      .record({
        cap: decimalArbitrary({ min: '0.5', max: '2.5', scale: 2 }),
        reviewAbove: optional(decimalArbitrary({ min: 1, max: 2, scale: 2 })),
        roundRateTo: optional(fc.integer({ min: 0, max: 6 })),
        target: optional(decimalArbitrary({ min: '0.01', max: 5000 })),
      })
      .map(({ cap, reviewAbove, roundRateTo, target }) =>
        ratioRule({
          cap,
          ...(reviewAbove === undefined ? {} : { reviewAbove }),
          ...(roundRateTo === undefined ? {} : { roundRateTo }),
          ...(target === undefined ? {} : { target }),
        }),
      ),
  input: (rule) => measuredInputArbitrary(rule, false),
};
