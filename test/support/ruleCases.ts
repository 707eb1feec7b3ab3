// What the property tests of each rule kind share: the weights the laws are checked at, the run
// budget (by count, never by time) and generated (rule, weight, input) cases from a kind's own
// arbitrary, scored directly by the kind.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decimal } from '../../src/decimal/decimal.js';
import { checkRuleLaws } from '../../src/testing/checkRuleLaws.js';
import type { Dec, LeafInput, RuleBase, RuleKind, RuleOutcome } from '../../src/index.js';
import { decimalArbitrary, type RuleArbitrary } from '../../src/testing.js';

/** The leaf weights each kind's rule laws are checked at: small, middling, not a whole number. */
export const lawWeights = ['0.5', '7', '23.7'] as const;

/** Every law `checkRuleLaws` runs, in its order. */
export const ruleLaws = ['bounded', 'deterministic', 'monotone', 'shape', 'rounding'] as const;

/** Generated cases per law or property. */
export const propertyRuns = 150;

/** One generated case: a rule valid for the weight and an input it scores. */
export interface RuleCase<R extends RuleBase> {
  readonly rule: R;
  readonly weight: Dec;
  readonly input: LeafInput;
}

/**
 * Cases from a kind's own arbitrary, at weights from 0.5 to 30 in steps of 0.1.
 *
 * @param arbitrary - the kind's generator
 * @returns rules, weights and inputs
 */
export function ruleCases<R extends RuleBase>(
  arbitrary: RuleArbitrary<R>,
): fc.Arbitrary<RuleCase<R>> {
  return decimalArbitrary({ min: '0.5', max: 30, scale: 1 }).chain((weight) =>
    arbitrary
      .rule(weight)
      .chain((rule) => arbitrary.input(rule, weight).map((input) => ({ rule, weight, input }))),
  );
}

/**
 * Scores a case with the kind itself (exact score, no rounding); an input the kind refuses fails
 * the test, since a kind's arbitrary promises inputs it scores.
 *
 * @param kind - the rule kind
 * @param ruleCase - the case
 * @returns the outcome
 */
export function scoreCase<R extends RuleBase>(
  kind: RuleKind<R>,
  ruleCase: RuleCase<R>,
): RuleOutcome {
  const { rule, weight, input } = ruleCase;
  const context = {
    weight,
    rounding: { scale: 2, mode: 'half-up' } as const,
    path: ['inputs', 'x'],
  };
  const outcome = kind.evaluate(rule, input, context);
  if (!outcome.ok)
    throw new Error(`a generated input was refused: ${JSON.stringify(outcome.issues)}`);
  return outcome.value;
}

/**
 * The actual and the target (the rule's own, else the input's) of a case that measures one
 * against the other.
 *
 * @param ruleCase - the case
 * @returns the two values
 */
export function measuredOf<R extends RuleBase & { readonly target?: Dec }>(
  ruleCase: RuleCase<R>,
): { readonly actual: Dec; readonly target: Dec } {
  const { actual } = ruleCase.input;
  const target = ruleCase.rule.target ?? ruleCase.input.target;
  if (actual === undefined || target === undefined)
    throw new Error('a measured case has an actual and a target');
  return { actual, target };
}

/**
 * Declares the test that a kind obeys every rule law (bounded, deterministic, monotone, shape,
 * rounding) at each of {@link lawWeights}, with rules and inputs from its own arbitrary.
 *
 * @param kind - the rule kind
 * @param arbitrary - the kind's generator
 */
export function testRuleLaws<R extends RuleBase>(
  kind: RuleKind<R>,
  arbitrary: RuleArbitrary<R>,
): void {
  test.each(lawWeights)('obeys every rule law at weight %s', (text) => {
    const weight = decimal(text);
    const results = checkRuleLaws(kind, {
      rules: arbitrary.rule(weight),
      weights: fc.constant(weight),
      inputs: (rule, each) => arbitrary.input(rule, each),
      numRuns: propertyRuns,
    });
    expect(results.filter((result) => result.status === 'failed')).toEqual([]);
    expect(results.map((result) => result.law)).toEqual(ruleLaws);
  });
}
