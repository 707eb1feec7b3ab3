import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  lawWeights,
  measuredOf,
  propertyRuns,
  ruleCases,
  ruleLaws,
  scoreCase,
} from '../../../test/support/ruleCases.js';
import { decimal } from '../../decimal/decimal.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { checkRuleLaws } from '../../testing/checkRuleLaws.js';
import { reverseArbitrary } from './reverseArbitrary.js';
import { reverseRuleKind } from './reverseRuleKind.js';

describe('reverse: properties', () => {
  test.each(lawWeights)('obeys every rule law at weight %s', (text) => {
    const weight = decimal(text);
    const results = checkRuleLaws(reverseRuleKind, {
      rules: reverseArbitrary.rule(weight),
      weights: fc.constant(weight),
      inputs: (rule, each) => reverseArbitrary.input(rule, each),
      numRuns: propertyRuns,
    });
    expect(results.filter((result) => result.status === 'failed')).toEqual([]);
    expect(results.map((result) => result.law)).toEqual(ruleLaws);
  });

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
