import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { roundDecimal } from '../../decimal/roundDecimal.js';
import { createIssue } from '../../issues/createIssue.js';
import type { Issue } from '../../issues/Issue.js';
import { failure, success, type Result } from '../../issues/Result.js';
import { visibleText } from '../../issues/visibleText.js';
import type {
  CellValue,
  IndicatorNode,
  NumberValue,
  RowValues,
  ScoreTable,
} from '../scoreTable/index.js';
import { nodeScore, nodeWeight } from '../scoreTable/index.js';
import { statedRules, type RuleSource, type StatedRules } from '../checks/statedRules.js';
import { inferRule, type InferredRule } from '../infer/index.js';
import { parseDecimal } from '../../decimal/parseDecimal.js';

/** A data file as JSON (what `JSON.stringify` writes), and what the import noted on the way. */
export interface ImportedTable {
  readonly data: Readonly<Record<string, unknown>>;
  /** What was assumed or left to the reader (weights assumed, rows kept as judgements, …). */
  readonly notes: readonly Issue[];
}

type Json = Record<string, unknown>;

const zero = new JixiaoDecimal(0);

const numberOf = (value: CellValue | undefined): NumberValue | undefined =>
  value?.kind === 'number' ? value : undefined;

const textOf = (value: CellValue | undefined): string =>
  value?.kind === 'text' ? value.cell.text.trim() : '';

const written = (value: Dec): string => formatDecimal(value);

/** The budget leaf's id; indicator ids are `c1`, `c1-2`, … and never clash with it. */
const budgetId = 'budget';

/** The decimal places the table prints its scores at (2 when it prints none with decimals). */
function printedScale(table: ScoreTable): number {
  let places = 0;
  const see = (value: CellValue | undefined): void => {
    const found = numberOf(value);
    if (found !== undefined && !found.percent) places = Math.max(places, found.places);
  };
  const walk = (nodes: readonly IndicatorNode[]): void => {
    for (const node of nodes) {
      see(node.values?.score);
      walk(node.children);
    }
  };
  walk(table.indicators?.roots ?? []);
  see(table.budget?.total?.values.score);
  for (const total of table.totals) see(total.score);
  return places === 0 ? 2 : Math.min(places, 10);
}

/** The weights of a list of siblings, with those the table leaves out filled where they follow. */
function siblingWeights(
  nodes: readonly IndicatorNode[],
  parentWeight: Dec | undefined,
  ids: readonly string[],
  notes: Issue[],
): readonly (Dec | undefined)[] {
  const stated = nodes.map((node) => nodeWeight(node)?.value);
  const missing = stated.flatMap((weight, index) => (weight === undefined ? [index] : []));
  if (missing.length === 0 || parentWeight === undefined) return stated;
  const known = stated.reduce<Dec>((sum, weight) => sum.plus(weight ?? 0), new JixiaoDecimal(0));
  const left = parentWeight.minus(known);
  const [only] = missing;
  if (missing.length === 1 && only !== undefined) {
    notes.push(
      createIssue('import_weight_assumed', [ids[only] ?? ''], {
        zh: `「${visibleText(nodes[only]?.name ?? '')}」未写分值，取上级分值减去其余分值：${written(left)}`,
        en: `"${visibleText(nodes[only]?.name ?? '')}" has no weight; taken as the parent's less its siblings': ${written(left)}`,
      }),
    );
    return stated.map((weight, index) => (index === only ? left : weight));
  }
  // Several without a weight: one whose every leaf is at or above its target (by the inferred
  // rule) is at full marks, so its weight is its score; one left over then takes the rest.
  const full = missing.map((index) => {
    const node = nodes[index];
    return node !== undefined && atFullMarks(node) ? nodeScore(node)?.value : undefined;
  });
  const open = missing.filter((_, at) => full[at] === undefined);
  const fullSum = full.reduce<Dec>((sum, score) => sum.plus(score ?? 0), new JixiaoDecimal(0));
  const scores = missing.map((index) => {
    const node = nodes[index];
    return node === undefined ? undefined : nodeScore(node)?.value;
  });
  const scoreSum = scores.reduce<Dec | undefined>(
    (sum, score) => (sum === undefined || score === undefined ? undefined : sum.plus(score)),
    new JixiaoDecimal(0),
  );
  const [rest] = open;
  const filled = new Map<number, Dec>();
  if (open.length <= 1 && fullSum.lessThanOrEqualTo(left)) {
    missing.forEach((index, at) => {
      const score = full[at];
      if (score !== undefined) filled.set(index, score);
    });
    if (rest !== undefined) filled.set(rest, left.minus(fullSum));
  } else if (scoreSum?.equals(left) === true)
    missing.forEach((index, at) => {
      const score = scores[at];
      if (score !== undefined) filled.set(index, score);
    });
  else return stated;
  for (const [index, weight] of filled)
    notes.push(
      createIssue('import_weight_assumed', [ids[index] ?? ''], {
        zh: `「${visibleText(nodes[index]?.name ?? '')}」未写分值，推定为 ${written(weight)}（${index === rest ? '上级分值减去同级分值' : '完成值达到指标值，按满分计，分值取得分'}）`,
        en: `"${visibleText(nodes[index]?.name ?? '')}" has no weight; taken as ${written(weight)} (${index === rest ? "the parent's less its siblings'" : 'its target is met, so it is at full marks and its weight is its score'})`,
      }),
    );
  return stated.map((weight, index) => weight ?? filled.get(index));
}

