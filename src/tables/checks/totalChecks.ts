import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import type { GridCell } from '../CellGrid.js';
import {
  applicableSubtotalOf,
  leavesOutNotApplicable,
  saysRescaled,
  totalRowsOf,
  type ApplicableSubtotal,
} from '../scoreTable/applicableSubtotal.js';
import {
  applicableScore,
  applicableSum,
  isLeftOut,
  nodeScore,
  nodeWeight,
  notApplicableWeight,
  sumOf,
  type NodeAmount,
} from '../scoreTable/nodeSums.js';
import { readCellValue } from '../scoreTable/readCellValue.js';
import type {
  IndicatorNode,
  NumberValue,
  ScoreTable,
  StatedValue,
  TotalRow,
} from '../scoreTable/ScoreTable.js';
import { budgetScoreOf, budgetWeight } from './budgetChecks.js';
import { equalityCheck, printedOf, seen, verdictCheck } from './makeTableCheck.js';
import { plain, tolerance } from './printedPrecision.js';
import type { GradeBand, SeenValue, TableCheck } from './TableCheck.js';

/** A stated total with its cell, as a number. */
interface TotalClaim {
  readonly number: NumberValue;
  readonly how: string;
  /** The total row's label (`总分`, `总分（扣除不适用指标后折算）`), for a claim of a row. */
  readonly label?: string;
}

const noCells: readonly SeenValue[] = [];

/** Grade words mapped to the national grades (优秀 → 优, 合格 → 中, 不合格 → 差). */
const gradeSynonyms: ReadonlyMap<string, string> = new Map([
  ['优秀', '优'],
  ['良好', '良'],
  ['中等', '中'],
  ['合格', '中'],
  ['较差', '差'],
  ['不合格', '差'],
]);

const normalGrade = (word: string): string => gradeSynonyms.get(word) ?? word;

/** Every total the table (and the caller) states, in reading order: 总分 rows first. */
export function totalClaims(
  table: ScoreTable,
  extra: readonly StatedValue[],
): readonly TotalClaim[] {
  // A subtotal of the applicable indicators is not the total: totalSum checks it apart.
  const fromRows = totalRowsOf(table).flatMap((total) =>
    total.score === undefined
      ? []
      : [{ number: total.score, how: 'total-row', label: total.label.text.trim() }],
  );
  const fromCells = [...table.statedTotals, ...extra].flatMap((stated) => {
    const value = readCellValue({ text: stated.written, location: stated.cell.location });
    return value.kind === 'number'
      ? [
          {
            number: { ...value, cell: { text: stated.written, location: stated.cell.location } },
            how: stated.how,
          },
        ]
      : [];
  });
  return [...fromRows, ...fromCells];
}

/** The top-level weights: the budget block's and the indicator block's (its title, or Σ 一级). */
function topWeights(
  table: ScoreTable,
): { parts: { value: Dec; written: string; cells: readonly SeenValue[] }[] } | undefined {
  const parts: { value: Dec; written: string; cells: readonly SeenValue[] }[] = [];
  const budget = budgetWeight(table.budget);
  if (budget !== undefined) {
    const cell: GridCell | undefined =
      table.budget?.total?.values.weight?.cell ?? table.budget?.titleWeight?.cell;
    parts.push({
      ...budget,
      cells:
        cell === undefined
          ? []
          : [{ role: 'weight', written: cell.text.trim(), location: cell.location }],
    });
  }
  const block = table.indicators;
  if (block?.titleWeight !== undefined) {
    const cell = block.titleWeight.cell;
    parts.push({
      value: block.titleWeight.value,
      written: block.titleWeight.written,
      cells: [{ role: 'weight', written: cell.text.trim(), location: cell.location }],
    });
  } else if (block !== undefined) {
    for (const root of block.roots) {
      const weight = nodeWeight(root);
      if (weight === undefined) return undefined;
      const cell = root.nameWeight?.cell ?? weight.stated?.cell;
      parts.push({
        value: weight.value,
        written:
          root.nameWeight?.written ??
          (weight.stated === undefined ? plain(weight.value) : weight.stated.cell.text.trim()),
        cells:
          cell === undefined
            ? []
            : [{ role: 'weight', written: cell.text.trim(), location: cell.location }],
      });
    }
  }
  return parts.length === 0 ? undefined : { parts };
}

