import { compareDecimals } from '../../decimal/compareDecimals.js';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { failure, success, type Result } from '../../issues/Result.js';
import type { DeferredOutcome } from '../DeferredOutcome.js';
import type { Finding } from '../Finding.js';
import type { LeafInput } from '../LeafInput.js';
import type { RuleContext } from '../RuleKind.js';
import type { TraceStep } from '../TraceStep.js';
import { rateQuantity } from '../support/rateQuantity.js';
import { shortenedQuotient } from '../support/shortenedQuotient.js';
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
const noFindings: readonly Finding[] = Object.freeze([]);

const inverseRatioLabel: Quantity = {
  role: 'ratio',
  label: { zh: '目标值与实际值之比', en: 'target ÷ actual' },
};

/** The score over the limit, and the steps that show how it was reached (built on read). */
interface OverLimit {
  readonly score: Dec;
  /** The score to the working precision, when `score` is a shortened quotient. */
  readonly exact?: () => Dec;
  readonly steps: (rate: Dec | null) => TraceStep[];
}

/** A score of 0 by selection, with the note saying why. */
function nothingLeft(weight: Dec, zh: string, en: string): OverLimit {
  return {
    score: ZERO,
    steps: () => [
      step(quantities.score, 'select', [plain(weight)], plain(ZERO), { note: { zh, en } }),
    ],
  };
}

/** Scores an actual over the target (actual > target ≥ 0) by the rule's formula. */
function overLimit(rule: ReverseRule, actual: Dec, target: Dec, context: RuleContext): OverLimit {
  const { weight } = context;
  const { formula } = rule;
  switch (formula.type) {
    case 'linear': {
      const twice = target.times(TWO);
      if (compareDecimals(actual, twice) >= 0) {
        return nothingLeft(
          weight,
          '达到目标值的 2 倍及以上，不得分',
          'at or beyond twice the target: no marks',
        );
      }
      // (1 − (a − t) ÷ t) × w, with the one division last: w × (2t − a) ÷ t. Here t > 0 (a > t ≥
      // 0 and a < 2t), so the rate exists; the excess is shown from it, when the trace is read.
      // The quotient is carried only as far as the engine's rounding needs; the trace shows it.
      const { score, exact } = shortenedQuotient(
        weight.times(twice.minus(actual)),
        target,
        context,
      );
      return {
        score,
        exact,
        steps: (rate) => {
          const over = (rate ?? ONE).minus(ONE);
          return [
            step(
              quantities.overRatio,
              'divide',
              [plain(actual.minus(target)), plain(target)],
              percent(over),
            ),
            step(
              quantities.score,
              'multiply',
              [plain(weight), percent(ONE.minus(over))],
              plain(exact()),
            ),
          ];
        },
      };
    }
    case 'inverse': {
      const { score, exact } = shortenedQuotient(weight.times(target), actual, context);
      return {
        score,
        exact,
        steps: () => {
          const ratio = target.dividedBy(actual);
          return [
            step(inverseRatioLabel, 'divide', [plain(target), plain(actual)], percent(ratio)),
            step(quantities.score, 'multiply', [plain(weight), percent(ratio)], plain(exact())),
          ];
        },
      };
    }
    case 'perPoint': {
      const { points, interpolate } = formula;
      const relative = formula.excess === 'relative';
      if (relative && target.isZero()) {
        // Over a zero budget every relative excess is unbounded: nothing is left to award.
        return nothingLeft(
          weight,
          '目标值为 0 且已超出，扣完为止',
          'over a zero target: all points deducted',
        );
      }
      const difference = actual.minus(target);
      const relativeExcess = relative ? difference.dividedBy(target) : undefined;
      const excess = (relativeExcess ?? difference).times(HUNDRED);
      const counted = interpolate ? excess : excess.truncated();
      const deduction =
        interpolate && relative
          ? difference.times(HUNDRED).times(points).dividedBy(target)
          : counted.times(points);
      const applied = JixiaoDecimal.min(deduction, weight);
      const score = weight.minus(applied);
      return {
        score,
        steps: () => {
          const steps = [
            step(
              quantities.excessPoints,
              'multiply',
              [
                relativeExcess === undefined ? plain(difference) : percent(relativeExcess),
                plain(HUNDRED),
              ],
              plain(excess),
            ),
          ];
          if (!interpolate) {
            steps.push(step(quantities.countedPoints, 'round', [plain(excess)], plain(counted)));
          }
          steps.push(
            step(
              quantities.deduction,
              'multiply',
              [plain(counted), plain(points)],
              plain(deduction),
            ),
          );
          if (compareDecimals(deduction, weight) > 0) {
            steps.push(
              step(
                quantities.cappedDeduction,
                'min',
                [plain(deduction), plain(weight)],
                plain(applied),
              ),
            );
          }
          steps.push(
            step(quantities.score, 'subtract', [plain(weight), plain(applied)], plain(score)),
          );
          return steps;
        },
      };
    }
    default: {
      const unknownFormula: never = formula;
      throw new Error(`unreachable: unknown reverse formula ${JSON.stringify(unknownFormula)}`);
    }
  }
}

/**
 * Scores one input of a `reverse` rule, its trace deferred: the exact score in [0, weight], its
 * findings, and how to build its trace.
 *
 * @param rule - the rule
 * @param input - what was observed
 * @param context - the weight, rounding policy and input path
 * @returns the outcome, or the input's issues
 *
 * @internal
 */
export function evaluateReverseDeferred(
  rule: ReverseRule,
  input: LeafInput,
  context: RuleContext,
): Result<DeferredOutcome> {
  const values = measuredValues(input, context.path, 'reverse', rule.target);
  if (!values.ok) return values;
  const { actual, target } = values.value;
  const { weight } = context;
  const reasonMissing = deviationReasonIssue(
    rule.deviationReason,
    input,
    { actual, target, missed: compareDecimals(actual, target) > 0 },
    context.path,
  );
  if (reasonMissing !== undefined) return failure([reasonMissing]);
  const rateLabel = rateQuantity(rule.rateLabel, quantities.controlRate);
  const inPercent = rule.unit === 'percent';
  const withinLimit = compareDecimals(actual, target) <= 0;
  const over = withinLimit ? undefined : overLimit(rule, actual, target, context);
  const trace = (): TraceStep[] => {
    // The rate is shown (and the linear excess derived from it) only: it divides on read.
    const rate = target.isZero() ? null : actual.dividedBy(target);
    const shown = inPercent ? percent : plain;
    const steps: TraceStep[] = [];
    if (rate !== null && !inPercent) {
      steps.push(step(rateLabel, 'divide', [plain(actual), plain(target)], percent(rate)));
    }
    steps.push(
      step(
        quantities.met,
        'compare',
        [shown(actual), shown(target)],
        { value: withinLimit ? 'true' : 'false' },
        { comparator: '≤' },
      ),
    );
    if (over === undefined) {
      steps.push(
        step(quantities.score, 'select', [plain(weight)], plain(weight), {
          note: { zh: '未超过目标值，得满分', en: 'within the limit: full marks' },
        }),
      );
    } else {
      steps.push(...over.steps(rate));
    }
    return steps;
  };
  const score = over?.score ?? weight;
  const exact = over?.exact;
  return success(
    exact === undefined
      ? { score, findings: noFindings, trace }
      : { score, findings: noFindings, trace, exact },
  );
}
