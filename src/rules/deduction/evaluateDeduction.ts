import type { Result } from '../../issues/Result.js';
import type { LeafInput } from '../LeafInput.js';
import type { RuleContext, RuleOutcome } from '../RuleKind.js';
import { settledOutcome } from '../support/settledOutcome.js';
import type { DeductionRule } from './deductionRule.js';
import { evaluateDeductionDeferred } from './evaluateDeductionDeferred.js';

/**
 * Scores one input of a `deduction` rule: the exact score in [0, weight], its trace and findings.
 *
 * @param rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 */
export function evaluateDeduction(
  rule: DeductionRule,
  input: LeafInput,
  context: RuleContext,
): Result<RuleOutcome> {
  return settledOutcome(evaluateDeductionDeferred(rule, input, context));
}