/** Whether every leaf under a node meets its numeric target (the inferred rule's rate is 1). */
function atFullMarks(node: IndicatorNode): boolean {
  if (node.children.length > 0) return node.children.every(atFullMarks);
  const rate = inferRule(node.values ?? {}, new JixiaoDecimal(1), 10);
  return rate !== undefined && !('level' in rate.input) && rate.score?.equals(1) === true;
}

/** The reason a judgement is given: the row's 偏差原因, else that it is the table's own score. */
function reasonOf(values: RowValues): string {
  return textOf(values.reason) || '自评表所列得分（导入时保留为评价人的判断）';
}

interface Built {
  readonly nodes: Json[];
  readonly inputs: Map<string, Json>;
  readonly notes: Issue[];
  readonly issues: Issue[];
  /** The weights of the tree's top level, as imported. */
  readonly rootWeights: Dec[];
  /** The rules the table states about itself (a 备注's formulas), which override the inferred. */
  readonly stated: StatedRules;
}

/**
 * The inferred rule under the formula the table states, when it states one for the row's
 * direction: a 反向 row under `权重×A/B` is the reverse rule's inverse formula (目标值 ÷ 实际值 ×
 * 分值, capped), its score recomputed; a 正向 row under `权重×B/A` keeps the ratio rule. The
 * rule's basis is then the report (the table states it), not an assumption.
 */
function underStated(
  inferred: InferredRule,
  weight: Dec,
  scale: number,
  stated: StatedRules,
): { readonly inferred: InferredRule; readonly source?: RuleSource } {
  const kind = inferred.rule['kind'];
  const formula =
    kind === 'reverse' ? stated.reverse : kind === 'ratio' ? stated.forward : undefined;
  if (formula === undefined) return { inferred };
  if (kind === 'ratio' && formula.kind === 'actual-over-target')
    return { inferred, source: formula.source };
  if (kind !== 'reverse' || formula.kind !== 'target-over-actual') return { inferred };
  const target = parseDecimal(inferred.rule['target']);
  const actual = parseDecimal(inferred.input['actual']);
  if (!target.ok || !actual.ok || actual.value.lessThanOrEqualTo(0)) return { inferred };
  const share = target.value.dividedBy(actual.value);
  const exact = (share.greaterThan(1) ? new JixiaoDecimal(1) : share).times(weight);
  return {
    inferred: {
      ...inferred,
      rule: { ...inferred.rule, formula: { type: 'inverse' } },
      assumption: `反向指标按表中所写「${formula.source.written}」：得分 = 分值 × 指标值 ÷ 完成值，满分封顶`,
      score: roundDecimal(exact, { scale, mode: 'half-up' }),
    },
    source: formula.source,
  };
}

