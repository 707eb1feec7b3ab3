import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  propertyRuns,
  ruleCases,
  scoreCase,
  testRuleLaws,
} from '../../../test/support/ruleCases.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { manualArbitrary } from './manualArbitrary.js';
import { manualRuleKind } from './manualRuleKind.js';

describe('manual: properties', () => {
  testRuleLaws(manualRuleKind, manualArbitrary);

  test('the score is the one given; below the weight it is noted with its reason', () => {
    fc.assert(
      fc.property(ruleCases(manualArbitrary), (ruleCase) => {
        const { weight, input } = ruleCase;
        const { score, findings } = scoreCase(manualRuleKind, ruleCase);
        const given = input.score;
        if (given === undefined) throw new Error('a manual input has a score');
        expect(formatDecimal(score)).toBe(formatDecimal(given));
        expect(findings.map((found) => found.code)).toEqual(
          given.lessThan(weight) ? ['judged_below_weight'] : [],
        );
      }),
      { numRuns: propertyRuns },
    );
  });
});
