import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { visibleText } from '../../issues/visibleText.js';
import { inferNumericRule, type NumericRule } from '../infer/index.js';
import type {
  CellValue,
  IndicatorBlock,
  IndicatorNode,
  NumberValue,
} from '../scoreTable/ScoreTable.js';
import { equalityCheck, printedOf, seen } from './makeTableCheck.js';
import { leafWeightOf, walkNodes, type LeafWeight } from './nodeChecks.js';
import { plain } from './printedPrecision.js';
import { underStatedRule, type StatedFormula } from './statedRules.js';
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
function cellsOf(
  node: IndicatorNode,
  score: NumberValue,
  weight: LeafWeight,
): readonly SeenValue[] {
  const values = node.values ?? {};
  return [
    ...seen('score', score),
    ...(values.nature?.kind === 'text' ? seen('nature', values.nature) : []),
    ...seen('target', values.target),
    ...(values.unit?.kind === 'text' ? seen('unit', values.unit) : []),
    ...seen('actual', values.actual),
    ...weight.seen,
  ];
}

/** The formulas a table states for its 正向 and 反向 rows (see statedRules). */
export interface StatedFormulas {
  readonly forward?: StatedFormula;
  readonly reverse?: StatedFormula;
}

/** A row's rule under the formula its table states. */
interface StatedRowRule {
  readonly formula: StatedFormula;
  readonly exact: Dec;
  readonly words: RuleWords;
  readonly arithmetic: string;
}

const one = new JixiaoDecimal(1);

/**
 * The rule of a row under the formula its table states for the row's direction: 正向 (`≥`, `>`)
 * `权重 × B/A`, 反向 (`≤`, `<`) `权重 × A/B` or the national `2 − B/A`; each capped at the
 * weight. Undefined when the table states nothing for that direction (`=` rows included).
 */
function statedRuleOf(rule: NumericRule, stated: StatedFormulas): StatedRowRule | undefined {
  const reverse = rule.comparison === '<=' || rule.comparison === '<';
  const forward = rule.comparison === '>=' || rule.comparison === '>';
  const formula = reverse ? stated.reverse : forward ? stated.forward : undefined;
  if (formula === undefined) return undefined;
  if (formula.kind !== 'target-over-actual')
    return { formula, exact: rule.exact, words: wordsOf(rule), arithmetic: arithmeticOf(rule) };
  const target = plain(rule.target, rule.percent);
  const actual = plain(rule.actual, rule.percent);
  // An actual of 0 or less under a positive ceiling is as good as it gets: the whole weight.
  const ratio = rule.actual.greaterThan(0) ? rule.target.dividedBy(rule.actual) : one;
  return {
    formula,
    exact: (ratio.greaterThan(one) ? one : ratio).times(rule.weight),
    words: {
      formulaZh: 'min(指标值 ÷ 完成值, 100%) × 分值',
      formulaEn: 'min(target ÷ actual, 100%) × weight',
      kindZh: '反向指标',
      kindEn: 'less is better',
    },
    arithmetic: `min(${target} ÷ ${actual}, 100%) × ${plain(rule.weight)}`,
  };
}

