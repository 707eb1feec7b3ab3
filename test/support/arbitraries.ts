// The engine's property tests draw from the shared generators: every rule kind's own arbitrary
// (src/rules/<kind>/<kind>Arbitrary.ts, through builtInRuleArbitraries) and the testing kit's
// scheme and input arbitraries. This file only names the slices those tests use.
import fc from 'fast-check';
import {
  decimal,
  type Dec,
  type Inputs,
  type LeafInput,
  type Rule,
  type Scheme,
} from '../../src/index.js';
import {
  builtInRuleArbitraries,
  decimalArbitrary,
  inputsArbitrary,
  leafInputArbitrary,
  ruleArbitrary,
  schemeArbitrary,
} from '../../src/testing.js';

/** Leaf weights, 0.5 to 50.5 in steps of 0.1. */
export const weightArb: fc.Arbitrary<Dec> = decimalArbitrary({ min: '0.5', max: '50.5', scale: 1 });

/** Amounts with two places, 0 to 100,000. */
export const amountArb: fc.Arbitrary<Dec> = decimalArbitrary({ min: 0, max: 100_000, scale: 2 });

/** Amounts with two places, 0.01 to 100,000.01: targets that can be divided by. */
export const positiveAmountArb: fc.Arbitrary<Dec> = decimalArbitrary({
  min: '0.01',
  max: '100000.01',
  scale: 2,
});

/** Reverse rules of every formula, from the reverse kind's own arbitrary. */
export const reverseRuleArb: fc.Arbitrary<Rule> = builtInRuleArbitraries.reverse.rule(decimal(10));

/**
 * A rule of any built-in kind with an input that fits it, for a given weight.
 *
 * @param weight - the leaf's weight
 * @returns the rule and its input
 */
export function ruleAndInputArb(weight: Dec): fc.Arbitrary<{ rule: Rule; input: LeafInput }> {
  return ruleArbitrary(weight).chain((rule) =>
    leafInputArbitrary(rule, weight).map((input) => ({ rule, input })),
  );
}

interface Generated {
  readonly scheme: Scheme;
  readonly inputs: Inputs;
}

/**
 * Random valid schemes (trees whose category weights are the exact sums of their children, every
 * built-in kind at the leaves) with inputs for every leaf. No leaf is marked 不适用, so every total
 * is the plain sum of the top level.
 */
export const schemeWithInputsArb: fc.Arbitrary<Generated> = schemeArbitrary().chain((scheme) =>
  inputsArbitrary(scheme, { notApplicable: false }).map((inputs) => ({ scheme, inputs })),
);
