import { bandsArbitrary } from './bands/bandsArbitrary.js';
import { deductionArbitrary } from './deduction/deductionArbitrary.js';
import { equalArbitrary } from './equal/equalArbitrary.js';
import { levelArbitrary } from './level/levelArbitrary.js';
import { manualArbitrary } from './manual/manualArbitrary.js';
import { ratioArbitrary } from './ratio/ratioArbitrary.js';
import { reverseArbitrary } from './reverse/reverseArbitrary.js';
import type { Rule } from './Rule.js';
import type { RuleArbitrary } from './RuleArbitrary.js';
import type { RuleBase } from './RuleBase.js';
import { thresholdArbitrary } from './threshold/thresholdArbitrary.js';

/** A generator for every kind of the rule union `R`. */
export type RuleArbitraries<R extends RuleBase> = {
  readonly [K in R['kind']]: RuleArbitrary<Extract<R, { readonly kind: K }>>;
};

/**
 * The property-test generators of every built-in rule kind, keyed by `kind`. Only
 * `jixiao/testing` imports this (it loads fast-check); a kind missing here does not compile.
 *
 * @example
 * fc.sample(builtInRuleArbitraries.ratio.rule(decimal(10)), 1); // → e.g. [{ kind: 'ratio', cap: 0.5, … }]
 */
export const builtInRuleArbitraries: RuleArbitraries<Rule> = Object.freeze({
  ratio: ratioArbitrary,
  equal: equalArbitrary,
  reverse: reverseArbitrary,
  threshold: thresholdArbitrary,
  bands: bandsArbitrary,
  level: levelArbitrary,
  deduction: deductionArbitrary,
  manual: manualArbitrary,
});
