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
import { equalArbitrary } from './equalArbitrary.js';
import { equalRuleKind } from './equalRuleKind.js';

describe('equal: properties', () => {
  testRuleLaws(equalRuleKind, equalArbitrary);

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
