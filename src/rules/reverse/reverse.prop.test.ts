import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  measuredOf,
  propertyRuns,
  ruleCases,
  scoreCase,
  testRuleLaws,
} from '../../../test/support/ruleCases.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { reverseArbitrary } from './reverseArbitrary.js';
import { reverseRuleKind } from './reverseRuleKind.js';

describe('reverse: properties', () => {
  testRuleLaws(reverseRuleKind, reverseArbitrary);

  test('within the limit the weight; linear, at twice the limit or beyond, nothing', () => {
    fc.assert(
      fc.property(ruleCases(reverseArbitrary), (ruleCase) => {
        const { rule, weight } = ruleCase;
        const { score } = scoreCase(reverseRuleKind, ruleCase);
        const { actual, target } = measuredOf(ruleCase);
        if (actual.lessThanOrEqualTo(target)) {
          expect(formatDecimal(score)).toBe(formatDecimal(weight));
          return;
        }
        if (rule.formula.type === 'linear' && actual.greaterThanOrEqualTo(target.times(2)))
          expect(formatDecimal(score)).toBe('0');
      }),
      { numRuns: propertyRuns },
    );
  });
});
