import { formatDecimal } from '../decimal/formatDecimal.js';
import { createIssue } from '../issues/createIssue.js';
import { failure, success } from '../issues/Result.js';
import type { Finding } from './Finding.js';
import type { RuleKind } from './RuleKind.js';
import { quantities, missingField, plain, step } from './ruleSupport.js';

/** Evaluator judgement: a score in [0, weight], with a reason whenever it is below the weight. */
export interface ManualRule {
  readonly kind: 'manual';
}

/**
 * Builds a manual rule.
 *
 * @returns the rule data
 *
 * @example
 * manualRule(); // input: { score: '6', reason: '部分已完成' }
 */
export function manualRule(): ManualRule {
  return { kind: 'manual' };
}

/** The `manual` rule kind (评价人打分). */
export const manualRuleKind: RuleKind<ManualRule> = {
  kind: 'manual',
  inputFields: ['score', 'reason'],
  directionOf: () => 'none',
  validateRule: () => [],
  evaluate(_rule, input, context) {
    const { path, weight } = context;
    if (input.score === undefined) return failure([missingField(path, 'score', 'manual')]);
    const { score } = input;
    if (score.isNegative() || score.greaterThan(weight)) {
      return failure([
        createIssue(
          'score_out_of_range',
          [...path, 'score'],
          { zh: `得分须在 0 与分值 ${formatDecimal(weight)} 之间，收到 ${formatDecimal(score)}`, en: `The score must lie between 0 and the weight ${formatDecimal(weight)}; received ${formatDecimal(score)}` },
          { expected: `0…${formatDecimal(weight)}`, received: formatDecimal(score) },
        ),
      ]);
    }
    const reason = input.reason?.trim() ?? '';
    if (score.lessThan(weight) && reason === '') {
      return failure([
        createIssue('reason_required', [...path, 'reason'], { zh: '得分低于分值时须说明理由', en: 'A reason is required when the score is below the weight' }, { expected: 'a reason' }),
      ]);
    }
    const findings: Finding[] = score.lessThan(weight)
      ? [{ code: 'judged_below_weight', severity: 'info', message: { zh: `评价人给分 ${formatDecimal(score)}：${reason}`, en: `The evaluator scored ${formatDecimal(score)}: ${reason}` } }]
      : [];
    return success({
      score,
      trace: [step(quantities.judgement, 'given', [plain(weight)], plain(score), reason === '' ? {} : { note: { zh: reason, en: reason } })],
      findings,
    });
  },
};
