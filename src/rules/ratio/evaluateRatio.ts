import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../../decimal/roundDecimal.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { Finding } from '../Finding.js';
import type { LeafInput } from '../LeafInput.js';
import type { RuleContext, RuleOutcome } from '../RuleKind.js';
import type { TraceStep } from '../TraceStep.js';
import {
  deviationReasonIssue,
  measuredValues,
  ONE,
  percent,
  plain,
  quantities,
  reviewFinding,
  step,
  zeroTarget,
} from '../support/ruleSupport.js';
import { rateQuantity } from '../support/rateQuantity.js';
import type { RatioRule } from './ratioRule.js';

/**
 * Scores actual ÷ target against a weight, as ratio and equal rules share it.
 *
 * @internal
 */
export function scoreRatio(
  rule: Omit<RatioRule, 'kind'>,
  actual: Dec,
  target: Dec,
  context: RuleContext,
): RuleOutcome {
  const trace: TraceStep[] = [];
  const rate = actual.dividedBy(target);
  const rateLabel = rateQuantity(rule.rateLabel, quantities.completionRate);
  trace.push(step(rateLabel, 'divide', [plain(actual), plain(target)], percent(rate)));
  let scoredRate = rate;
  if (rule.roundRateTo !== undefined) {
    scoredRate = roundDecimal(rate, { scale: rule.roundRateTo, mode: context.rounding.mode });
    trace.push(step(rateLabel, 'round', [percent(rate)], percent(scoredRate)));
  }
  const capped = scoredRate.greaterThan(rule.cap);
  if (capped)
    trace.push(
      step(
        quantities.cappedRate,
        'min',
        [percent(scoredRate), percent(rule.cap)],
        percent(rule.cap),
      ),
    );
  const { weight } = context;
  const capIsOne = rule.cap.equals(ONE);
  // The score is computed with its one division last (weight × actual ÷ (target × cap)), so a
  // score that lies exactly on a rounding midpoint is exact, not 40-digit 0.0249999….
  let fraction: Dec;
  let score: Dec;
  if (capped) {
    fraction = ONE;
    score = weight;
  } else if (rule.roundRateTo !== undefined) {
    fraction = capIsOne ? scoredRate : scoredRate.dividedBy(rule.cap);
    score = capIsOne ? weight.times(scoredRate) : weight.times(scoredRate).dividedBy(rule.cap);
  } else {
    fraction = capIsOne ? rate : rate.dividedBy(rule.cap);
    score = weight.times(actual).dividedBy(capIsOne ? target : target.times(rule.cap));
  }
  if (!capIsOne)
    trace.push(
      step(
        quantities.cappedRate,
        'divide',
        [percent(capped ? rule.cap : scoredRate), percent(rule.cap)],
        percent(fraction),
      ),
    );
  trace.push(step(quantities.score, 'multiply', [plain(weight), percent(fraction)], plain(score)));
  const findings: Finding[] = [];
  if (rule.reviewAbove !== false && actual.greaterThanOrEqualTo(rule.reviewAbove.times(target))) {
    findings.push(reviewFinding(actual, target, rule.reviewAbove));
  }
  return { score, trace, findings };
}

/**
 * Scores one input of a `ratio` rule: the exact score in [0, weight], its trace and findings.
 *
 * @param rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 */
export function evaluateRatio(
  rule: RatioRule,
  input: LeafInput,
  context: RuleContext,
): Result<RuleOutcome> {
  const values = measuredValues(input, context.path, 'ratio', rule.target);
  if (!values.ok) return values;
  const { actual, target } = values.value;
  if (target.isZero()) return failure([zeroTarget(context.path, 'ratio')]);
  // The target is missed below the target itself, not below cap × target: with a cap above 100%
  // the target can be met short of full marks, and with one below it missed at full marks.
  const reasonMissing = deviationReasonIssue(
    rule.deviationReason,
    input,
    { actual, target, missed: actual.lessThan(target) },
    context.path,
  );
  if (reasonMissing !== undefined) return failure([reasonMissing]);
  return success(scoreRatio(rule, actual, target, context));
}
