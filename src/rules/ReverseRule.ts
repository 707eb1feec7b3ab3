import type { DecimalInput } from '../decimal/DecimalInput.js';
import { decimal } from '../decimal/decimal.js';
import { JixiaoDecimal, type Dec } from '../decimal/JixiaoDecimal.js';
import type { Issue } from '../issues/Issue.js';
import { failure, success } from '../issues/Result.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import type { RuleKind } from './RuleKind.js';
import type { TraceStep } from './TraceStep.js';
import { rateQuantity } from './RatioRule.js';
import { checkNonNegative, deviationReasonIssue, HUNDRED, invalidParameter, quantities, measuredValues, ONE, percent, plain, step, ZERO, type DeviationReasonRequirement, type Quantity } from './ruleSupport.js';

/**
 * How a reverse rule scores beyond the limit: `linear` (national: falls to 0 at twice the
 * target), `inverse` (weight × target ÷ actual), or `perPoint` (deduct `points` for each
 * percentage point over, 扣完为止).
 */
export type ReverseFormula =
  | { readonly type: 'linear' }
  | { readonly type: 'inverse' }
  | {
      readonly type: 'perPoint';
      /** Points deducted per percentage point over the limit. */
      readonly points: Dec;
      /**
       * How the excess is measured: `points` = (actual − target) × 100, for rates written as
       * fractions; `relative` = (actual − target) ÷ target × 100, for amounts against a budget.
       */
      readonly excess: 'points' | 'relative';
      /** Whether part of a point is deducted pro rata (插值法) rather than ignored. */
      readonly interpolate: boolean;
    };

/** A lower-is-better rule (反向指标): actual ≤ target earns the weight. */
export interface ReverseRule {
  readonly kind: 'reverse';
  readonly formula: ReverseFormula;
  readonly rateLabel?: LocalizedText;
  readonly target?: Dec;
  /** `percent` when actual and target are rates themselves (结转结余率 2.33% against 5%): they are shown as percentages and no ratio of the two is traced. */
  readonly unit?: 'percent';
  /** When the input must carry a deviation reason (偏差原因); for reverse rules only a missed limit counts. */
  readonly deviationReason?: DeviationReasonRequirement;
}

/** Options of {@link reverseRule}. */
export interface ReverseRuleOptions {
  readonly formula?:
    | { readonly type: 'linear' }
    | { readonly type: 'inverse' }
    | { readonly type: 'perPoint'; readonly points: DecimalInput; readonly excess?: 'points' | 'relative'; readonly interpolate?: boolean };
  readonly rateLabel?: LocalizedText;
  readonly target?: DecimalInput;
  readonly unit?: 'percent';
  readonly deviationReason?: { readonly whenMissed?: boolean };
}

/**
 * Builds a reverse rule; the formula defaults to the national linear one.
 *
 * @param options - the rule's parameters
 * @returns the rule data
 *
 * @example
 * reverseRule({ formula: { type: 'perPoint', points: '0.5' } }); // 每超过一个百分点扣 0.5 分
 */
export function reverseRule(options: ReverseRuleOptions = {}): ReverseRule {
  const formula = options.formula ?? { type: 'linear' };
  return {
    kind: 'reverse',
    formula:
      formula.type === 'perPoint'
        ? { type: 'perPoint', points: decimal(formula.points), excess: formula.excess ?? 'points', interpolate: formula.interpolate ?? false }
        : { type: formula.type },
    ...(options.rateLabel === undefined ? {} : { rateLabel: options.rateLabel }),
    ...(options.target === undefined ? {} : { target: decimal(options.target) }),
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    ...(options.deviationReason === undefined ? {} : { deviationReason: { whenMissed: options.deviationReason.whenMissed ?? false } }),
  };
}

const TWO = new JixiaoDecimal(2);
const inverseRatioLabel: Quantity = { role: 'ratio', label: { zh: '目标值与实际值之比', en: 'target ÷ actual' } };

