import { decimal } from '../../decimal/decimal.js';
import type { DecimalInput } from '../../decimal/DecimalInput.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import type { LocalizedText } from '../../issues/LocalizedText.js';
import { requireObject } from '../support/builderArguments.js';
import { deviationRequirementOf, type DeviationReasonRequirement } from '../support/ruleSupport.js';

/**
 * The national 等于 (=) rule: with a zero target, an actual of 0 earns the weight and anything
 * more earns nothing; with a positive target it scores as 正向 (actual ÷ target, capped).
 */
export interface EqualRule {
  readonly kind: 'equal';
  readonly reviewAbove: Dec | false;
  readonly rateLabel?: LocalizedText;
  readonly target?: Dec;
  readonly deviationReason?: DeviationReasonRequirement;
}

/** Options of {@link equalRule}. */
export interface EqualRuleOptions {
  readonly reviewAbove?: DecimalInput | false;
  readonly rateLabel?: LocalizedText;
  readonly target?: DecimalInput;
  readonly deviationReason?: {
    readonly above?: DecimalInput | false;
    readonly whenMissed?: boolean;
  };
}

/**
 * Builds an equal rule (review flag at 120% unless `reviewAbove` says otherwise).
 *
 * @param options - the rule's parameters
 * @returns the rule data
 * @throws JixiaoError when a decimal is malformed (`decimal`), or with an `invalid_argument`
 *   issue when untyped code passes options that are not an object
 *
 * @example
 * equalRule({ target: 0 }); // 安全事故 = 0 起
 */
export function equalRule(options: EqualRuleOptions = {}): EqualRule {
  requireObject(options, 'options');
  return {
    kind: 'equal',
    reviewAbove: options.reviewAbove === false ? false : decimal(options.reviewAbove ?? '1.2'),
    ...(options.rateLabel === undefined ? {} : { rateLabel: options.rateLabel }),
    ...(options.target === undefined ? {} : { target: decimal(options.target) }),
    ...(options.deviationReason === undefined
      ? {}
      : {
          deviationReason: deviationRequirementOf(options.deviationReason) ?? { whenMissed: false },
        }),
  };
}
