import { failure, success, type Result } from '../../issues/Result.js';
import type { LeafInput } from '../LeafInput.js';
import { scoreRatio } from '../ratio/evaluateRatio.js';
import type { RuleContext, RuleOutcome } from '../RuleKind.js';
import {
  deviationReasonIssue,
  measuredValues,
  ONE,
  plain,
  quantities,
  step,
  ZERO,
} from '../support/ruleSupport.js';
import type { EqualRule } from './equalRule.js';

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
  const values = measuredValues(input, context.path, 'equal', rule.target);
  if (!values.ok) return values;
  const { actual, target } = values.value;
  const reasonMissing = deviationReasonIssue(
    rule.deviationReason,
    input,
    {
      actual,
      target,
      missed: target.isZero() ? actual.greaterThan(ZERO) : actual.lessThan(target),
    },
    context.path,
  );
  if (reasonMissing !== undefined) return failure([reasonMissing]);
  if (!target.isZero()) return success(scoreRatio({ ...rule, cap: ONE }, actual, target, context));
  const met = actual.lessThanOrEqualTo(ZERO);
  const score = met ? context.weight : ZERO;
  return success({
    score,
    trace: [
      step(
        quantities.met,
        'compare',
        [plain(actual), plain(ZERO)],
        { value: met ? 'true' : 'false' },
        { comparator: '≤' },
      ),
      step(quantities.score, 'select', [plain(context.weight)], plain(score), {
        note: met
          ? {
              zh: '目标值为 0，实际值未超过 0，得满分',
              en: 'target is 0 and the actual is not above it: full marks',
            }
          : {
              zh: '目标值为 0，实际值大于 0，不得分',
              en: 'target is 0 and the actual is above it: no marks',
            },
      }),
    ],
    findings: [],
  });
}
