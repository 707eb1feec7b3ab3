import fc from 'fast-check';
import type { RuleArbitrary } from '../RuleArbitrary.js';
import { decimalArbitrary } from '../support/decimalArbitrary.js';
import { deductionRule, type DeductionRule } from './deductionRule.js';

const faults = ['合同备案超期', '采购意向未公开', '资产未入账'] as const;

/** Deduction rules (with and without a maximum) and inputs as counts or as listed faults. */
export const deductionArbitrary: RuleArbitrary<DeductionRule> = {
  rule: () =>
    fc
      .record({
        pointsEach: decimalArbitrary({ min: 0, max: 2, scale: 2 }),
        maxDeduction: fc.option(decimalArbitrary({ min: 0, max: 10, scale: 1 }), {
          nil: undefined,
        }),
      })
      .map(({ pointsEach, maxDeduction }) =>
        deductionRule({ pointsEach, ...(maxDeduction === undefined ? {} : { maxDeduction }) }),
      ),
  input: () => {
    const item = fc.record({
      text: fc.constantFrom(...faults),
      points: fc.option(decimalArbitrary({ min: 0, max: 2, scale: 1 }), { nil: undefined }),
    });
    return fc.oneof(
      fc.integer({ min: 0, max: 40 }).map((occurrences) => ({ occurrences })),
      fc.array(item, { maxLength: 6 }).map((items) => ({
        items: items.map((each) =>
          each.points === undefined
            ? { text: each.text }
            : { text: each.text, points: each.points },
        ),
      })),
    );
  },
};
