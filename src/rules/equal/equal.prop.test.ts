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
import { equalArbitrary } from './equalArbitrary.js';
import { equalRuleKind } from './equalRuleKind.js';

describe('equal: properties', () => {
  test.each(lawWeights)('obeys every rule law at weight %s', (text) => {
    const weight = decimal(text);
    const results = checkRuleLaws(equalRuleKind, {
      rules: equalArbitrary.rule(weight),
      weights: fc.constant(weight),
      inputs: (rule, each) => equalArbitrary.input(rule, each),
      numRuns: propertyRuns,
    });
    expect(results.filter((result) => result.status === 'failed')).toEqual([]);
    expect(results.map((result) => result.law)).toEqual(ruleLaws);
  });

  test('zero target: 0 earns the weight, more earns 0; at a positive target, the weight', () => {
    fc.assert(
      fc.property(ruleCases(equalArbitrary), (ruleCase) => {
        const { weight } = ruleCase;
        const { score } = scoreCase(equalRuleKind, ruleCase);
        const { actual, target } = measuredOf(ruleCase);
        const full = target.isZero()
          ? actual.lessThanOrEqualTo(0)
          : actual.greaterThanOrEqualTo(target);
        if (full) expect(formatDecimal(score)).toBe(formatDecimal(weight));
        else if (target.isZero()) expect(formatDecimal(score)).toBe('0');
        else expect(score.lessThan(weight)).toBe(true);
      }),
      { numRuns: propertyRuns },
    );
  });
});
