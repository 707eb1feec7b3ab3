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
import { ratioArbitrary } from './ratioArbitrary.js';
import { ratioRuleKind } from './ratioRuleKind.js';

describe('ratio: properties', () => {
  testRuleLaws(ratioRuleKind, ratioArbitrary);

  test('at cap × target or more the weight (rate not rounded first); at 0 nothing', () => {
    fc.assert(
      fc.property(ruleCases(ratioArbitrary), (ruleCase) => {
        const { rule, weight } = ruleCase;
        const { score } = scoreCase(ratioRuleKind, ruleCase);
        const { actual, target } = measuredOf(ruleCase);
        if (actual.isZero()) expect(formatDecimal(score)).toBe('0');
        if (rule.roundRateTo === undefined && actual.greaterThanOrEqualTo(rule.cap.times(target)))
          expect(formatDecimal(score)).toBe(formatDecimal(weight));
      }),
      { numRuns: propertyRuns },
    );
  });

  test('with whenMissed, asks for a reason exactly when actual < target, whatever the cap', () => {
    fc.assert(
      fc.property(ruleCases(ratioArbitrary), (ruleCase) => {
        const rule = { ...ruleCase.rule, deviationReason: { whenMissed: true } };
        const { actual, target } = measuredOf(ruleCase);
        const context = {
          weight: ruleCase.weight,
          rounding: { scale: 2, mode: 'half-up' } as const,
          path: ['inputs', 'x'],
        };
        const outcome = ratioRuleKind.evaluate(rule, ruleCase.input, context);
        const codes = outcome.ok ? [] : outcome.issues.map((found) => found.code);
        expect(codes).toEqual(actual.lessThan(target) ? ['deviation_reason_required'] : []);
        const explained = ratioRuleKind.evaluate(
          rule,
          { ...ruleCase.input, reason: '受疫情影响' },
          context,
        );
        expect(explained.ok).toBe(true);
      }),
      { numRuns: propertyRuns },
    );
  });

  test('flags for review exactly when actual ≥ reviewAbove × target', () => {
    fc.assert(
      fc.property(ruleCases(ratioArbitrary), (ruleCase) => {
        const { reviewAbove } = ruleCase.rule;
        const { findings } = scoreCase(ratioRuleKind, ruleCase);
        const { actual, target } = measuredOf(ruleCase);
        const review =
          reviewAbove !== false && actual.greaterThanOrEqualTo(reviewAbove.times(target));
        expect(findings.map((found) => found.code)).toEqual(
          review ? ['over_achievement_review'] : [],
        );
      }),
      { numRuns: propertyRuns },
    );
  });
});
