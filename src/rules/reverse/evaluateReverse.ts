import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { LeafInput } from '../LeafInput.js';
import type { RuleContext, RuleOutcome } from '../RuleKind.js';
import type { TraceStep } from '../TraceStep.js';
import { rateQuantity } from '../support/rateQuantity.js';
import {
  deviationReasonIssue,
  HUNDRED,
  measuredValues,
  ONE,
  percent,
  plain,
  quantities,
  step,
  ZERO,
  type Quantity,
} from '../support/ruleSupport.js';
import type { ReverseRule } from './reverseRule.js';

const TWO = new JixiaoDecimal(2);

const inverseRatioLabel: Quantity = {
  role: 'ratio',
  label: { zh: '目标值与实际值之比', en: 'target ÷ actual' },
};

/**
 * Scores one input of a `reverse` rule: the exact score in [0, weight], its trace and findings.
 *
 * @param rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 */
export function evaluateReverse(
  rule: ReverseRule,
  input: LeafInput,
  context: RuleContext,
): Result<RuleOutcome> {
  const values = measuredValues(input, context.path, 'reverse', rule.target);
  if (!values.ok) return values;
  const { actual, target } = values.value;
  const { weight } = context;
  const reasonMissing = deviationReasonIssue(
    rule.deviationReason,
    input,
    { actual, target, missed: actual.greaterThan(target) },
    context.path,
  );
  if (reasonMissing !== undefined) return failure([reasonMissing]);
  const rateLabel = rateQuantity(rule.rateLabel, quantities.controlRate);
  const trace: TraceStep[] = [];
  const rate = target.isZero() ? null : actual.dividedBy(target);
  const shown = rule.unit === 'percent' ? percent : plain;
  if (rate !== null && rule.unit !== 'percent')
    trace.push(step(rateLabel, 'divide', [plain(actual), plain(target)], percent(rate)));
  const withinLimit = actual.lessThanOrEqualTo(target);
  trace.push(
    step(
      quantities.met,
      'compare',
      [shown(actual), shown(target)],
      { value: withinLimit ? 'true' : 'false' },
      { comparator: '≤' },
    ),
  );
  if (withinLimit) {
    trace.push(
      step(quantities.score, 'select', [plain(weight)], plain(weight), {
        note: { zh: '未超过目标值，得满分', en: 'within the limit: full marks' },
      }),
    );
    return success({ score: weight, trace, findings: [] });
  }
  const { formula } = rule;
  let score: Dec;
  switch (formula.type) {
    case 'linear': {
      if (actual.greaterThanOrEqualTo(target.times(TWO))) {
        score = ZERO;
        trace.push(
          step(quantities.score, 'select', [plain(weight)], plain(ZERO), {
            note: {
              zh: '达到目标值的 2 倍及以上，不得分',
              en: 'at or beyond twice the target: no marks',
            },
          }),
        );
        break;
      }
      // Here t > 0 (a > t ≥ 0 and a < 2t), so the rate exists; the excess is shown from it and
      // the score computed exactly below.
      const over = (rate ?? ONE).minus(ONE);
      trace.push(
        step(
          quantities.overRatio,
          'divide',
          [plain(actual.minus(target)), plain(target)],
          percent(over),
        ),
      );
      // (1 − (a − t) ÷ t) × w, with the one division last: w × (2t − a) ÷ t.
      score = weight.times(target.times(TWO).minus(actual)).dividedBy(target);
      trace.push(
        step(quantities.score, 'multiply', [plain(weight), percent(ONE.minus(over))], plain(score)),
      );
      break;
    }
    case 'inverse': {
      const ratio = target.dividedBy(actual);
      trace.push(step(inverseRatioLabel, 'divide', [plain(target), plain(actual)], percent(ratio)));
      score = weight.times(target).dividedBy(actual);
      trace.push(step(quantities.score, 'multiply', [plain(weight), percent(ratio)], plain(score)));
      break;
    }
    case 'perPoint': {
      const excess =
        formula.excess === 'points'
          ? actual.minus(target).times(HUNDRED)
          : target.isZero()
            ? null
            : actual.minus(target).dividedBy(target).times(HUNDRED);
      if (excess === null) {
        // Over a zero budget every relative excess is unbounded: nothing is left to award.
        score = ZERO;
        trace.push(
          step(quantities.score, 'select', [plain(weight)], plain(ZERO), {
            note: {
              zh: '目标值为 0 且已超出，扣完为止',
              en: 'over a zero target: all points deducted',
            },
          }),
        );
        break;
      }
      trace.push(
        formula.excess === 'points'
          ? step(
              quantities.excessPoints,
              'multiply',
              [plain(actual.minus(target)), plain(HUNDRED)],
              plain(excess),
            )
          : step(
              quantities.excessPoints,
              'multiply',
              [percent(actual.minus(target).dividedBy(target)), plain(HUNDRED)],
              plain(excess),
            ),
      );
      const counted = formula.interpolate ? excess : excess.truncated();
      if (!formula.interpolate)
        trace.push(step(quantities.countedPoints, 'round', [plain(excess)], plain(counted)));
      const deduction =
        formula.interpolate && formula.excess === 'relative'
          ? actual.minus(target).times(HUNDRED).times(formula.points).dividedBy(target)
          : counted.times(formula.points);
      trace.push(
        step(
          quantities.deduction,
          'multiply',
          [plain(counted), plain(formula.points)],
          plain(deduction),
        ),
      );
      const applied = JixiaoDecimal.min(deduction, weight);
      if (deduction.greaterThan(weight))
        trace.push(
          step(
            quantities.cappedDeduction,
            'min',
            [plain(deduction), plain(weight)],
            plain(applied),
          ),
        );
      score = weight.minus(applied);
      trace.push(step(quantities.score, 'subtract', [plain(weight), plain(applied)], plain(score)));
      break;
    }
    default: {
      const unknownFormula: never = formula;
      throw new Error(`unreachable: unknown reverse formula ${JSON.stringify(unknownFormula)}`);
    }
  }
  return success({ score, trace, findings: [] });
}
