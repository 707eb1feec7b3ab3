import type { Language } from '../../issues/Language.js';
import { joinParts, targetPart } from '../support/describeSupport.js';
import type { EqualRule } from './equalRule.js';

/**
 * Describes an equal rule in one line, e.g. "等于：目标为 0 时实际为 0 得满分，否则按正向计分；目标值 0".
 *
 * @param rule - the rule
 * @param lang - `zh` or `en`
 * @returns the description
 */
export function describeEqual(rule: EqualRule, lang: Language): string {
  const parts = [
    lang === 'zh'
      ? '等于：目标为 0 时实际为 0 得满分，否则按正向计分'
      : 'equal: with a zero target, 0 earns full marks; otherwise as ratio',
  ];
  parts.push(...targetPart(rule.target, lang));
  return joinParts(parts, lang);
}
