import { formatDecimal } from '../decimal/formatDecimal.js';
import type { Dec } from '../decimal/JixiaoDecimal.js';
import { equalRule } from '../rules/equal/index.js';
import { nationalLevelRule } from '../rules/level/index.js';
import { ratioRule } from '../rules/ratio/index.js';
import { reverseRule } from '../rules/reverse/index.js';
import type { Rule } from '../rules/Rule.js';
import { leaf } from '../scheme/builders.js';
import { freezeScheme } from '../scheme/freezeScheme.js';
import type { LeafNode, RuleBasis } from '../scheme/Scheme.js';
import type { DepartmentIndicator } from './Preset.js';

const nationalFormulas: Readonly<Record<DepartmentIndicator['comparison'], string>> = {
  '>=': '正向指标（≥）：实际值达到目标值得满分，否则按 实际值 ÷ 目标值 × 分值 计分；达到目标值 120% 及以上的提示复核（财预〔2020〕10号 自评计分规则）',
  '>': '正向指标（>）：实际值达到目标值得满分，否则按 实际值 ÷ 目标值 × 分值 计分；达到目标值 120% 及以上的提示复核（财预〔2020〕10号 自评计分规则）',
  '=': '等于指标（=）：目标值为 0 时实际值为 0 得满分，否则按正向指标计分（财预〔2020〕10号 自评计分规则）',
  '<=': '反向指标（≤）：不超过目标值得满分，超出时按 (1 − 超出比例) × 分值 计分，达到 2 倍目标值不得分（财预〔2020〕10号 自评计分规则）',
  '<': '反向指标（<）：不超过目标值得满分，超出时按 (1 − 超出比例) × 分值 计分，达到 2 倍目标值不得分（财预〔2020〕10号 自评计分规则）',
  qualitative:
    '定性指标：达成年度指标 [80%, 100%]、部分达成 [60%, 80%)、未达成 [0, 60%)，评价人在档内给分并说明理由（财预〔2020〕10号 自评计分规则）',
};

/** The basis of a comparison's rule: one frozen object each, shared by every leaf built. */
const nationalBasis = (comparison: DepartmentIndicator['comparison']): RuleBasis =>
  Object.freeze({ kind: 'national', reference: nationalFormulas[comparison] });
const nationalBases: Readonly<Record<DepartmentIndicator['comparison'], RuleBasis>> = {
  '>=': nationalBasis('>='),
  '>': nationalBasis('>'),
  '=': nationalBasis('='),
  '<=': nationalBasis('<='),
  '<': nationalBasis('<'),
  qualitative: nationalBasis('qualitative'),
};

let sharedLevelRule: Rule | undefined;

/**
 * The national qualitative rule, which has no parameters: one deep-frozen rule shared by every
 * qualitative leaf built, so that freezing, reading and preparing a scheme meet it as known.
 */
function nationalQualitativeRule(): Rule {
  sharedLevelRule ??= freezeScheme(nationalLevelRule());
  return sharedLevelRule;
}

/** When a deviation reason is required of a department's quantitative indicators. */
export interface DeviationOptions {
  readonly above?: Dec | false;
  readonly whenMissed?: boolean;
}

/**
 * Turns a department's own indicator into a leaf with the national rule for its comparison.
 *
 * @internal
 */
export function departmentIndicatorLeaf(
  indicator: DepartmentIndicator,
  deviation?: DeviationOptions,
): LeafNode {
  const target = indicator.target;
  const fixed = target === undefined ? {} : { target };
  const reason =
    deviation === undefined
      ? {}
      : {
          deviationReason: {
            ...(deviation.above === undefined ? {} : { above: deviation.above }),
            ...(deviation.whenMissed === undefined ? {} : { whenMissed: deviation.whenMissed }),
          },
        };
  const percent = indicator.unit === '%' ? { unit: 'percent' as const } : {};
  let rule: Rule;
  switch (indicator.comparison) {
    case '>=':
    case '>':
      rule = ratioRule({ ...fixed, ...reason });
      break;
    case '=':
      rule = equalRule({ ...fixed, ...reason });
      break;
    case '<=':
    case '<':
      rule = reverseRule({
        ...fixed,
        ...percent,
        ...(deviation?.whenMissed === undefined
          ? {}
          : { deviationReason: { whenMissed: deviation.whenMissed } }),
      });
      break;
    case 'qualitative':
      rule = nationalQualitativeRule();
      break;
    default: {
      const unknown: never = indicator.comparison;
      throw new Error(`unreachable: comparison ${String(unknown)}`);
    }
  }
  const basis = nationalBases[indicator.comparison];
  const shownTarget =
    target === undefined
      ? ''
      : indicator.unit === '%'
        ? formatDecimal(target.times(100))
        : formatDecimal(target);
  const written =
    indicator.targetText ??
    (target === undefined
      ? undefined
      : `${indicator.comparison === 'qualitative' ? '' : indicator.comparison}${shownTarget}${indicator.unit ?? ''}`);
  return leaf(indicator.id, indicator.name, indicator.weight, rule, {
    basis,
    ...(written === undefined
      ? {}
      : { description: { zh: `年度指标值：${written}`, en: `annual target: ${written}` } }),
  });
}