/** A target_score check under the rule the table states: a difference is an inconsistency. */
function statedCheck(
  node: IndicatorNode,
  path: readonly string[],
  score: NumberValue,
  weight: LeafWeight,
  stated: StatedRowRule,
): TableCheck {
  const { formula, exact, words, arithmetic } = stated;
  const written = visibleText(formula.source.written);
  const compared = equalityCheck(
    {
      code: 'target_score',
      subject: node.name,
      path,
      rule: underStatedRule(formula.source, {
        zh: `得分 = ${words.formulaZh}（${words.kindZh}；表中写明「${written}」）`,
        en: `score = ${words.formulaEn} (${words.kindEn}; the table writes "${written}")`,
      }),
      values: cellsOf(node, score, weight),
    },
    { zh: '得分', en: 'the score' },
    printedOf(score),
    exact,
    arithmetic,
  );
  const name = visibleText(node.name);
  const said = visibleText(score.cell.text.trim());
  const where = formula.source.where;
  return {
    ...compared,
    message:
      compared.verdict === 'consistent'
        ? {
            zh: `「${name}」得分 ${said} 与${where.zh}所写的计分规则「${written}」一致：${compared.arithmetic}`,
            en: `"${name}": the score ${said} agrees with the rule ${where.en} states ("${written}"): ${compared.arithmetic}`,
          }
        : {
            zh: `「${name}」表中得分为 ${said}，但按${where.zh}所写的计分规则「${written}」：${compared.arithmetic}（相差 ${compared.difference ?? ''}）：表格违背了自己写明的计分规则`,
            en: `"${name}": the table scores ${said}, but by the rule ${where.en} states ("${written}"): ${compared.arithmetic} (off by ${compared.difference ?? ''}): the table breaks its own stated rule`,
          },
  };
}

/** The target_score check of one leaf, or none when its row gives no numeric rule. */
function targetCheck(
  node: IndicatorNode,
  path: readonly string[],
  ancestors: readonly IndicatorNode[],
  stated: StatedFormulas,
): readonly TableCheck[] {
  const values = node.values;
  const score = numberOf(values?.score);
  if (values === undefined || score === undefined || score.percent) return [];
  const weight = leafWeightOf(node, ancestors);
  if (weight?.value.greaterThan(0) !== true) return [];
  const rule = inferNumericRule(values, weight.value);
  if (rule === undefined) return [];
  const underStated = statedRuleOf(rule, stated);
  if (underStated !== undefined) return [statedCheck(node, path, score, weight, underStated)];
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
      values: cellsOf(node, score, weight),
    },
    { zh: '得分', en: 'the score' },
    printedOf(score),
    rule.exact,
    arithmeticOf(rule),
  );
  const name = visibleText(node.name);
  const said = visibleText(score.cell.text.trim());
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
            zh: `「${name}」表中得分为 ${said}，按由年度指标值「${target}」推断的规则：${compared.arithmetic}（相差 ${difference}）；该规则系推断（表中未写计分规则），单位可能另有扣分办法，请复核`,
            en: `"${name}": the table scores ${said}; by the rule inferred from the written target "${target}": ${compared.arithmetic} (off by ${difference}); the rule is inferred (the table states none) and the department may apply its own deduction rule: please review`,
          },
      inferred: { assumption: rule.assumption },
    },
  ];
}

/**
 * Recomputes each scored leaf's score from its own written target and actual value where they
 * give a numeric rule (`≥`/`>` ratio capped at the weight, `=`, `≤`/`<` reverse; see
 * inferNumericRule), and compares it with the table's score at that cell's printed precision.
 * Where the table states the formula for the row's direction (a 20 + 80 备注: 正向 权重 × B/A,
 * 反向 权重 × A/B; see statedRules), that formula is applied, the rule text says where it is
 * written (`按表中备注：…`), and a difference is an inconsistency: the table breaks its own rule.
 * Otherwise the rule is only inferred, so a disagreement is a `warning`, never an inconsistency,
 * and the check carries the assumption in `inferred`. Level words are left to `level_band`;
 * rows with no score, no readable target or actual, or no positive weight give none. A leaf's
 * weight is its 分值 cell, its name cell's, or that of the category it is the only row of.
 *
 * @param block - the table's indicator block
 * @param stated - the formulas the table states, from statedRules (none by default)
 * @returns one `target_score` check per leaf with a numeric rule
 *
 * @example
 * targetChecks(readScoreTable(grid).indicators).map((each) => each.arithmetic);
 * // → ["min(1880 ÷ 2000, 100%) × 20 = 18.8"]
 */
export function targetChecks(
  block: IndicatorBlock,
  stated: StatedFormulas = {},
): readonly TableCheck[] {
  return walkNodes(block.roots).flatMap(({ node, path, ancestors }) =>
    node.children.length === 0 ? targetCheck(node, path, ancestors, stated) : [],
  );
}