/** One leaf: its inferred rule where the rule reproduces the table's score, else a manual one. */
function leafOf(node: IndicatorNode, id: string, weight: Dec, scale: number, built: Built): Json {
  const values = node.values ?? {};
  const claimed = numberOf(values.score);
  const found = inferRule(values, weight, scale);
  const stated = found === undefined ? undefined : underStated(found, weight, scale, built.stated);
  const inferred = stated?.inferred;
  const claimText = claimed === undefined ? '未评分' : claimed.written;
  const base = { type: 'leaf', id, name: node.name || id, weight: written(weight) };
  if (
    inferred !== undefined &&
    (claimed === undefined || inferred.score?.equals(claimed.value) === true)
  ) {
    const lowers = claimed?.value.lessThan(weight) === true;
    built.inputs.set(id, {
      ...inferred.input,
      ...(lowers || 'level' in inferred.input ? { reason: reasonOf(values) } : {}),
    });
    return {
      ...base,
      rule: inferred.rule,
      description: `自评表得分 ${claimText}`,
      basis:
        stated?.source === undefined
          ? { kind: 'assumed', reference: `inferred（导入推断）：${inferred.assumption}` }
          : {
              kind: 'report',
              reference: `${stated.source.where.zh}：${stated.source.written}（${inferred.assumption}）`,
            },
    };
  }
  if (claimed === undefined)
    built.notes.push(
      createIssue('import_unscored_row', [id], {
        zh: `「${visibleText(node.name)}」未评分，也推断不出规则：请在 inputs.${id} 中给出 score`,
        en: `"${visibleText(node.name)}" is unscored and no rule could be inferred: give inputs.${id}.score`,
      }),
    );
  else {
    // A data file's manual score lies between 0 and the weight: a table that scores past them
    // is kept in the description and written at the bound, said on standard error.
    const bounded = claimed.value.greaterThan(weight)
      ? weight
      : claimed.value.isNegative()
        ? zero
        : undefined;
    if (bounded !== undefined)
      built.notes.push(
        createIssue('import_score_bounded', [id], {
          zh: `表中「${visibleText(node.name)}」得 ${claimed.written} 分，超出 0 至分值 ${written(weight)} 的范围：数据文件中按 ${written(bounded)} 分记（表中得分保留在 description）`,
          en: `The table scores "${visibleText(node.name)}" ${claimed.written}, outside 0 to its weight ${written(weight)}: the data file scores it ${written(bounded)} (the table's score stays in the description)`,
        }),
      );
    built.inputs.set(id, {
      score: bounded === undefined ? claimed.written : written(bounded),
      ...((bounded ?? claimed.value).lessThan(weight) ? { reason: reasonOf(values) } : {}),
    });
    if (inferred?.score !== undefined && bounded === undefined)
      built.notes.push(
        createIssue('import_rule_disagrees', [id], {
          zh: `「${visibleText(node.name)}」按推断的规则得 ${written(inferred.score)} 分，表中为 ${claimed.written} 分：保留表中得分作为评价人的判断`,
          en: `"${visibleText(node.name)}" scores ${written(inferred.score)} by the inferred rule, the table says ${claimed.written}: the table's score is kept as the evaluator's judgement`,
        }),
      );
  }
  return {
    ...base,
    rule: { kind: 'manual' },
    description: `自评表得分 ${claimText}`,
    basis: {
      kind: 'assumed',
      reference:
        inferred?.score !== undefined
          ? `inferred（导入推断）：${inferred.assumption}；该规则得 ${written(inferred.score)} 分，与表中得分不符，故按表中得分作为评价人的判断`
          : 'inferred（导入推断）：年度指标值与完成值推断不出计分规则，表中得分作为评价人的判断',
    },
  };
}

/** The nodes of one level of the tree, with ids from their position (`c1`, `c1-2`, …). */
function nodesOf(
  nodes: readonly IndicatorNode[],
  parentWeight: Dec | undefined,
  prefix: string,
  scale: number,
  built: Built,
): Json[] {
  const ids = nodes.map((_, index) => `${prefix}${String(index + 1)}`);
  const weights = siblingWeights(nodes, parentWeight, ids, built.notes);
  return nodes.flatMap((node, index) => {
    const id = ids[index] ?? '';
    const weight = weights[index];
    if (weight !== undefined && prefix === 'c') built.rootWeights.push(weight);
    if (weight === undefined) {
      built.issues.push(
        createIssue('import_unknown_weight', [id], {
          zh: `表中未写「${visibleText(node.name)}」的分值，也无法由上级分值推出`,
          en: `The table gives no weight for "${visibleText(node.name)}", and none follows from its parent's`,
        }),
      );
      return [];
    }
    if (node.children.length === 0) return [leafOf(node, id, weight, scale, built)];
    return [
      {
        type: 'category',
        id,
        name: node.name || id,
        weight: written(weight),
        children: nodesOf(node.children, weight, `${id}-`, scale, built),
      },
    ];
  });
}

