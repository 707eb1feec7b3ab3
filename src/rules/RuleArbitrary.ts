import type fc from 'fast-check';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { LeafInput } from './LeafInput.js';
import type { RuleBase } from './RuleBase.js';

/**
 * How to generate one kind of rule for property tests: valid rules for a weight, and inputs that
 * fit a rule, favouring the values where the rule changes behaviour (edges, zero, the target).
 * Only `jixiao/testing` imports these (they load fast-check).
 */
export interface RuleArbitrary<R extends RuleBase> {
  /** Rules of this kind with valid parameters for a leaf of this weight. */
  rule(weight: Dec): fc.Arbitrary<R>;
  /** Inputs this rule scores without issues. */
  input(rule: R, weight: Dec): fc.Arbitrary<LeafInput>;
}