/** The `reverse` rule kind (反向指标, e.g. 三公经费控制率, 结转结余率). */
export const reverseRuleKind: RuleKind<ReverseRule> = {
  kind: 'reverse',
  inputFields: ['actual', 'target'],
  directionOf: () => 'decreasing',
  shapeOf(rule, weight, input) {
    const { formula } = rule;
    const target = rule.target ?? input.target;
    if (formula.type === 'perPoint' && !formula.interpolate) return undefined;
    // Against a zero limit anything above 0 is infinitely far over: all or nothing.
    const pointsOverZero = formula.type === 'perPoint' && formula.excess === 'points';
    if (target?.isZero() === true && !pointsOverZero) return { type: 'stepwise', steps: [ZERO, weight] };
    return { type: 'continuous' };
  },
  validateRule(rule, _weight, path) {
    const issues: Issue[] = [...checkNonNegative(rule.target, [...path, 'target'], 'target')];
    if (rule.formula.type === 'perPoint' && !rule.formula.points.greaterThan(0)) {
      issues.push(invalidParameter([...path, 'formula', 'points'], '每百分点扣分须大于 0', 'points per percentage point must be greater than 0'));
    }
    return issues;
  },
  evaluate(rule, input, context) {
    const values = measuredValues(input, context.path, 'reverse', rule.target);
    if (!values.ok) return values;
    const { actual, target } = values.value;
    const { weight } = context;
    const reasonMissing = deviationReasonIssue(rule.deviationReason, input, { actual, target, missed: actual.greaterThan(target) }, context.path);
    if (reasonMissing !== undefined) return failure([reasonMissing]);
    const rateLabel = rateQuantity(rule.rateLabel, quantities.controlRate);
    const trace: TraceStep[] = [];
    const rate = target.isZero() ? null : actual.dividedBy(target);
    const shown = rule.unit === 'percent' ? percent : plain;
    if (rate !== null && rule.unit !== 'percent') trace.push(step(rateLabel, 'divide', [plain(actual), plain(target)], percent(rate)));
    const withinLimit = actual.lessThanOrEqualTo(target);
    trace.push(step(quantities.met, 'compare', [shown(actual), shown(target)], { value: withinLimit ? 'true' : 'false' }, { comparator: '≤' }));
    if (withinLimit) {
      trace.push(step(quantities.score, 'select', [plain(weight)], plain(weight), { note: { zh: '未超过目标值，得满分', en: 'within the limit: full marks' } }));
      return success({ score: weight, trace, findings: [] });
    }
    const { formula } = rule;
    let score: Dec;
    switch (formula.type) {
      case 'linear': {
        if (actual.greaterThanOrEqualTo(target.times(TWO))) {
          score = ZERO;
          trace.push(step(quantities.score, 'select', [plain(weight)], plain(ZERO), { note: { zh: '达到目标值的 2 倍及以上，不得分', en: 'at or beyond twice the target: no marks' } }));
          break;
        }
        // Here t > 0 (a > t ≥ 0 and a < 2t), so the rate exists; the excess is shown from it and
        // the score computed exactly below.
        const over = (rate ?? ONE).minus(ONE);
        trace.push(step(quantities.overRatio, 'divide', [plain(actual.minus(target)), plain(target)], percent(over)));
        // (1 − (a − t) ÷ t) × w, with the one division last: w × (2t − a) ÷ t.
        score = weight.times(target.times(TWO).minus(actual)).dividedBy(target);
        trace.push(step(quantities.score, 'multiply', [plain(weight), percent(ONE.minus(over))], plain(score)));
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
          trace.push(step(quantities.score, 'select', [plain(weight)], plain(ZERO), { note: { zh: '目标值为 0 且已超出，扣完为止', en: 'over a zero target: all points deducted' } }));
          break;
        }
        trace.push(
          formula.excess === 'points'
            ? step(quantities.excessPoints, 'multiply', [plain(actual.minus(target)), plain(HUNDRED)], plain(excess))
            : step(quantities.excessPoints, 'multiply', [percent(actual.minus(target).dividedBy(target)), plain(HUNDRED)], plain(excess)),
        );
        const counted = formula.interpolate ? excess : excess.truncated();
        if (!formula.interpolate) trace.push(step(quantities.countedPoints, 'round', [plain(excess)], plain(counted)));
        const deduction =
          formula.interpolate && formula.excess === 'relative'
            ? actual.minus(target).times(HUNDRED).times(formula.points).dividedBy(target)
            : counted.times(formula.points);
        trace.push(step(quantities.deduction, 'multiply', [plain(counted), plain(formula.points)], plain(deduction)));
        const applied = JixiaoDecimal.min(deduction, weight);
        if (deduction.greaterThan(weight)) trace.push(step(quantities.cappedDeduction, 'min', [plain(deduction), plain(weight)], plain(applied)));
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
  },
};