/** Σ top-level weights = full marks; a block title's weight = Σ its 一级 weights. */
export function weightTotals(table: ScoreTable, fullMarks: Dec | undefined): readonly TableCheck[] {
  const checks: TableCheck[] = [];
  const block = table.indicators;
  if (block?.titleWeight !== undefined) {
    const roots = block.roots.map(nodeWeight);
    const values = roots.flatMap((root) => (root === undefined ? [] : [root.value]));
    if (roots.length > 0 && values.length === roots.length) {
      const title = block.titleWeight;
      checks.push(
        equalityCheck(
          {
            code: 'weights_sum',
            subject: title.cell.text.trim(),
            path: [],
            rule: {
              zh: '一级指标分值之和 = 区块标题分值',
              en: "the 一级 weights sum to the block title's weight",
            },
            values: [
              { role: 'weight', written: title.cell.text.trim(), location: title.cell.location },
            ],
          },
          { zh: '分值', en: 'the weight' },
          { value: title.value, places: title.places, percent: false, written: title.written },
          values.reduce((sum, value) => sum.plus(value), new JixiaoDecimal(0)),
          values.map((value) => plain(value)).join(' + '),
        ),
      );
    }
  }
  const top = topWeights(table);
  if (top === undefined) return checks;
  const topSum = top.parts.reduce((sum, part) => sum.plus(part.value), new JixiaoDecimal(0));
  const subtotal = applicableSubtotalOf(table);
  if (subtotal !== undefined) {
    const dropped = notApplicableWeight(block?.roots ?? []);
    const { weight } = subtotal;
    if (dropped !== undefined && weight !== undefined)
      checks.push(applicableWeight(subtotal.row, weight, top.parts, topSum, dropped));
    // A sheet that leaves its 不适用 rows out sums its weights to the subtotal's: they do not
    // state the full marks.
    if (dropped?.isZero() !== false && (weight === undefined || topSum.equals(weight.value)))
      return checks;
  }
  const weightRow = totalRowsOf(table).find((total) => total.weight !== undefined);
  const rowWeight = weightRow?.weight;
  if (top.parts.length < 2 && rowWeight === undefined && fullMarks === undefined) return checks;
  // A lone total that leaves 不适用 out (`总分（不含不适用指标）`) weighs what applies.
  // (Written as the full marks, the top-level weights, it states them as any 总分 does.)
  const leftOut =
    fullMarks === undefined &&
    weightRow?.weight !== undefined &&
    !weightRow.weight.value.equals(topSum) &&
    leavesOutNotApplicable(weightRow.label.text)
      ? notApplicableWeight(block?.roots ?? [])
      : undefined;
  const target =
    fullMarks !== undefined
      ? {
          value: fullMarks,
          written: plain(fullMarks),
          places: fullMarks.decimalPlaces(),
          cells: noCells,
          source: { zh: '声明的总分值', en: 'the declared full marks' },
        }
      : rowWeight !== undefined
        ? {
            value: rowWeight.value,
            written: rowWeight.cell.text.trim(),
            places: rowWeight.places,
            cells: seen('total weight', rowWeight),
            source: { zh: '总分行的分值', en: "the total row's weight" },
          }
        : {
            value: new JixiaoDecimal(100),
            written: '100',
            places: 0,
            cells: noCells,
            source: { zh: '满分 100', en: 'full marks of 100' },
          };
  checks.push(
    equalityCheck(
      {
        code: 'full_marks',
        subject: '总分',
        path: [],
        rule: {
          zh: `顶层分值之和 = ${target.source.zh}`,
          en: `the top-level weights sum to ${target.source.en}`,
        },
        // The stated full marks first: a finding stands at the cell it is about.
        values: [...target.cells, ...top.parts.flatMap((part) => part.cells)],
      },
      target.cells.length === 0
        ? { zh: '未写明的满分（按 100）', en: 'the full marks, not stated (taken as 100)' }
        : { zh: '总分值', en: 'the full marks' },
      { value: target.value, places: target.places, percent: false, written: target.written },
      leftOut === undefined ? topSum : topSum.minus(leftOut),
      leftOut === undefined || leftOut.isZero()
        ? top.parts.map((part) => part.written).join(' + ')
        : `(${top.parts.map((part) => part.written).join(' + ')}) − ${plain(leftOut)}`,
    ),
  );
  return checks;
}

