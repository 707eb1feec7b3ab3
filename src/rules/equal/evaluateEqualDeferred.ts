import { compareDecimals } from '../../decimal/compareDecimals.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { DeferredOutcome } from '../DeferredOutcome.js';
import type { Finding } from '../Finding.js';
import type { LeafInput } from '../LeafInput.js';
import { scoreRatio } from '../ratio/evaluateRatioDeferred.js';
import type { RuleContext } from '../RuleKind.js';
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

const noFindings: readonly Finding[] = Object.freeze([]);

/**
 * Scores one input of an `equal` rule, its trace deferred: the exact score in [0, weight], its
 * findings, and how to build its trace.
 *
 * @param rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 *
 * @internal
 */
export function evaluateEqualDeferred(
  rule: EqualRule,
  input: LeafInput,
  context: RuleContext,
): Result<DeferredOutcome> {
  const values = measuredValues(input, context.path, 'equal', rule.target);
  if (!values.ok) return values;
  const { actual, target } = values.value;
  const reasonMissing = deviationReasonIssue(
    rule.deviationReason,
    input,
    {
      actual,
      target,
      missed: target.isZero()
        ? compareDecimals(actual, ZERO) > 0
        : compareDecimals(actual, target) < 0,
    },
    context.path,
  );
  if (reasonMissing !== undefined) return failure([reasonMissing]);
  if (!target.isZero()) return success(scoreRatio(rule, ONE, actual, target, context));
  const met = compareDecimals(actual, ZERO) <= 0;
  const { weight } = context;
  const score = met ? weight : ZERO;
  return success({
    score,
    findings: noFindings,
    trace: () => [
      step(
        quantities.met,
        'compare',
        [plain(actual), plain(ZERO)],
        { value: met ? 'true' : 'false' },
        { comparator: '≤' },
      ),
      step(quantities.score, 'select', [plain(weight)], plain(score), {
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
  });
}
