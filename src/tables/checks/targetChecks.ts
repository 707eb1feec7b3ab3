import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { visibleText } from '../../issues/visibleText.js';
import { inferNumericRule, type NumericRule } from '../infer/index.js';
import { nodeWeight } from '../scoreTable/nodeSums.js';
import type {
  CellValue,
  IndicatorBlock,
  IndicatorNode,
  NumberValue,
} from '../scoreTable/ScoreTable.js';
import { equalityCheck, printedOf, seen } from './makeTableCheck.js';
import { walkNodes } from './nodeChecks.js';
import { plain } from './printedPrecision.js';
import type { SeenValue, TableCheck } from './TableCheck.js';

const numberOf = (value: CellValue | undefined): NumberValue | undefined =>
  value?.kind === 'number' ? value : undefined;

/** A rule's formula and kind in words, in both languages. */
interface RuleWords {
  readonly formulaZh: string;
  readonly formulaEn: string;
  readonly kindZh: string;
  readonly kindEn: string;
}

/** The formula of a rule in words, and what kind of indicator it takes the row for. */
function wordsOf(rule: NumericRule): RuleWords {
  if (rule.kind === 'reverse')
    return {
      formulaZh: 'min(max(2 − 完成值 ÷ 指标值, 0), 100%) × 分值',
      formulaEn: 'min(max(2 − actual ÷ target, 0), 100%) × weight',
      kindZh: '反向指标：不超过指标值得满分，超出部分按比例扣分，达 2 倍指标值得 0 分',
      kindEn:
        'less is better: full marks up to the target, a proportional deduction above it, 0 at twice the target',
    };
  if (rule.kind === 'equal' && rule.target.isZero())
    return {
      formulaZh: '(完成值 ≤ 0 ? 100% : 0) × 分值',
      formulaEn: '(actual ≤ 0 ? 100% : 0) × weight',
      kindZh: '等于 0 的指标',
      kindEn: 'a target of exactly 0',
    };
  return {
    formulaZh: 'min(完成值 ÷ 指标值, 100%) × 分值',
    formulaEn: 'min(actual ÷ target, 100%) × weight',
    kindZh: '正向指标',
    kindEn: 'more is better',
  };
}

/** The rule with its numbers, without the result: `min(1880 ÷ 2000, 100%) × 20`. */
function arithmeticOf(rule: NumericRule): string {
  const actual = plain(rule.actual, rule.percent);
  const target = plain(rule.target, rule.percent);
  const weight = plain(rule.weight);
  if (rule.kind === 'reverse') return `min(max(2 − ${actual} ÷ ${target}, 0), 100%) × ${weight}`;
  if (rule.kind === 'equal' && rule.target.isZero())
    return `(${actual} ≤ 0 ? 100% : 0) × ${weight}`;
  return `min(${actual} ÷ ${target}, 100%) × ${weight}`;
}

/** The cells the check reads: score first (the check's source), then target, actual, weight. */
function cellsOf(node: IndicatorNode, score: NumberValue): readonly SeenValue[] {
  const values = node.values ?? {};
  const weight = numberOf(values.weight);
  const nameWeight = node.nameWeight;
  return [
    ...seen('score', score),
    ...(values.nature?.kind === 'text' ? seen('nature', values.nature) : []),
    ...seen('target', values.target),
    ...(values.unit?.kind === 'text' ? seen('unit', values.unit) : []),
    ...seen('actual', values.actual),
    ...(weight !== undefined
      ? seen('weight', weight)
      : nameWeight === undefined
        ? []
        : [
            {
              role: 'weight',
              written: nameWeight.cell.text.trim(),
              location: nameWeight.cell.location,
            },
          ]),
  ];
}

/** The weight of a leaf with a positive weight, from its 分值 cell or its name cell. */
function positiveWeight(node: IndicatorNode): Dec | undefined {
  const weight = nodeWeight(node)?.value;
  return weight?.greaterThan(0) === true ? weight : undefined;
}

/** The target_score check of one leaf, or none when its row gives no numeric rule. */
function targetCheck(node: IndicatorNode, path: readonly string[]): readonly TableCheck[] {
  const values = node.values;
  const score = numberOf(values?.score);
  if (values === undefined || score === undefined || score.percent) return [];
  const weight = positiveWeight(node);
  if (weight === undefined) return [];
  const rule = inferNumericRule(values, weight);
  if (rule === undefined) return [];
  const target = visibleText(rule.written);
  const { formulaZh, formulaEn, kindZh, kindEn } = wordsOf(rule);
  const compared = equalityCheck(
    {
      code: 'target_score',
      subject: node.name,
      path,
      rule: {
        zh: `得分 = ${formulaZh}（${kindZh}；表中未写计分规则，由年度指标值「${target}」推断）`,
        en: `score = ${formulaEn} (${kindEn}; the table states no rule, so it is inferred from the written target "${target}")`,
      },
      values: cellsOf(node, score),
    },
    { zh: '得分', en: 'the score' },
    printedOf(score),
    rule.exact,
    arithmeticOf(rule),
  );
  const name = visibleText(node.name);
  const said = visibleText(score.cell.text.trim());
  const expected = compared.expected ?? '';
  const difference = compared.difference ?? '';
  const agrees = compared.verdict === 'consistent';
  return [
    {
      ...compared,
      verdict: agrees ? 'consistent' : 'warning',
      message: agrees
        ? {
            zh: `「${name}」得分 ${said} 与由年度指标值推断的规则一致：${compared.arithmetic}`,
            en: `"${name}": the score ${said} agrees with the rule inferred from the written target: ${compared.arithmetic}`,
          }
        : {
            zh: `「${name}」表中得分为 ${said}，按由年度指标值「${target}」推断的规则应得 ${expected}（${compared.arithmetic}，相差 ${difference}）；该规则系推断（表中未写计分规则），单位可能另有扣分办法，请复核`,
            en: `"${name}": the table scores ${said}; the rule inferred from the written target "${target}" gives ${expected} (${compared.arithmetic}, off by ${difference}); the rule is inferred (the table states none) and the department may apply its own deduction rule: please review`,
          },
      inferred: { assumption: rule.assumption },
    },
  ];
}

/**
 * Recomputes each scored leaf's score from its own written target and actual value where they
 * give a numeric rule (`≥`/`>` ratio capped at the weight, `=`, `≤`/`<` reverse; see
 * inferNumericRule), and compares it with the table's score at that cell's printed precision.
 * The rule is only inferred (the table states none), so a disagreement is a `warning`, never an
 * inconsistency; every check carries the assumption in `inferred`. Level words are left to
 * `level_band`; rows with no score, no readable target or actual, or a weight of 0 give none.
 *
 * @param block - the table's indicator block
 * @returns one `target_score` check per leaf with a numeric rule
 *
 * @example
 * targetChecks(readScoreTable(grid).indicators).map((each) => each.arithmetic);
 * // → ["min(1880 ÷ 2000, 100%) × 20 = 18.8"]
 */
export function targetChecks(block: IndicatorBlock): readonly TableCheck[] {
  return walkNodes(block.roots).flatMap(({ node, path }) =>
    node.children.length === 0 ? targetCheck(node, path) : [],
  );
}