/** The subtotal's weight = the top-level weights less those of the indicators marked 不适用. */
function applicableWeight(
  row: TotalRow,
  weight: NumberValue,
  parts: readonly { written: string; cells: readonly SeenValue[] }[],
  topSum: Dec,
  dropped: Dec,
): TableCheck {
  const label = row.label.text.trim();
  const written = parts.map((part) => part.written).join(' + ');
  return equalityCheck(
    {
      code: 'applicable_weight',
      subject: label,
      path: [],
      rule: {
        zh: `${label}的分值 = 顶层分值之和 − 不适用指标的分值`,
        en: `the weight of ${label} = the top-level weights less those of the indicators not applicable`,
      },
      values: [...seen('weight', weight), ...parts.flatMap((part) => part.cells)],
    },
    { zh: '分值', en: 'the weight' },
    printedOf(weight),
    topSum.minus(dropped),
    dropped.isZero()
      ? written
      : `${parts.length > 1 ? `(${written})` : written} − ${plain(dropped)}`,
  );
}

/**
 * The first stated total against Σ (budget score + 一级 scores); under a subtotal of the
 * applicable indicators, the subtotal against Σ of the scores that apply, and the total against
 * the subtotal brought to the full marks.
 */
export function totalSum(
  table: ScoreTable,
  claims: readonly TotalClaim[],
  fullMarks?: Dec,
): readonly TableCheck[] {
  const first = claims[0];
  const subtotal = applicableSubtotalOf(table);
  // The number the scores must sum to: the subtotal of the applicable indicators, when stated.
  const target = subtotal?.score ?? first?.number;
  if (target === undefined) return [];
  const roots = table.indicators?.roots ?? [];
  const budgetScore = budgetScoreOf(table.budget);
  const budgetWeighted = budgetWeight(table.budget) !== undefined;
  // A lone total that says it is rescaled (`总分（扣除不适用指标后折算）`) is checked from the tree.
  const rescaledRow =
    subtotal === undefined && first?.label !== undefined && saysRescaled(first.label);
  // So is one that leaves 不适用 out (`总分（不含不适用指标）`): both add the scores that apply.
  const applicable =
    subtotal !== undefined ||
    rescaledRow ||
    (first?.label !== undefined && leavesOutNotApplicable(first.label));
  const sumRoots = applicable ? applicableSum : (nodes: typeof roots) => sumOf(nodes, nodeScore);
  const rootScores = roots.length === 0 ? { value: new JixiaoDecimal(0) } : sumRoots(roots);
  const parts: { value: Dec; written: string }[] = [];
  if (budgetScore !== undefined)
    parts.push({ value: budgetScore.value, written: budgetScore.cell.text.trim() });
  const subject = {
    code: 'total_sum',
    subject: '总分',
    path: [],
    rule: {
      zh: '总分 = 预算执行得分 + 各一级指标得分',
      en: 'the total = the budget score + the 一级 scores',
    },
    values: seen('total', target),
  };
  const rescaled =
    subtotal === undefined ? undefined : rescaledTotal(table, subtotal, first, fullMarks);
  if (
    rootScores === undefined ||
    (budgetWeighted && budgetScore === undefined) ||
    (roots.length === 0 && budgetScore === undefined)
  ) {
    return [
      verdictCheck(
        subject,
        'unscored',
        `${target.cell.text.trim()} = 预算执行得分 + 各一级指标得分（有未评分的行）`,
        {
          zh: `总分 ${target.cell.text.trim()} 无法核对：有未评分的行`,
          en: `the total ${target.cell.text.trim()} cannot be checked: some rows are unscored`,
        },
      ),
      ...(rescaled === undefined ? [] : [rescaled]),
    ];
  }
  for (const root of roots) {
    const score = applicable ? applicableRootScore(root) : nodeScore(root);
    if (score !== undefined)
      parts.push({
        value: score.value,
        written: score.stated?.cell.text.trim() ?? plain(score.value),
      });
  }
  const sum = parts.reduce((total, part) => total.plus(part.value), new JixiaoDecimal(0));
  const arithmetic = parts.map((part) => part.written).join(' + ') || '0';
  const fromTree = rescaledRow
    ? rescaledFromTree(table, first, { value: sum, written: arithmetic }, fullMarks)
    : undefined;
  // A rescaled total the rows cannot fix the full marks of is checked as the sum, as any total.
  if (fromTree !== undefined) return [fromTree];
  if (subtotal === undefined)
    return [
      equalityCheck(subject, { zh: '总分', en: 'the total' }, printedOf(target), sum, arithmetic),
    ];
  // The subtotal is the sum; the total is the subtotal brought to the full marks.
  const label = subtotal.row.label.text.trim();
  const subtotalCheck = equalityCheck(
    {
      ...subject,
      subject: label,
      rule: {
        zh: `${label} = 预算执行得分 + 各一级指标得分（不适用的指标不计）`,
        en: `${label} = the budget score + the 一级 scores (indicators not applicable left out)`,
      },
      values: seen('total', subtotal.score),
    },
    { zh: '得分', en: 'the score' },
    printedOf(subtotal.score),
    sum,
    arithmetic,
  );
  return rescaled === undefined ? [subtotalCheck] : [subtotalCheck, rescaled];
}

