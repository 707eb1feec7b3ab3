import { compareDecimals } from '../../decimal/compareDecimals.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { Finding } from '../Finding.js';
import type { DeferredOutcome } from '../DeferredOutcome.js';
import type { LeafInput } from '../LeafInput.js';
import type { RuleContext } from '../RuleKind.js';
import { missingField, plain, quantities, step } from '../support/ruleSupport.js';
import type { ManualRule } from './manualRule.js';

const noFindings: readonly Finding[] = Object.freeze([]);

/**
 * Scores one input of a `manual` rule, its trace deferred: the exact score in [0, weight], its
 * findings, and how to build its trace.
 *
 * @param _rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 *
 * @internal
 */
export function evaluateManualDeferred(
  _rule: ManualRule,
  input: LeafInput,
  context: RuleContext,
): Result<DeferredOutcome> {
  const { path, weight } = context;
  if (input.score === undefined) return failure([missingField(path, 'score', 'manual')]);
  const { score } = input;
  if (score.isNegative() || compareDecimals(score, weight) > 0) {
    return failure([
      createIssue(
        'score_out_of_range',
        [...path, 'score'],
        {
          zh: `得分须在 0 与分值 ${formatDecimal(weight)} 之间，收到 ${formatDecimal(score)}`,
          en: `The score must lie between 0 and the weight ${formatDecimal(weight)}; received ${formatDecimal(score)}`,
        },
        { expected: `0…${formatDecimal(weight)}`, received: formatDecimal(score) },
      ),
    ]);
  }
  const reason = input.reason?.trim() ?? '';
  if (compareDecimals(score, weight) < 0 && reason === '') {
    return failure([
      createIssue(
        'reason_required',
        [...path, 'reason'],
        {
          zh: '得分低于分值时须说明理由',
          en: 'A reason is required when the score is below the weight',
        },
        { expected: 'a reason' },
      ),
    ]);
  }
  const findings: readonly Finding[] =
    compareDecimals(score, weight) < 0
      ? [
          {
            code: 'judged_below_weight',
            severity: 'info',
            message: {
              zh: `评价人给分 ${formatDecimal(score)}：${reason}`,
              en: `The evaluator scored ${formatDecimal(score)}: ${reason}`,
            },
          },
        ]
      : noFindings;
  return success({
    score,
    findings,
    trace: () => [
      step(
        quantities.judgement,
        'given',
        [plain(weight)],
        plain(score),
        reason === '' ? {} : { note: { zh: reason, en: reason } },
      ),
    ],
  });
}
