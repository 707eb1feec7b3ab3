import { formatDecimal } from '../../decimal/formatDecimal.js';
import type { Language } from '../../issues/Language.js';
import { amount, percentOf } from '../support/describeSupport.js';
import { comparatorSymbols, type ThresholdRule } from './thresholdRule.js';

/**
 * Describes a threshold rule in one line, e.g. "达标：实际 ≥ 90% 得满分，否则 0 分".
 *
 * @param rule - the rule
 * @param lang - `zh` or `en`
 * @returns the description
 */
export function describeThreshold(rule: ThresholdRule, lang: Language): string {
  const zh = lang === 'zh';
  const otherwise = formatDecimal(rule.otherwise);
  if (rule.comparison === 'yes') {
    return zh
      ? `是否：是得满分，否得 ${otherwise} 分`
      : `yes/no: yes earns full marks, no ${otherwise}`;
  }
  const symbol = comparatorSymbols[rule.comparison];
  const target = rule.target;
  const shown =
    target === undefined
      ? zh
        ? '目标值'
        : 'target'
      : rule.unit === 'percent'
        ? percentOf(target)
        : amount(target);
  return zh
    ? `达标：实际 ${symbol} ${shown} 得满分，否则 ${otherwise} 分`
    : `threshold: actual ${symbol} ${shown} earns full marks, else ${otherwise}`;
}