/** A 一级 indicator's score over what applies: none when it is marked 不适用 as a whole. */
const applicableRootScore = (root: IndicatorNode): NodeAmount | undefined =>
  isLeftOut(root) ? undefined : applicableScore(root);

/**
 * The applicable subtotal's weight: as its row writes it, else the top-level weights less those of
 * the rows scored —; undefined when neither is known.
 */
function subtotalWeightOf(
  table: ScoreTable,
  subtotal: ApplicableSubtotal,
): { readonly value: Dec; readonly written: string; readonly percent: boolean } | undefined {
  const { weight } = subtotal;
  if (weight !== undefined)
    return { value: weight.value, written: weight.cell.text.trim(), percent: weight.percent };
  const weights = applicableWeights(table);
  if (weights === undefined) return undefined;
  const roots = table.indicators?.roots ?? [];
  const value = weights.applies;
  const percent = roots.some((root) => nodeWeight(root)?.stated?.percent === true);
  return { value, written: plain(value), percent };
}

/**
 * The full marks the applicable subtotal is brought to: the caller's, the 总分 row's weight, else
 * the top-level weights when they count more than the subtotal's (the 不适用 rows written with
 * their weights); undefined when the sheet does not fix them (the rows left out, or nothing
 * 不适用).
 */
function rescaleMarks(table: ScoreTable, weight: Dec, fullMarks: Dec | undefined): Dec | undefined {
  const stated = statedFullMarks(table, fullMarks);
  if (stated !== undefined) return stated;
  const top = topWeightSum(table);
  return top?.greaterThan(weight) === true ? top : undefined;
}

/**
 * A lone total that says it is rescaled, against Σ of the scores that apply × the full marks ÷
 * the weights that apply (the top-level weights less those marked 不适用); undefined when the
 * sheet does not fix the full marks.
 */
function rescaledFromTree(
  table: ScoreTable,
  first: TotalClaim,
  sum: { value: Dec; written: string },
  fullMarks: Dec | undefined,
): TableCheck | undefined {
  const weights = applicableWeights(table);
  if (weights === undefined) return undefined;
  const { top, dropped, applies } = weights;
  const marks = statedFullMarks(table, fullMarks) ?? (dropped.isZero() ? undefined : top);
  if (marks === undefined || !applies.greaterThan(0)) return undefined;
  return equalityCheck(
    {
      code: 'rescaled_total',
      subject: '总分',
      path: [],
      rule: {
        zh: '总分 = 适用指标得分之和 × 满分 ÷ 适用指标分值之和（不适用的指标按满分折算）',
        en: 'the total = the scores that apply × the full marks ÷ the weights that apply (indicators not applicable rescaled)',
      },
      values: seen('total', first.number),
    },
    { zh: '总分', en: 'the total' },
    printedOf(first.number),
    sum.value.times(marks).dividedBy(applies),
    `(${sum.written}) × ${plain(marks)} ÷ ${plain(applies)}`,
  );
}

