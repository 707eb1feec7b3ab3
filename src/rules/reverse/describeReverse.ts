import { formatDecimal } from '../../decimal/formatDecimal.js';
import type { Language } from '../../issues/Language.js';
import { joinParts, targetPart } from '../support/describeSupport.js';
import type { ReverseFormula, ReverseRule } from './reverseRule.js';

function beyondLimit(formula: ReverseFormula, zh: boolean): string {
  switch (formula.type) {
    case 'linear':
      return zh
        ? '超出按 (1 − 超出比例) × 分值，2 倍目标值及以上不得分'
        : 'beyond it (1 − excess ratio) × weight, 0 from twice the target';
    case 'inverse':
      return zh ? '超出按 分值 × 目标 ÷ 实际' : 'beyond it weight × target ÷ actual';
    case 'perPoint': {
      const points = formatDecimal(formula.points);
      return zh
        ? `每超 1 个百分点扣 ${points} 分${formula.interpolate ? '（不足 1 个百分点按插值）' : ''}，扣完为止`
        : `${points} off per percentage point over${formula.interpolate ? ' (pro rata)' : ''}, floor 0`;
    }
    default: {
      const unknown: never = formula;
      throw new Error(`unreachable: reverse formula ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Describes a reverse rule in one line, e.g. "反向：不超过目标值得满分，每超 1 个百分点扣 0.5 分，扣完为止".
 *
 * @param rule - the rule
 * @param lang - `zh` or `en`
 * @returns the description
 */
export function describeReverse(rule: ReverseRule, lang: Language): string {
  const zh = lang === 'zh';
  const beyond = beyondLimit(rule.formula, zh);
  const parts = [
    zh ? `反向：不超过目标值得满分，${beyond}` : `reverse: full marks up to the target, ${beyond}`,
  ];
  parts.push(...targetPart(rule.target, lang, rule.unit === 'percent'));
  return joinParts(parts, lang);
}
