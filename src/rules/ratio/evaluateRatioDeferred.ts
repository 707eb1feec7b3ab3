import { compareDecimals } from '../../decimal/compareDecimals.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { quotientFor } from '../../decimal/quotientFor.js';
import { roundDecimal } from '../../decimal/roundDecimal.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { DeferredOutcome } from '../DeferredOutcome.js';
import type { Finding } from '../Finding.js';
import type { LeafInput } from '../LeafInput.js';
import type { RuleContext } from '../RuleKind.js';
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
import { shortenedQuotient } from '../support/shortenedQuotient.js';
import type { RatioRule } from './ratioRule.js';

const noFindings: readonly Finding[] = Object.freeze([]);

/**
 * Scores actual ÷ target (target > 0) against a weight, capped at `cap`, as ratio and equal rules
 * share it: the score now, the trace when it is read.
 *
 * @internal
 */
export function scoreRatio(
  rule: Omit<RatioRule, 'kind' | 'cap'>,
  cap: Dec,
  actual: Dec,
  target: Dec,
  context: RuleContext,
): DeferredOutcome {
  const { weight } = context;
  const { roundRateTo } = rule;
  const rateLabel = rateQuantity(rule.rateLabel, quantities.completionRate);
  const capIsOne = compareDecimals(cap, ONE) === 0;
  // The rate itself is needed now only when it is rounded before scoring; else it is shown only.
  const roundedRate =
    roundRateTo === undefined
      ? undefined
      : roundDecimal(quotientFor(actual, target, roundRateTo), {
          scale: roundRateTo,
          mode: context.rounding.mode,
        });
  // actual ÷ target > cap exactly when actual > cap × target (target > 0): the product is exact,
  // and the rate rounded to the working precision lies on the same side of the cap, as no
  // admitted actual, target and cap give a rate within a unit of its last digit of the cap.
  const capped =
    roundedRate === undefined
      ? compareDecimals(actual, capIsOne ? target : target.times(cap)) > 0
      : compareDecimals(roundedRate, cap) > 0;
  // The score is computed with its one division last (weight × actual ÷ (target × cap)), so a
  // score that lies exactly on a rounding midpoint is exact, not 40-digit 0.0249999….
  // It is carried only as far as the engine's rounding needs; the trace shows it in full.
  const quotient = capped
    ? undefined
    : roundedRate === undefined
      ? shortenedQuotient(weight.times(actual), capIsOne ? target : target.times(cap), context)
      : capIsOne
        ? undefined
        : shortenedQuotient(weight.times(roundedRate), cap, context);
  const score = quotient?.score ?? (capped ? weight : weight.times(roundedRate ?? ONE));
  const exactScore = quotient === undefined ? () => score : quotient.exact;
  const { reviewAbove } = rule;
  const findings =
    reviewAbove !== false && compareDecimals(actual, reviewAbove.times(target)) >= 0
      ? [reviewFinding(actual, target, reviewAbove)]
      : noFindings;
  const trace = (): TraceStep[] => {
    const rate = actual.dividedBy(target);
    const steps = [step(rateLabel, 'divide', [plain(actual), plain(target)], percent(rate))];
    const scoredRate = roundedRate ?? rate;
    if (roundedRate !== undefined) {
      steps.push(step(rateLabel, 'round', [percent(rate)], percent(roundedRate)));
    }
    if (capped) {
      steps.push(
        step(quantities.cappedRate, 'min', [percent(scoredRate), percent(cap)], percent(cap)),
      );
    }
    const fraction = capped ? ONE : capIsOne ? scoredRate : scoredRate.dividedBy(cap);
    if (!capIsOne) {
      steps.push(
        step(
          quantities.cappedRate,
          'divide',
          [percent(capped ? cap : scoredRate), percent(cap)],
          percent(fraction),
        ),
      );
    }
    steps.push(
      step(quantities.score, 'multiply', [plain(weight), percent(fraction)], plain(exactScore())),
    );
    return steps;
  };
  return quotient === undefined
    ? { score, findings, trace }
    : { score, findings, trace, exact: quotient.exact };
}

/**
 * Scores one input of a `ratio` rule, its trace deferred: the exact score in [0, weight], its
 * findings, and how to build its trace.
 *
 * @param rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 *
 * @internal
 */
export function evaluateRatioDeferred(
  rule: RatioRule,
  input: LeafInput,
  context: RuleContext,
): Result<DeferredOutcome> {
  const values = measuredValues(input, context.path, 'ratio', rule.target);
  if (!values.ok) return values;
  const { actual, target } = values.value;
  if (target.isZero()) return failure([zeroTarget(context.path, 'ratio')]);
  // The target is missed below the target itself, not below cap × target: with a cap above 100%
  // the target can be met short of full marks, and with one below it missed at full marks.
  const reasonMissing = deviationReasonIssue(
    rule.deviationReason,
    input,
    { actual, target, missed: compareDecimals(actual, target) < 0 },
    context.path,
  );
  if (reasonMissing !== undefined) return failure([reasonMissing]);
  return success(scoreRatio(rule, rule.cap, actual, target, context));
}