/** The total against the applicable subtotal × full marks ÷ its weight. */
function rescaledTotal(
  table: ScoreTable,
  subtotal: ApplicableSubtotal,
  first: TotalClaim | undefined,
  fullMarks: Dec | undefined,
): TableCheck | undefined {
  if (first === undefined) return undefined;
  const label = subtotal.row.label.text.trim();
  const subject = {
    code: 'rescaled_total',
    subject: '总分',
    path: [],
    rule: {
      zh: `总分 = ${label}的得分 × 满分 ÷ 其分值（不适用的指标按满分折算）`,
      en: `the total = the score of ${label} × the full marks ÷ its weight (indicators not applicable rescaled)`,
    },
    values: [...seen('total', first.number), ...seen('total', subtotal.score)],
  };
  const weight = subtotalWeightOf(table, subtotal);
  if (weight === undefined)
    return verdictCheck(
      subject,
      'unscored',
      `${first.number.cell.text.trim()} ← ${label}（分值未知）`,
      {
        zh: `总分 ${first.number.cell.text.trim()} 无法核对：${label}未写分值，且有不适用指标的分值未写明`,
        en: `the total ${first.number.cell.text.trim()} cannot be checked: ${label} states no weight, nor do the indicators not applicable`,
      },
    );
  // Percent weights over point scores, or a weight of 0 or less: no ratio to bring it by.
  if (weight.percent || !weight.value.greaterThan(0)) return undefined;
  const stated = rescaleMarks(table, weight.value, fullMarks);
  const check = (marks: Dec, note: string): TableCheck =>
    equalityCheck(
      subject,
      { zh: '总分', en: 'the total' },
      printedOf(first.number),
      subtotal.score.value.times(marks).dividedBy(weight.value),
      `${subtotal.score.cell.text.trim()} × ${plain(marks)}${note} ÷ ${weight.written}`,
    );
  if (stated !== undefined) return check(stated, '');
  // The sheet does not fix the full marks: its subtotal's weight (nothing 不适用, or a sheet of
  // those full marks), else the national 100 (the 不适用 rows left out of the sheet).
  const asWeighted = check(weight.value, '（未写明满分，按其分值）');
  return asWeighted.verdict === 'consistent'
    ? asWeighted
    : check(new JixiaoDecimal(100), '（未写明满分，按 100）');
}

/**
 * The full marks a sheet states: the caller's, else its 总分 row's weight (not a subtotal's).
 *
 * @param table - the sheet
 * @param fullMarks - the caller's full marks, if given
 * @param points - only full marks in points: a 总分 row's weight of `100%` counts as none
 * @returns the full marks, or undefined when none is stated
 *
 * @example
 * statedFullMarks(table, undefined)?.toString(); // → "100" under a 总分 row of 100
 */
export function statedFullMarks(
  table: ScoreTable,
  fullMarks: Dec | undefined,
  points = false,
): Dec | undefined {
  if (fullMarks !== undefined) return fullMarks;
  const weight = totalRowsOf(table).find((total) => total.weight !== undefined)?.weight;
  return weight === undefined || (points && weight.percent) ? undefined : weight.value;
}

/**
 * The top-level weights, those of the rows scored — under them, and what is left: undefined when
 * a weight is not written.
 */
function applicableWeights(
  table: ScoreTable,
): { readonly top: Dec; readonly dropped: Dec; readonly applies: Dec } | undefined {
  const top = topWeightSum(table);
  const dropped = notApplicableWeight(table.indicators?.roots ?? []);
  if (top === undefined || dropped === undefined) return undefined;
  return { top, dropped, applies: top.minus(dropped) };
}

/** The sum of the top-level weights (budget and 一级), when every one is written. */
function topWeightSum(table: ScoreTable): Dec | undefined {
  const top = topWeights(table);
  return top?.parts.reduce((sum, part) => sum.plus(part.value), new JixiaoDecimal(0));
}

/** Every later statement of the total against the first, at the coarser precision. */
export function repeatedTotals(claims: readonly TotalClaim[]): readonly TableCheck[] {
  const [first, ...later] = claims;
  if (first === undefined) return [];
  return later.map((claim) => {
    const coarser = tolerance(claim.number).greaterThanOrEqualTo(tolerance(first.number))
      ? claim
      : first;
    const finer = coarser === claim ? first : claim;
    return equalityCheck(
      {
        code: 'repeated_total',
        subject: '总分',
        path: [],
        rule: { zh: '同一总分两处所写应一致', en: 'the same total stated twice agrees' },
        values: [...seen('total', first.number), ...seen('total', claim.number)],
      },
      { zh: '总分', en: 'the total' },
      printedOf(coarser.number),
      finer.number.value,
      finer.number.cell.text.trim(),
    );
  });
}

/**
 * A lone 总分 that leaves 不适用 out (`总分（不含不适用指标）`) with no weight of its own: its share
 * of the weights that apply, on the full marks the bands are on; undefined for any other total.
 */
