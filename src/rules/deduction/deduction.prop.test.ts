import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  propertyRuns,
  ruleCases,
  scoreCase,
  testRuleLaws,
} from '../../../test/support/ruleCases.js';
import { decimal } from '../../decimal/decimal.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { JixiaoDecimal } from '../../decimal/JixiaoDecimal.js';
import { deductionArbitrary } from './deductionArbitrary.js';
import { deductionRuleKind } from './deductionRuleKind.js';

describe('deduction: properties', () => {
  testRuleLaws(deductionRuleKind, deductionArbitrary);

  test('the score is weight − min(deduction, limit), the limit min(maxDeduction, weight)', () => {
    fc.assert(
      fc.property(ruleCases(deductionArbitrary), (ruleCase) => {
        const { rule, weight, input } = ruleCase;
        const { score } = scoreCase(deductionRuleKind, ruleCase);
        const deduction =
          input.occurrences === undefined
            ? (input.items ?? []).reduce(
                (sum, item) => sum.plus(item.points ?? rule.pointsEach),
                decimal(0),
              )
            : rule.pointsEach.times(input.occurrences);
        const limit = JixiaoDecimal.min(rule.maxDeduction ?? weight, weight);
        const expected = weight.minus(JixiaoDecimal.min(deduction, limit));
        expect(formatDecimal(score)).toBe(formatDecimal(expected));
      }),
      { numRuns: propertyRuns },
    );
  });
});
