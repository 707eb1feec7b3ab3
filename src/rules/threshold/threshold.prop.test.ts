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
import { thresholdArbitrary } from './thresholdArbitrary.js';
import type { Comparison } from './thresholdRule.js';
import { thresholdRuleKind } from './thresholdRuleKind.js';

describe('threshold: properties', () => {
  testRuleLaws(thresholdRuleKind, thresholdArbitrary);

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
