import type { DecimalInput } from '../../decimal/DecimalInput.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { decimal } from '../../decimal/decimal.js';
import type { LocalizedText } from '../../issues/LocalizedText.js';
import { requireObject } from '../support/builderArguments.js';
import { deviationRequirementOf, type DeviationReasonRequirement } from '../support/ruleSupport.js';

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
  readonly deviationReason?: {
    readonly above?: DecimalInput | false;
    readonly whenMissed?: boolean;
  };
}

/**
 * Builds a ratio rule: full weight at `cap` (default 100%), review flag at `reviewAbove`
 * (default 120%), rate not rounded before multiplying unless `roundRateTo` is given.
 *
 * @param options - the rule's parameters
 * @returns the rule data
 * @throws JixiaoError when a decimal is malformed (`decimal`), or with an `invalid_argument`
 *   issue when untyped code passes options that are not an object
 *
 * @example
 * ratioRule({ rateLabel: { zh: '支出率', en: 'execution rate' } });
 */
export function ratioRule(options: RatioRuleOptions = {}): RatioRule {
  requireObject(options, 'options');
  return {
    kind: 'ratio',
    cap: decimal(options.cap ?? 1),
    reviewAbove: options.reviewAbove === false ? false : decimal(options.reviewAbove ?? '1.2'),
    ...(options.roundRateTo === undefined ? {} : { roundRateTo: options.roundRateTo }),
    ...(options.rateLabel === undefined ? {} : { rateLabel: options.rateLabel }),
    ...(options.target === undefined ? {} : { target: decimal(options.target) }),
    ...(options.deviationReason === undefined
      ? {}
      : {
          deviationReason: deviationRequirementOf(options.deviationReason) ?? { whenMissed: false },
        }),
  };
}
