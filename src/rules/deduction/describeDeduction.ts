import { formatDecimal } from '../../decimal/formatDecimal.js';
import type { Language } from '../../issues/Language.js';
import type { DeductionRule } from './deductionRule.js';

/**
 * Describes a deduction rule in one line, e.g. "扣分：每次（每项）扣 0.5 分，扣完为止".
 *
 * @param rule - the rule
 * @param lang - `zh` or `en`
 * @returns the description
 */
export function describeDeduction(rule: DeductionRule, lang: Language): string {
  const each = formatDecimal(rule.pointsEach);
  const most = rule.maxDeduction === undefined ? undefined : formatDecimal(rule.maxDeduction);
  return lang === 'zh'
    ? `扣分：每次（每项）扣 ${each} 分${most === undefined ? '' : `，最多扣 ${most} 分`}，扣完为止`
    : `deduction: ${each} per occurrence${most === undefined ? '' : `, at most ${most}`}, floor 0`;
}
