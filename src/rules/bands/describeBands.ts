import { formatDecimal } from '../../decimal/formatDecimal.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import type { Language } from '../../issues/Language.js';
import { amount, percentOf } from '../support/describeSupport.js';
import type { Band, BandsRule } from './bandsRule.js';

function bandText(band: Band, show: (value: Dec) => string, zh: boolean): string {
  const from =
    band.from === undefined ? '(-∞' : `${band.from.inclusive ? '[' : '('}${show(band.from.value)}`;
  const to =
    band.to === undefined ? '+∞)' : `${show(band.to.value)}${band.to.inclusive ? ']' : ')'}`;
  const award =
    'points' in band.award
      ? zh
        ? `${formatDecimal(band.award.points)} 分`
        : formatDecimal(band.award.points)
      : percentOf(band.award.fraction);
  return `${from}, ${to} → ${award}`;
}

/**
 * Describes a bands rule in one line, e.g. "分档：(-∞, 60%) → 0 分；[60%, 80%) → 6 分；…".
 *
 * @param rule - the rule
 * @param lang - `zh` or `en`
 * @returns the description
 */
export function describeBands(rule: BandsRule, lang: Language): string {
  const zh = lang === 'zh';
  const show = (value: Dec): string => (rule.measure === 'rate' ? percentOf(value) : amount(value));
  const bands = rule.bands.map((band) => bandText(band, show, zh)).join(zh ? '；' : '; ');
  return `${zh ? '分档' : 'bands'}：${bands}`;
}
