import type { Language } from '../../issues/Language.js';
import { localize } from '../../issues/LocalizedText.js';
import { percentOf } from '../support/describeSupport.js';
import type { Level, LevelRule } from './levelRule.js';

function shareText(award: Level['award'], zh: boolean): string {
  if ('fraction' in award) return percentOf(award.fraction);
  const { range } = award;
  const open = range.minInclusive ? '[' : '(';
  const close = range.maxInclusive ? ']' : ')';
  return `${open}${percentOf(range.min)}, ${percentOf(range.max)}${close}${zh ? ' 评价人给分' : ' judged'}`;
}

/**
 * Describes a level rule in one line, e.g. "定性：完成 100% / 部分完成 (0%, 100%) 评价人给分 / 未完成 0%".
 *
 * @param rule - the rule
 * @param lang - `zh` or `en`
 * @returns the description
 */
export function describeLevel(rule: LevelRule, lang: Language): string {
  const zh = lang === 'zh';
  const levels = rule.levels.map(
    (level) => `${localize(level.name, lang)} ${shareText(level.award, zh)}`,
  );
  return `${zh ? '定性' : 'levels'}：${levels.join(' / ')}`;
}
