import type { Result } from '../../issues/Result.js';
import type { LeafInput } from '../LeafInput.js';
import type { RuleContext, RuleOutcome } from '../RuleKind.js';
import { settledOutcome } from '../support/settledOutcome.js';
import type { EqualRule } from './equalRule.js';
import { evaluateEqualDeferred } from './evaluateEqualDeferred.js';

/**
 * Scores one input of a `equal` rule: the exact score in [0, weight], its trace and findings.
 *
 * @param rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 */
export function evaluateEqual(
  rule: EqualRule,
  input: LeafInput,
  context: RuleContext,
): Result<RuleOutcome> {
  return settledOutcome(evaluateEqualDeferred(rule, input, context));
}
