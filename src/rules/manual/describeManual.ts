import type { Language } from '../../issues/Language.js';
import type { ManualRule } from './manualRule.js';

/**
 * Describes a manual rule in one line: "评价人打分：0 至满分，低于满分须说明理由".
 *
 * @param _rule - the rule (it has no parameters)
 * @param lang - `zh` or `en`
 * @returns the description
 */
export function describeManual(_rule: ManualRule, lang: Language): string {
  return lang === 'zh'
    ? '评价人打分：0 至满分，低于满分须说明理由'
    : 'manual: 0 to full marks, with a reason below full';
}
