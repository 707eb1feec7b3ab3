import type { DecimalInput } from '../decimal/DecimalInput.js';
import { decimal } from '../decimal/decimal.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { roundDecimal } from '../decimal/roundDecimal.js';
import { failure, success, type Result } from '../issues/Result.js';
import type { Issue } from '../issues/Issue.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import type { Finding } from './Finding.js';
import type { LeafInput } from './LeafInput.js';
import type { RuleContext, RuleKind, RuleOutcome } from './RuleKind.js';
import type { TraceStep } from './TraceStep.js';
import {
  checkNonNegative,
  deviationReasonIssue,
  deviationRequirementOf,
  invalidParameter,
  quantities,
  measuredValues,
  ONE,
  percent,
  plain,
  reviewFinding,
  step,
  zeroTarget,
  type DeviationReasonRequirement,
  type Quantity,
} from './ruleSupport.js';

/** A rule that awards the weight in proportion to actual ÷ target, capped at the weight (正向指标). */
export interface RatioRule {
  readonly kind: 'ratio';
  /** Completion at which the full weight is awarded (1 = 100%). */
  readonly cap: Dec;
  /** Completion at or above which the score is flagged for review (1.2 = 120%), or `false`. */
  readonly reviewAbove: Dec | false;
  /** Decimal places to round the rate to before multiplying (e.g. 4 → 99.56%); off when absent. */
  readonly roundRateTo?: number;
  /** What the rate is called in explanations, e.g. 支出率 / execution rate. */
  readonly rateLabel?: LocalizedText;
  /** The target, when the scheme fixes it rather than the input. */
  readonly target?: Dec;
  /** When the input must carry a deviation reason (偏差原因). */
  readonly deviationReason?: DeviationReasonRequirement;
}

/** Options of {@link ratioRule}. */
export interface RatioRuleOptions {
  readonly cap?: DecimalInput;
  readonly reviewAbove?: DecimalInput | false;
  readonly roundRateTo?: number;
  readonly rateLabel?: LocalizedText;
  readonly target?: DecimalInput;
  /** Require a deviation reason at or above `above` × target, and/or when the target is missed. */
  readonly deviationReason?: { readonly above?: DecimalInput | false; readonly whenMissed?: boolean };
}

/**
 * Builds a ratio rule: full weight at `cap` (default 100%), review flag at `reviewAbove`
 * (default 120%), rate not rounded before multiplying unless `roundRateTo` is given.
 *
 * @param options - the rule's parameters
 * @returns the rule data
 *
 * @example
 * ratioRule({ rateLabel: { zh: '支出率', en: 'execution rate' } });
 */
export function ratioRule(options: RatioRuleOptions = {}): RatioRule {
  return {
    kind: 'ratio',
    cap: decimal(options.cap ?? 1),
    reviewAbove: options.reviewAbove === false ? false : decimal(options.reviewAbove ?? '1.2'),
    ...(options.roundRateTo === undefined ? {} : { roundRateTo: options.roundRateTo }),
    ...(options.rateLabel === undefined ? {} : { rateLabel: options.rateLabel }),
    ...(options.target === undefined ? {} : { target: decimal(options.target) }),
    ...(options.deviationReason === undefined ? {} : { deviationReason: deviationRequirementOf(options.deviationReason) ?? { whenMissed: false } }),
  };
}

/** The rate as a rule names it (支出率), or the default name of its quantity. */
export function rateQuantity(text: LocalizedText | undefined, fallback: Quantity): Quantity {
  return text === undefined ? fallback : { role: fallback.role, label: { zh: text.zh, en: text.en ?? fallback.label.en } };
}

/**
 * Scores actual ÷ target against a weight, as ratio and equal rules share it.
 *
 * @internal
 */
export function scoreRatio(rule: Omit<RatioRule, 'kind'>, actual: Dec, target: Dec, context: RuleContext): RuleOutcome {
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
  if (capped) trace.push(step(quantities.cappedRate, 'min', [percent(scoredRate), percent(rule.cap)], percent(rule.cap)));
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
  if (!capIsOne) trace.push(step(quantities.cappedRate, 'divide', [percent(capped ? rule.cap : scoredRate), percent(rule.cap)], percent(fraction)));
  trace.push(step(quantities.score, 'multiply', [plain(weight), percent(fraction)], plain(score)));
  const findings: Finding[] = [];
  if (rule.reviewAbove !== false && actual.greaterThanOrEqualTo(rule.reviewAbove.times(target))) {
    findings.push(reviewFinding(actual, target, rule.reviewAbove));
  }
  return { score, trace, findings };
}

/**
 * Checks the parameters shared by ratio-like rules.
 *
 * @internal
 */
export function validateRatioParameters(rule: Omit<RatioRule, 'kind'>, path: readonly (string | number)[]): readonly Issue[] {
  const issues: Issue[] = [];
  if (!rule.cap.greaterThan(0)) {
    issues.push(invalidParameter([...path, 'cap'], 'cap（满分完成率）须大于 0', 'cap must be greater than 0', { expected: '> 0', received: rule.cap.toString() }));
  }
  if (rule.reviewAbove !== false && !rule.reviewAbove.greaterThan(0)) {
    issues.push(invalidParameter([...path, 'reviewAbove'], 'reviewAbove 须大于 0', 'reviewAbove must be greater than 0'));
  }
  if (rule.roundRateTo !== undefined && !(Number.isInteger(rule.roundRateTo) && rule.roundRateTo >= 0 && rule.roundRateTo <= 20)) {
    issues.push(invalidParameter([...path, 'roundRateTo'], 'roundRateTo 须为 0 至 20 的整数', 'roundRateTo must be a whole number from 0 to 20'));
  }
  issues.push(...checkNonNegative(rule.target, [...path, 'target'], 'target'));
  return issues;
}

/** The `ratio` rule kind: 正向 / 完成率 indicators, including 预算资金支出率. */
export const ratioRuleKind: RuleKind<RatioRule> = {
  kind: 'ratio',
  inputFields: ['actual', 'target'],
  directionOf: () => 'increasing',
  // Rounding the rate first makes steps of one unit in its last place: no continuity is promised.
  shapeOf: (rule) => (rule.roundRateTo === undefined ? { type: 'continuous' } : undefined),
  validateRule: (rule, _weight, path) => validateRatioParameters(rule, path),
  evaluate(rule: RatioRule, input: LeafInput, context: RuleContext): Result<RuleOutcome> {
    const values = measuredValues(input, context.path, 'ratio', rule.target);
    if (!values.ok) return values;
    const { actual, target } = values.value;
    if (target.isZero()) return failure([zeroTarget(context.path, 'ratio')]);
    const reasonMissing = deviationReasonIssue(rule.deviationReason, input, { actual, target, missed: actual.lessThan(target.times(rule.cap)) }, context.path);
    if (reasonMissing !== undefined) return failure([reasonMissing]);
    return success(scoreRatio(rule, actual, target, context));
  },
};

