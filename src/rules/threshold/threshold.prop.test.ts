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
import type { Comparison } from './thresholdRule.js';
import { checkRuleLaws } from '../../testing/checkRuleLaws.js';
import { thresholdArbitrary } from './thresholdArbitrary.js';
import { thresholdRuleKind } from './thresholdRuleKind.js';

describe('threshold: properties', () => {
  test.each(lawWeights)('obeys every rule law at weight %s', (text) => {
    const weight = decimal(text);
    const results = checkRuleLaws(thresholdRuleKind, {
      rules: thresholdArbitrary.rule(weight),
      weights: fc.constant(weight),
      inputs: (rule, each) => thresholdArbitrary.input(rule, each),
      numRuns: propertyRuns,
    });
    expect(results.filter((result) => result.status === 'failed')).toEqual([]);
    expect(results.map((result) => result.law)).toEqual(ruleLaws);
  });

  test('awards exactly the weight when the comparison holds, else `otherwise`', () => {
    const holds = (comparison: Exclude<Comparison, 'yes'>, order: number): boolean => {
      switch (comparison) {
        case '>=':
          return order >= 0;
        case '>':
          return order > 0;
        case '=':
          return order === 0;
        case '<=':
          return order <= 0;
        case '<':
          return order < 0;
      }
    };
    fc.assert(
      fc.property(ruleCases(thresholdArbitrary), (ruleCase) => {
        const { rule, weight, input } = ruleCase;
        const { score } = scoreCase(thresholdRuleKind, ruleCase);
        let met: boolean;
        if (rule.comparison === 'yes') met = input.answer === true;
        else {
          const { actual, target } = measuredOf(ruleCase);
          met = holds(rule.comparison, actual.comparedTo(target));
        }
        expect(formatDecimal(score)).toBe(formatDecimal(met ? weight : rule.otherwise));
      }),
      { numRuns: propertyRuns },
    );
  });
});
