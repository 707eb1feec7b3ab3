import type { Language } from '../../issues/Language.js';
import { joinParts, percentOf, targetPart } from '../support/describeSupport.js';
import type { RatioRule } from './ratioRule.js';

/**
 * Describes a ratio rule in one line, e.g. "正向：实际 ÷ 目标 × 分值，100% 得满分；≥120% 提示复核".
 *
 * @param rule - the rule
 * @param lang - `zh` or `en`
 * @returns the description
 */
export function describeRatio(rule: RatioRule, lang: Language): string {
  const zh = lang === 'zh';
  const cap = percentOf(rule.cap);
  const parts = [
    zh
      ? `正向：实际 ÷ 目标 × 分值，${cap} 得满分`
      : `ratio: actual ÷ target × weight, full at ${cap}`,
  ];
  parts.push(...targetPart(rule.target, lang));
  if (rule.roundRateTo !== undefined) {
    parts.push(
      zh
        ? `完成率先保留 ${rule.roundRateTo} 位小数`
        : `rate rounded to ${rule.roundRateTo} dp first`,
    );
  }
  if (rule.reviewAbove !== false) {
    const review = percentOf(rule.reviewAbove);
    parts.push(zh ? `≥${review} 提示复核` : `review at ≥${review}`);
  }
  return joinParts(parts, lang);
}
