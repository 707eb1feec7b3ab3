import { formatPercent } from '../decimal/formatPercent.js';
import { formatDecimal } from '../decimal/formatDecimal.js';
import { groupThousands } from '../decimal/groupThousands.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import type { Language } from '../issues/Language.js';
import type { Rule } from '../rules/Rule.js';
import type { RuleBase } from '../rules/RuleBase.js';
import { localize } from '../issues/LocalizedText.js';

const percentOf = (value: Dec): string => formatPercent(value, 'exact');
const amount = (value: Dec): string => groupThousands(formatDecimal(value));

const builtIn = new Set<string>(['ratio', 'equal', 'reverse', 'threshold', 'bands', 'level', 'deduction', 'manual']);

function isBuiltIn(rule: RuleBase): rule is Rule {
  return builtIn.has(rule.kind);
}

/**
 * Describes a rule in one line, for documentation and score sheets: its kind and parameters,
 * e.g. "正向：实际 ÷ 目标 × 分值，封顶 100%；目标值 1,050；≥120% 提示复核".
 *
 * @param rule - a built-in rule (custom kinds are named by their `kind`)
 * @param lang - `zh` (default) or `en`
 * @returns the description
 */
export function describeRule(rule: RuleBase, lang: Language = 'zh'): string {
  if (!isBuiltIn(rule)) return rule.kind;
  const zh = lang === 'zh';
  const parts: string[] = [];
  const target = (value: Dec | undefined, asPercent = false) => {
    if (value !== undefined) parts.push(zh ? `目标值 ${asPercent ? percentOf(value) : amount(value)}` : `target ${asPercent ? percentOf(value) : amount(value)}`);
  };
  switch (rule.kind) {
    case 'ratio':
      parts.push(zh ? `正向：实际 ÷ 目标 × 分值，${percentOf(rule.cap)} 得满分` : `ratio: actual ÷ target × weight, full at ${percentOf(rule.cap)}`);
      target(rule.target);
      if (rule.roundRateTo !== undefined) parts.push(zh ? `完成率先保留 ${rule.roundRateTo} 位小数` : `rate rounded to ${rule.roundRateTo} dp first`);
      if (rule.reviewAbove !== false) parts.push(zh ? `≥${percentOf(rule.reviewAbove)} 提示复核` : `review at ≥${percentOf(rule.reviewAbove)}`);
      break;
    case 'equal':
      parts.push(zh ? '等于：目标为 0 时实际为 0 得满分，否则按正向计分' : 'equal: with a zero target, 0 earns full marks; otherwise as ratio');
      target(rule.target);
      break;
    case 'reverse': {
      const formula = rule.formula;
      const beyond =
        formula.type === 'linear'
          ? zh ? '超出按 (1 − 超出比例) × 分值，2 倍目标值及以上不得分' : 'beyond it (1 − excess ratio) × weight, 0 from twice the target'
          : formula.type === 'inverse'
            ? zh ? '超出按 分值 × 目标 ÷ 实际' : 'beyond it weight × target ÷ actual'
            : zh ? `每超 1 个百分点扣 ${formatDecimal(formula.points)} 分${formula.interpolate ? '（不足 1 个百分点按插值）' : ''}，扣完为止` : `${formatDecimal(formula.points)} off per percentage point over${formula.interpolate ? ' (pro rata)' : ''}, floor 0`;
      parts.push(zh ? `反向：不超过目标值得满分，${beyond}` : `reverse: full marks up to the target, ${beyond}`);
      target(rule.target, rule.unit === 'percent');
      break;
    }
    case 'threshold':
      if (rule.comparison === 'yes') parts.push(zh ? `是否：是得满分，否得 ${formatDecimal(rule.otherwise)} 分` : `yes/no: yes earns full marks, no ${formatDecimal(rule.otherwise)}`);
      else {
        const symbol = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' }[rule.comparison];
        const shown = rule.target === undefined ? (zh ? '目标值' : 'target') : rule.unit === 'percent' ? percentOf(rule.target) : amount(rule.target);
        parts.push(zh ? `达标：实际 ${symbol} ${shown} 得满分，否则 ${formatDecimal(rule.otherwise)} 分` : `threshold: actual ${symbol} ${shown} earns full marks, else ${formatDecimal(rule.otherwise)}`);
      }
      break;
    case 'bands':
      parts.push(
        `${zh ? '分档' : 'bands'}：${rule.bands
          .map((band) => {
            const show = (value: Dec) => (rule.measure === 'rate' ? percentOf(value) : amount(value));
            const range = `${band.from === undefined ? '(-∞' : `${band.from.inclusive ? '[' : '('}${show(band.from.value)}`}, ${band.to === undefined ? '+∞)' : `${show(band.to.value)}${band.to.inclusive ? ']' : ')'}`}`;
            const award = 'points' in band.award ? (zh ? `${formatDecimal(band.award.points)} 分` : formatDecimal(band.award.points)) : percentOf(band.award.fraction);
            return `${range} → ${award}`;
          })
          .join(zh ? '；' : '; ')}`,
      );
      break;
    case 'level':
      parts.push(
        `${zh ? '定性' : 'levels'}：${rule.levels
          .map((level) => {
            const award = level.award;
            const share =
              'fraction' in award
                ? percentOf(award.fraction)
                : `${award.range.minInclusive ? '[' : '('}${percentOf(award.range.min)}, ${percentOf(award.range.max)}${award.range.maxInclusive ? ']' : ')'}${zh ? ' 评价人给分' : ' judged'}`;
            return `${localize(level.name, lang)} ${share}`;
          })
          .join(' / ')}`,
      );
      break;
    case 'deduction':
      parts.push(
        zh
          ? `扣分：每次（每项）扣 ${formatDecimal(rule.pointsEach)} 分${rule.maxDeduction === undefined ? '' : `，最多扣 ${formatDecimal(rule.maxDeduction)} 分`}，扣完为止`
          : `deduction: ${formatDecimal(rule.pointsEach)} per occurrence${rule.maxDeduction === undefined ? '' : `, at most ${formatDecimal(rule.maxDeduction)}`}, floor 0`,
      );
      break;
    case 'manual':
      parts.push(zh ? '评价人打分：0 至满分，低于满分须说明理由' : 'manual: 0 to full marks, with a reason below full');
      break;
    default: {
      const unknown: never = rule;
      return String(unknown);
    }
  }
  return parts.join(zh ? '；' : '; ');
}