function lonelyShare(
  table: ScoreTable,
  first: TotalClaim,
  bandMarks: Dec,
): { value: Dec; written: string; cells: readonly SeenValue[] } | undefined {
  if (
    first.label === undefined ||
    !leavesOutNotApplicable(first.label) ||
    statedFullMarks(table, undefined) !== undefined ||
    applicableSubtotalOf(table) !== undefined
  )
    return undefined;
  const weights = applicableWeights(table);
  if (weights === undefined || weights.dropped.isZero()) return undefined;
  const { applies } = weights;
  if (!applies.greaterThan(0)) return undefined;
  const value = first.number.value.times(bandMarks).dividedBy(applies);
  return {
    value,
    written: `${first.number.cell.text.trim()} × ${plain(bandMarks)} ÷ ${plain(applies)} = ${plain(value)}`,
    cells: seen('total', first.number),
  };
}

/**
 * Each stated grade against the band of the total: the first stated, else the applicable
 * subtotal brought to the full marks the bands are on (`bandMarks`), else Σ of the scores.
 */
export function gradeChecks(
  table: ScoreTable,
  claims: readonly TotalClaim[],
  grades: readonly StatedValue[],
  bands: readonly GradeBand[],
  bandMarks: Dec = new JixiaoDecimal(100),
): readonly TableCheck[] {
  if (grades.length === 0) return [];
  const first = claims[0];
  const subtotal = applicableSubtotalOf(table);
  const subtotalWeight = subtotal === undefined ? undefined : subtotalWeightOf(table, subtotal);
  let total: { value: Dec; written: string; cells: readonly SeenValue[] } | undefined;
  const share = first === undefined ? undefined : lonelyShare(table, first, bandMarks);
  if (share !== undefined) total = share;
  else if (first !== undefined)
    total = {
      value: first.number.value,
      written: first.number.cell.text.trim(),
      cells: seen('total', first.number),
    };
  else if (
    subtotal !== undefined &&
    subtotalWeight !== undefined &&
    !subtotalWeight.percent &&
    subtotalWeight.value.greaterThan(0)
  ) {
    // No total stated: the subtotal's share of the full marks the bands are on.
    const value = subtotal.score.value.times(bandMarks).dividedBy(subtotalWeight.value);
    total = {
      value,
      written: `${subtotal.score.cell.text.trim()} × ${plain(bandMarks)} ÷ ${subtotalWeight.written} = ${plain(value)}`,
      cells: [...seen('total', subtotal.score)],
    };
  } else {
    const roots = table.indicators?.roots ?? [];
    const scores = sumOf(roots, nodeScore);
    const budget = budgetScoreOf(table.budget);
    if (scores !== undefined) {
      const value = budget === undefined ? scores.value : scores.value.plus(budget.value);
      total = { value, written: plain(value), cells: [] };
    }
  }
  const sorted = [...bands].sort((a, b) =>
    new JixiaoDecimal(b.from).comparedTo(new JixiaoDecimal(a.from)),
  );
  return grades.map((grade) => {
    const claimed = normalGrade(grade.written);
    const values: SeenValue[] = [
      { role: 'grade', written: grade.written, location: grade.cell.location },
      ...(total?.cells ?? []),
    ];
    const subject = {
      code: 'grade',
      subject: '评价等级',
      path: [],
      rule: {
        zh: `等级按总分所在档：${sorted.map((band) => `≥${band.from} ${band.grade}`).join('，')}`,
        en: `the grade is the total's band: ${sorted.map((band) => `≥${band.from} ${band.grade}`).join(', ')}`,
      },
      values,
    };
    if (total === undefined) {
      return verdictCheck(subject, 'unscored', `${grade.written} ← 总分（无）`, {
        zh: `等级「${grade.written}」无法核对：没有总分`,
        en: `the grade "${grade.written}" cannot be checked: there is no total`,
      });
    }
    const band = sorted.find((each) => total.value.greaterThanOrEqualTo(each.from));
    const expected = band === undefined ? undefined : normalGrade(band.grade);
    const agrees = expected === claimed;
    return verdictCheck(
      subject,
      agrees ? 'consistent' : 'inconsistent',
      `${total.written} → ${band?.grade ?? '（不在任何档内）'}`,
      agrees
        ? {
            zh: `「${grade.written}」与总分 ${total.written} 所在档「${band?.grade ?? ''}」一致`,
            en: `"${grade.written}" agrees with the band "${band?.grade ?? ''}" of the total ${total.written}`,
          }
        : {
            zh: `为「${grade.written}」，但总分 ${total.written} 所在档为「${band?.grade ?? '无'}」`,
            en: `is "${grade.written}", but the total ${total.written} falls in the band "${band?.grade ?? 'none'}"`,
          },
    );
  });
}
