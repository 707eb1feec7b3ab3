import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  plainSquareInputs,
  plainSquareKind,
  type PlainSquareRule,
} from '../../test/fixtures/plainSquareKind.js';
import { decimal } from '../decimal/decimal.js';
import { success } from '../issues/Result.js';
import { ratioRule, type RatioRule } from '../rules/ratio/ratioRule.js';
import { ratioRuleKind } from '../rules/ratio/ratioRuleKind.js';
import { reverseRule, type ReverseRule } from '../rules/reverse/reverseRule.js';
import { reverseRuleKind } from '../rules/reverse/reverseRuleKind.js';
import type { RuleKind } from '../rules/RuleKind.js';
import { leafInputArbitrary } from './arbitraries.js';
import { checkRuleLaws } from './checkRuleLaws.js';
import { formatLawResults } from './formatLawResults.js';
import type { LawResult } from './LawResult.js';

const failed = (results: readonly LawResult[]) =>
  results.filter((result) => result.status === 'failed');

describe('checkRuleLaws', () => {
  test('a built-in rule kind obeys the laws over chosen rules and boundary inputs', () => {
    const results = checkRuleLaws(ratioRuleKind, {
      rules: fc.constantFrom(ratioRule(), ratioRule({ roundRateTo: 4 }), ratioRule({ cap: '1.2' })),
      inputs: (rule, weight) => leafInputArbitrary(rule, weight),
    });
    expect(results.map((result) => [result.law, result.status])).toEqual([
      ['bounded', 'passed'],
      ['deterministic', 'passed'],
      ['monotone', 'passed'],
      ['shape', 'passed'],
      ['rounding', 'passed'],
    ]);
  });

  test('a custom rule kind written in a test file is checked by the same laws', () => {
    const results = checkRuleLaws(plainSquareKind, {
      rules: { kind: 'square' },
      inputs: plainSquareInputs,
    });
    expect(failed(results)).toEqual([]);
  });

  test('a broken custom kind (above its weight, not monotone) is caught, shrunk', () => {
    const broken: RuleKind<PlainSquareRule> = {
      ...plainSquareKind,
      // Forgets the cap (actual above 1 scores above the weight) and falls back to 0.1 × weight
      // once actual passes 1.5.
      evaluate: (_rule, input, context) => {
        const actual = input.actual ?? decimal(0);
        const share = actual.greaterThan('1.5') ? decimal('0.1') : actual;
        return success({ score: context.weight.times(share), trace: [], findings: [] });
      },
    };
    const results = checkRuleLaws(broken, {
      rules: { kind: 'square' },
      inputs: plainSquareInputs,
      weights: fc.constant(decimal(10)),
    });
    const byLaw = Object.fromEntries(results.map((result) => [result.law, result]));
    expect(byLaw['bounded']?.status).toBe('failed');
    // Shrunk to the smallest actual above 1 at this scale.
    expect(byLaw['bounded']?.counterexample?.inputs).toEqual({ actual: '1.001' });
    expect(byLaw['bounded']?.counterexample?.values).toEqual({ score: '10.01', weight: '10' });
    expect(byLaw['monotone']?.status).toBe('failed');
    expect(byLaw['monotone']?.counterexample?.message).toMatch(/^declared increasing, but actual /);
    expect(formatLawResults(results)).toContain('✗ bounded — square');
  });

  test('a kind that declares itself continuous but steps at 1 is caught by shape', () => {
    const stepping: RuleKind<PlainSquareRule> = {
      ...plainSquareKind,
      evaluate: (_rule, input, context) =>
        success({
          score: (input.actual ?? decimal(0)).greaterThanOrEqualTo(1) ? context.weight : decimal(0),
          trace: [],
          findings: [],
        }),
    };
    const shape = checkRuleLaws(stepping, {
      rules: { kind: 'square' },
      inputs: plainSquareInputs,
      weights: fc.constant(decimal(10)),
    }).find((result) => result.law === 'shape');
    expect(shape?.status).toBe('failed');
    expect(shape?.counterexample?.message).toBe(
      'declared continuous, but jumps by 10 just below actual 1',
    );
  });
});

describe('checkRuleLaws: mutating a built-in evaluator breaks a law', () => {
  test('dropping the ratio cap breaks bounded', () => {
    const uncapped: RuleKind<RatioRule> = {
      ...ratioRuleKind,
      evaluate: (rule, input, context) => {
        const outcome = ratioRuleKind.evaluate(rule, input, context);
        if (!outcome.ok || input.actual === undefined) return outcome;
        const target = rule.target ?? input.target ?? decimal(1);
        const score = context.weight.times(input.actual).dividedBy(target);
        return success({ ...outcome.value, score });
      },
    };
    const result = checkRuleLaws(uncapped, {
      rules: ratioRule(),
      inputs: (rule, weight) => leafInputArbitrary(rule, weight),
    }).find((each) => each.law === 'bounded');
    expect(result?.status).toBe('failed');
    expect(result?.counterexample?.message).toMatch(/lies outside \[0, /);
  });

  test('dropping the reverse rule’s floor at twice the target breaks bounded', () => {
    const unfloored: RuleKind<ReverseRule> = {
      ...reverseRuleKind,
      evaluate: (rule, input, context) => {
        const outcome = reverseRuleKind.evaluate(rule, input, context);
        const { actual, target } = input;
        if (
          !outcome.ok ||
          actual === undefined ||
          target === undefined ||
          target.isZero() ||
          actual.lessThanOrEqualTo(target)
        )
          return outcome;
        const score = context.weight.times(target.times(2).minus(actual)).dividedBy(target);
        return success({ ...outcome.value, score });
      },
    };
    const results = checkRuleLaws(unfloored, {
      rules: reverseRule(),
      inputs: (rule, weight) => leafInputArbitrary(rule, weight),
    });
    expect(results.find((each) => each.law === 'bounded')?.status).toBe('failed');
  });
});
