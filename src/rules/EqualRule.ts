import type { DecimalInput } from '../decimal/DecimalInput.js';
import { decimal } from '../decimal/decimal.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { failure, success } from '../issues/Result.js';
import type { LocalizedText } from '../issues/LocalizedText.js';
import { scoreRatio, validateRatioParameters } from './RatioRule.js';
import type { RuleKind } from './RuleKind.js';
import { deviationReasonIssue, deviationRequirementOf, quantities, measuredValues, ONE, plain, step, ZERO, type DeviationReasonRequirement } from './ruleSupport.js';

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
  readonly deviationReason?: { readonly above?: DecimalInput | false; readonly whenMissed?: boolean };
}

/**
 * Builds an equal rule (review flag at 120% unless `reviewAbove` says otherwise).
 *
 * @param options - the rule's parameters
 * @returns the rule data
 *
 * @example
 * equalRule({ target: 0 }); // 安全事故 = 0 起
 */
export function equalRule(options: EqualRuleOptions = {}): EqualRule {
  return {
    kind: 'equal',
    reviewAbove: options.reviewAbove === false ? false : decimal(options.reviewAbove ?? '1.2'),
    ...(options.rateLabel === undefined ? {} : { rateLabel: options.rateLabel }),
    ...(options.target === undefined ? {} : { target: decimal(options.target) }),
    ...(options.deviationReason === undefined ? {} : { deviationReason: deviationRequirementOf(options.deviationReason) ?? { whenMissed: false } }),
  };
}

/** The `equal` rule kind (等于指标). */
export const equalRuleKind: RuleKind<EqualRule> = {
  kind: 'equal',
  inputFields: ['actual', 'target'],
  // With a zero target the score falls as the actual grows; with a positive one it rises.
  directionOf: (rule) => (rule.target === undefined ? 'none' : rule.target.isZero() ? 'decreasing' : 'increasing'),
  shapeOf: (rule, weight, input) => {
    const target = rule.target ?? input.target;
    return target === undefined ? undefined : target.isZero() ? { type: 'stepwise', steps: [ZERO, weight] } : { type: 'continuous' };
  },
  validateRule: (rule, _weight, path) => validateRatioParameters({ ...rule, cap: ONE }, path),
  evaluate(rule, input, context) {
    const values = measuredValues(input, context.path, 'equal', rule.target);
    if (!values.ok) return values;
    const { actual, target } = values.value;
    const reasonMissing = deviationReasonIssue(rule.deviationReason, input, { actual, target, missed: target.isZero() ? actual.greaterThan(ZERO) : actual.lessThan(target) }, context.path);
    if (reasonMissing !== undefined) return failure([reasonMissing]);
    if (!target.isZero()) return success(scoreRatio({ ...rule, cap: ONE }, actual, target, context));
    const met = actual.lessThanOrEqualTo(ZERO);
    const score = met ? context.weight : ZERO;
    return success({
      score,
      trace: [
        step(quantities.met, 'compare', [plain(actual), plain(ZERO)], { value: met ? 'true' : 'false' }, { comparator: '≤' }),
        step(quantities.score, 'select', [plain(context.weight)], plain(score), {
          note: met
            ? { zh: '目标值为 0，实际值未超过 0，得满分', en: 'target is 0 and the actual is not above it: full marks' }
            : { zh: '目标值为 0，实际值大于 0，不得分', en: 'target is 0 and the actual is above it: no marks' },
        }),
      ],
      findings: [],
    });
  },
};
