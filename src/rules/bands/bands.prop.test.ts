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
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { bandsArbitrary } from './bandsArbitrary.js';
import { awardOf, type Band } from './bandsRule.js';
import { bandsRuleKind } from './bandsRuleKind.js';

describe('bands: properties', () => {
  testRuleLaws(bandsRuleKind, bandsArbitrary);

  test('awards exactly what the one band holding the measured value awards', () => {
    const holds = (band: Band, value: Dec): boolean => {
      const { from, to } = band;
      const aboveFrom =
        from === undefined ||
        value.greaterThan(from.value) ||
        (from.inclusive && value.equals(from.value));
      const belowTo =
        to === undefined || value.lessThan(to.value) || (to.inclusive && value.equals(to.value));
      return aboveFrom && belowTo;
    };
    fc.assert(
      fc.property(ruleCases(bandsArbitrary), (ruleCase) => {
        const { rule, weight, input } = ruleCase;
        const { score } = scoreCase(bandsRuleKind, ruleCase);
        const actual = input.actual ?? decimal(0);
        const target = rule.target ?? input.target ?? decimal(1);
        const value = rule.measure === 'actual' ? actual : actual.dividedBy(target);
        const holding = rule.bands.filter((band) => holds(band, value));
        expect(holding.length).toBe(1);
        const [band] = holding;
        if (band !== undefined)
          expect(formatDecimal(score)).toBe(formatDecimal(awardOf(band, weight)));
      }),
      { numRuns: propertyRuns },
    );
  });
});
