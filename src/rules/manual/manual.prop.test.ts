import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  lawWeights,
  propertyRuns,
  ruleCases,
  ruleLaws,
  scoreCase,
} from '../../../test/support/ruleCases.js';
import { decimal } from '../../decimal/decimal.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { checkRuleLaws } from '../../testing/checkRuleLaws.js';
import { manualArbitrary } from './manualArbitrary.js';
import { manualRuleKind } from './manualRuleKind.js';

describe('manual: properties', () => {
  test.each(lawWeights)('obeys every rule law at weight %s', (text) => {
    const weight = decimal(text);
    const results = checkRuleLaws(manualRuleKind, {
      rules: manualArbitrary.rule(weight),
      weights: fc.constant(weight),
      inputs: (rule, each) => manualArbitrary.input(rule, each),
      numRuns: propertyRuns,
    });
    expect(results.filter((result) => result.status === 'failed')).toEqual([]);
    expect(results.map((result) => result.law)).toEqual(ruleLaws);
  });

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