/** The budget leaf: 全年执行数 ÷ 全年预算数 × 分值, capped at the 分值, with the amounts as inputs. */
function budgetLeaf(
  table: ScoreTable,
  built: Built,
): { readonly json: Json; readonly weight: Dec } | undefined {
  const block = table.budget;
  const values = block?.total?.values;
  if (block === undefined || values === undefined) return undefined;
  const budget = numberOf(values.budget);
  const executed = numberOf(values.executed);
  const weight = numberOf(values.weight)?.value ?? block.titleWeight?.value;
  if (budget === undefined || executed === undefined || weight === undefined) {
    const lacking = [
      ...(budget === undefined ? [{ zh: '全年预算数', en: '全年预算数 (the budget)' }] : []),
      ...(executed === undefined
        ? [{ zh: '全年执行数', en: '全年执行数 (the executed amount)' }]
        : []),
      ...(weight === undefined ? [{ zh: '分值', en: 'its weight (分值)' }] : []),
    ];
    built.notes.push(
      createIssue('import_budget_skipped', [budgetId], {
        zh: `预算执行情况缺少${lacking.map((each) => each.zh).join('、')}，未导入为指标`,
        en: `The budget block lacks ${lacking.map((each) => each.en).join(' and ')}; it is not imported`,
      }),
    );
    return undefined;
  }
  const initial = numberOf(values.initialBudget);
  const claimed = numberOf(values.score);
  if (claimed !== undefined && !budget.value.isZero()) {
    const rate = executed.value.dividedBy(budget.value);
    const exact = (rate.greaterThan(1) ? new JixiaoDecimal(1) : rate).times(weight);
    const recomputed = roundDecimal(exact, { scale: claimed.places, mode: 'half-up' });
    // As the audit compares it: within half a unit of the last printed digit.
    const halfUnit = new JixiaoDecimal(10).pow(-claimed.places).dividedBy(2);
    if (claimed.value.minus(exact).abs().greaterThan(halfUnit))
      built.notes.push(
        createIssue('import_budget_rescored', [budgetId], {
          zh: `表中预算执行得 ${claimed.written} 分，按 min(${executed.written} ÷ ${budget.written}, 100%) × ${written(weight)} 应为 ${written(recomputed)} 分：数据文件按重算评分（表中得分保留在 description）`,
          en: `The table scores the budget execution ${claimed.written}; min(${executed.written} ÷ ${budget.written}, 100%) × ${written(weight)} gives ${written(recomputed)}: the data file scores it by the recomputation (the table's score stays in the description)`,
        }),
      );
  }
  built.inputs.set(budgetId, {
    actual: executed.written,
    target: budget.written,
    ...(initial === undefined ? {} : { evidence: `年初预算数 ${initial.written}` }),
  });
  const json = {
    type: 'leaf',
    id: budgetId,
    name: '预算执行率',
    weight: written(weight),
    role: 'budget-execution',
    rule: { kind: 'ratio', reviewAbove: false, rateLabel: '执行率' },
    description: `自评表得分 ${claimed?.written ?? '未评分'}`,
    basis: {
      kind: 'assumed',
      reference:
        'inferred（导入推断）：预算执行率 = 全年执行数 ÷ 全年预算数，得分 = 执行率 × 分值，最高不得超过分值',
    },
  };
  return { json, weight };
}

/** The project or department the table names (项目名称 / 单位名称 rows), as data-file keys. */
function whomOf(table: ScoreTable): Json {
  for (const row of table.texts) {
    const value = row.cells[1]?.text.trim();
    if (value === undefined || value === '') continue;
    if (row.label.includes('项目名称')) return { project: { name: value } };
    if (row.label.includes('名称') && (row.label.includes('部门') || row.label.includes('单位')))
      return {
        department: {
          name: value,
          ...(table.year === undefined ? {} : { year: table.year.value }),
        },
      };
  }
  return {};
}

