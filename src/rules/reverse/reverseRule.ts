import type { DecimalInput } from '../../decimal/DecimalInput.js';
import { type Dec } from '../../decimal/JixiaoDecimal.js';
import { decimal } from '../../decimal/decimal.js';
import type { LocalizedText } from '../../issues/LocalizedText.js';
import { requireObject } from '../support/builderArguments.js';
import { type DeviationReasonRequirement } from '../support/ruleSupport.js';

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

const formulaExpected = {
  zh: '计分公式 { type: "linear" | "inverse" | "perPoint", … }',
  en: 'a formula { type: "linear" | "inverse" | "perPoint", … }',
};

/** Options of {@link reverseRule}. */
export interface ReverseRuleOptions {
  readonly formula?:
    | { readonly type: 'linear' }
    | { readonly type: 'inverse' }
    | {
        readonly type: 'perPoint';
        readonly points: DecimalInput;
        readonly excess?: 'points' | 'relative';
        readonly interpolate?: boolean;
      };
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
 * @throws JixiaoError when a decimal is malformed (`decimal`), or with an `invalid_argument`
 *   issue when untyped code passes options (or their formula or deviationReason) that are not an object
 *
 * @example
 * reverseRule({ formula: { type: 'perPoint', points: '0.5' } }); // 每超过一个百分点扣 0.5 分
 */
export function reverseRule(options: ReverseRuleOptions = {}): ReverseRule {
  requireObject(options, 'options');
  const formula = options.formula ?? { type: 'linear' };
  requireObject(formula, 'options.formula', formulaExpected);
  if (options.deviationReason !== undefined) {
    requireObject(options.deviationReason, 'options.deviationReason');
  }
  return {
    kind: 'reverse',
    formula:
      formula.type === 'perPoint'
        ? {
            type: 'perPoint',
            points: decimal(formula.points),
            excess: formula.excess ?? 'points',
            interpolate: formula.interpolate ?? false,
          }
        : { type: formula.type },
    ...(options.rateLabel === undefined ? {} : { rateLabel: options.rateLabel }),
    ...(options.target === undefined ? {} : { target: decimal(options.target) }),
    ...(options.unit === undefined ? {} : { unit: options.unit }),
    ...(options.deviationReason === undefined
      ? {}
      : { deviationReason: { whenMissed: options.deviationReason.whenMissed ?? false } }),
  };
}