/** The table's title as written, or a plain one when it has none. */
function titleOf(table: ScoreTable): string {
  const title = table.title?.text.trim() ?? '';
  return title === '' ? '导入的自评表' : title;
}

/**
 * Turns a score table into a data file with an inline scheme that `jixiao score` and `jixiao audit
 * --data` accept: ids from the tree position (`c1`, `c1-2`, `c1-2-3`; `budget` for the budget
 * block), names as written, weights from the 分值 column or name cells, full marks from their sum,
 * rounding at the table's printed precision. Each leaf's rule is inferred from its written target
 * and actual (`≥` ratio, `=` equal, `≤` reverse, level words level bands) where that rule gives
 * the table's own score; otherwise the table's score is the evaluator's judgement (a manual rule).
 * Every rule is marked `basis.kind: "assumed"` with a reference starting `inferred`, and every
 * leaf's description keeps the table's score (`自评表得分 9.58`). The budget leaf is always
 * recomputed (执行率 × 分值, capped), so a table that scored it wrong scores differently.
 *
 * @param table - a score table from `readScoreTable`
 * @returns the data file and the notes, or the issues that make the table unusable
 *
 * @example
 * const imported = tableToDataFile(readScoreTable(readTextTables(text)[0]));
 * if (imported.ok) JSON.stringify(imported.value.data); // → '{"scheme":{"id":"imported-table",…'
 */
export function tableToDataFile(table: ScoreTable): Result<ImportedTable> {
  const built: Built = {
    nodes: [],
    inputs: new Map(),
    notes: [],
    issues: [],
    rootWeights: [],
    stated: statedRules(table),
  };
  const scale = printedScale(table);
  const budget = budgetLeaf(table, built);
  const roots = table.indicators?.roots ?? [];
  const indicatorWeight =
    table.indicators?.titleWeight?.value ??
    (() => {
      const total = table.totals.find((each) => each.weight !== undefined)?.weight?.value;
      return total === undefined || budget === undefined ? total : total.minus(budget.weight);
    })();
  const rootNodes = nodesOf(roots, indicatorWeight, 'c', scale, built);
  const indicators = [...(budget === undefined ? [] : [budget.json]), ...rootNodes];
  const [first, ...rest] = built.issues;
  if (first !== undefined) return failure([first, ...rest]);
  if (indicators.length === 0)
    return failure([
      createIssue('import_nothing_to_score', [], {
        zh: '表中没有可导入的指标：未找到带分值的指标行（一级/二级/三级指标、分值、得分），也未找到预算执行情况（全年预算数、全年执行数、分值）',
        en: 'Nothing to import: no indicator rows with weights (一级/二级/三级指标, 分值, 得分) and no budget block (全年预算数, 全年执行数, 分值) were found',
      }),
    ]);
  const fullMarks = [...(budget === undefined ? [] : [budget.weight]), ...built.rootWeights].reduce(
    (sum, weight) => sum.plus(weight),
    new JixiaoDecimal(0),
  );
  const statedFull = table.totals.find((each) => each.weight !== undefined)?.weight;
  if (statedFull !== undefined && !statedFull.value.equals(fullMarks))
    built.notes.push(
      createIssue('import_full_marks_differ', [], {
        zh: `总分行的分值为 ${statedFull.written}，各指标分值之和为 ${written(fullMarks)}：按分值之和计`,
        en: `The total row's weight is ${statedFull.written}, the weights sum to ${written(fullMarks)}: the sum is used`,
      }),
    );
  const year = table.year?.value;
  const scheme = {
    id: 'imported-table',
    version: year === undefined ? 'imported' : String(year),
    title: titleOf(table),
    ...(year === undefined ? {} : { effectiveYear: year }),
    source: `jixiao import：由自评表（${table.layout}）导入；规则为推断，见各指标 basis`,
    fullMarks: written(roundDecimal(fullMarks, { scale: 10, mode: 'half-up' })),
    rounding: { scale, mode: 'half-up' },
    indicators,
  };
  return success({
    data: { scheme, ...whomOf(table), inputs: Object.fromEntries(built.inputs) },
    notes: built.notes,
  });
}
