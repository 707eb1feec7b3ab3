import { compareDecimals } from '../../decimal/compareDecimals.js';
import type { DecimalInput } from '../../decimal/DecimalInput.js';
import { formatDecimal } from '../../decimal/formatDecimal.js';
import { JixiaoDecimal, type Dec } from '../../decimal/JixiaoDecimal.js';
import { parseDecimal } from '../../decimal/parseDecimal.js';
import { roundDecimal } from '../../decimal/roundDecimal.js';
import type { RoundingPolicy } from '../../decimal/RoundingPolicy.js';
import type { Evaluation, LeafResult, NodeResult } from '../../evaluation/Evaluation.js';
import { requireEvaluation } from '../../evaluation/requireEvaluation.js';
import { requireLanguage } from '../../evaluation/requireLanguage.js';
import { requireOptions } from '../../evaluation/requireOptions.js';
import type { Issue } from '../../issues/Issue.js';
import type { Language } from '../../issues/Language.js';
import { localize } from '../../issues/LocalizedText.js';
import { failure, success, type Result } from '../../issues/Result.js';
import { defaultGradeBands } from '../../scheme/defaultGradeBands.js';
import { sheetLabels } from '../sheetLabels.js';
import { summarizeLeaf } from '../summarizeLeaf.js';
import { cellNumber } from './cellNumber.js';
import { cellReference } from './cellReference.js';
import { cellText } from './cellText.js';
import { roundFormula } from './roundFormula.js';
import { textWidth } from './textWidth.js';
import type { CellStyle, WorkbookCell, WorkbookModel } from './WorkbookModel.js';

/**
 * The budget amounts of a score sheet's budget block: 年初预算数, 全年预算数, 全年执行数.
 *
 * @example
 * const budget: ScoreWorkbookBudget = { initial: '1,200.00', fullYear: '1,350.00', executed: '1,282.50', unit: '万元' };
 */
export interface ScoreWorkbookBudget {
  readonly initial?: DecimalInput;
  readonly fullYear: DecimalInput;
  readonly executed: DecimalInput;
  /** The amounts' unit, e.g. `万元`. */
  readonly unit?: string;
}

/**
 * How {@link scoreWorkbook} lays out a score sheet.
 *
 * @example
 * const options: ScoreWorkbookOptions = { lang: 'zh', subject: '南洲街道办事处 · 2023' };
 */
export interface ScoreWorkbookOptions {
  /** Labels' and names' language (`zh` default). */
  readonly lang?: Language;
  /** A line under the title: whom the evaluation is about (department, project, year). */
  readonly subject?: string;
  /**
   * The budget block's amounts; without them, the budget-execution leaf's own actual and target
   * fill 全年执行数 and 全年预算数 when it has them.
   */
  readonly budget?: ScoreWorkbookBudget;
  /**
   * The scheme's grade bands (highest first) for the 等级 formula; without them the default
   * bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差) are used when they give the evaluation's grade. When
   * the bands do not give it, the grade is written as a value.
   */
  readonly grades?: readonly { readonly grade: string; readonly min: DecimalInput }[];
}

const words = {
  zh: {
    rawTotal: '合计（不含不适用指标）',
    initial: '年初预算数',
    fullYear: '全年预算数',
    executed: '全年执行数',
    rate: '执行率',
    sheet: '自评表',
    scheme: '评价方案',
    level: (depth: number): string =>
      `${depth <= 10 ? (['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][depth - 1] ?? '') : String(depth)}级指标`,
    unit: (unit: string): string => `（${unit}）`,
  },
  en: {
    rawTotal: 'Sum (applicable indicators)',
    initial: 'Initial budget',
    fullYear: 'Full-year budget',
    executed: 'Executed',
    rate: 'Execution rate',
    sheet: 'Score sheet',
    scheme: 'Scheme',
    level: (depth: number): string => `Level ${String(depth)} indicator`,
    unit: (unit: string): string => ` (${unit})`,
  },
} as const;

const bordered: CellStyle = { border: true, wrap: true };
const header: CellStyle = { border: true, wrap: true, bold: true, horizontal: 'center' };
const weightStyle: CellStyle = { border: true, horizontal: 'right' };
const percentStyle: CellStyle = { border: true, horizontal: 'right', numberFormat: '0.00"%"' };
const HUNDRED = new JixiaoDecimal(100);

/** The number format showing `places` decimals (at most 15, what a spreadsheet keeps). */
function placesFormat(places: number): string {
  const shown = Math.min(places, 15);
  return shown === 0 ? '0' : `0.${'0'.repeat(shown)}`;
}

/** How deep the tree goes: 1 when every top-level node is a leaf. */
function depthOf(nodes: readonly NodeResult[]): number {
  return nodes.reduce(
    (deepest, node) => Math.max(deepest, node.type === 'category' ? 1 + depthOf(node.children) : 1),
    0,
  );
}

/** The first leaf that stands for budget execution, in tree order. */
function budgetLeaf(nodes: readonly NodeResult[]): LeafResult | undefined {
  for (const node of nodes) {
    if (node.type === 'leaf') {
      if (node.role === 'budget-execution') return node;
    } else {
      const found = budgetLeaf(node.children);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** A field of a JSON object, when the value is one. */
function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const read: unknown = Reflect.get(value, key);
  return read;
}

/** A decimal read from a JSON decimal string, or undefined. */
function decimalField(value: unknown, key: string): Dec | undefined {
  const read = field(value, key);
  if (typeof read !== 'string') return undefined;
  const parsed = parseDecimal(read);
  return parsed.ok ? parsed.value : undefined;
}

/** The budget-execution leaf's measured amounts: actual (执行数) and target (预算数). */
function leafAmounts(leaf: LeafResult): { actual: Dec; target: Dec } | undefined {
  const actual = decimalField(leaf.input, 'actual');
  const target = decimalField(leaf.input, 'target') ?? decimalField(leaf.rule, 'target');
  return actual === undefined || target === undefined ? undefined : { actual, target };
}

interface Budget {
  readonly initial?: Dec;
  readonly fullYear: Dec;
  readonly executed: Dec;
  readonly unit?: string;
}

/** The budget block's amounts, from the options or else the budget-execution leaf. */
function readBudget(
  given: ScoreWorkbookBudget | undefined,
  leaf: LeafResult | undefined,
): Result<Budget | undefined> {
  if (given === undefined) {
    const amounts = leaf === undefined ? undefined : leafAmounts(leaf);
    return success(
      amounts === undefined ? undefined : { fullYear: amounts.target, executed: amounts.actual },
    );
  }
  const issues: Issue[] = [];
  const read = (value: DecimalInput | undefined, key: string): Dec | undefined => {
    if (value === undefined) return undefined;
    const parsed = parseDecimal(value, ['options', 'budget', key]);
    if (parsed.ok) return parsed.value;
    issues.push(...parsed.issues);
    return undefined;
  };
  const initial = read(given.initial, 'initial');
  const fullYear = read(given.fullYear, 'fullYear');
  const executed = read(given.executed, 'executed');
  const [first, ...rest] = issues;
  if (first !== undefined) return failure([first, ...rest]);
  if (fullYear === undefined || executed === undefined) return success(undefined);
  return success({
    fullYear,
    executed,
    ...(initial === undefined ? {} : { initial }),
    ...(given.unit === undefined ? {} : { unit: given.unit }),
  });
}

/** The bands of the 等级 formula, when they give the evaluation's grade for its total. */
function gradeBands(
  evaluation: Evaluation,
  given: ScoreWorkbookOptions['grades'],
): Result<readonly { grade: string; min: Dec }[] | undefined> {
  const bands: { grade: string; min: Dec }[] = [];
  for (const [index, band] of (given ?? defaultGradeBands).entries()) {
    const min = parseDecimal(band.min, ['options', 'grades', index, 'min']);
    if (!min.ok) return min;
    bands.push({ grade: band.grade, min: min.value });
  }
  const total = new JixiaoDecimal(evaluation.total);
  const reached = bands.find((band) => compareDecimals(total, band.min) >= 0) ?? bands.at(-1);
  return success(reached?.grade === evaluation.grade.grade ? bands : undefined);
}

/** A text as a formula's string literal. */
const quoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/**
 * The 等级 formula: the first band whose minimum the total reaches, the last band otherwise.
 *
 * @internal
 */
function gradeFormula(total: string, bands: readonly { grade: string; min: Dec }[]): string {
  const last = bands.at(-1);
  if (last === undefined) return '""';
  return bands
    .slice(0, -1)
    .reduceRight(
      (otherwise, band) =>
        `IF(${total}>=${formatDecimal(band.min)},${quoted(band.grade)},${otherwise})`,
      quoted(last.grade),
    );
}

/** One placed node: its row and depth, and its children's rows. */
interface Placed {
  readonly node: NodeResult;
  readonly depth: number;
  readonly row: number;
  /** The last row of the node and its descendants. */
  lastRow: number;
  readonly children: Placed[];
}

/**
 * Lays out one evaluation as a workbook in the national 自评表 style: the title, the budget block
 * (年初预算数, 全年预算数, 全年执行数, 执行率) where amounts are known, then one row per indicator
 * with the 一级/二级/三级 names in their columns (a category's name merged down over its
 * descendants), 分值, 得分, 得分率 and the leaf's 说明, and the 总分 and 等级 rows. Every sum is a
 * live formula (a category's 分值 and 得分 are the SUM of its children's, 总分 the SUM of the
 * 一级), every 得分率 and the 执行率 too, the budget-execution leaf's 得分 is computed from the
 * block's amounts (rate × weight, capped, rounded as the scheme rounds, see {@link roundFormula}),
 * and 等级 is a formula over the grade bands; other leaves' scores are values to edit. Each
 * formula's cached value is the evaluation's own string, so a reader that does not recalculate
 * sees exactly jixiao's result.
 *
 * @param evaluation - the evaluation
 * @param options - language, subject line, budget amounts and grade bands
 * @returns the workbook model, or the issues of budget amounts or grade minimums that are not
 *   decimals
 * @throws JixiaoError (`invalid_argument`) when an untyped caller passes something else than an
 *   evaluation, or options that are not an object or name another language
 *
 * @example
 * const model = scoreWorkbook(evaluation);
 * model.ok && model.value.sheets[0]?.name; // → '自评表'
 */
export function scoreWorkbook(
  evaluation: Evaluation,
  options: ScoreWorkbookOptions = {},
): Result<WorkbookModel> {
  requireEvaluation(evaluation);
  const lang = requireLanguage(requireOptions(options)['lang'], 'options.lang');
  const text = words[lang];
  const labels = sheetLabels[lang];
  const policy: RoundingPolicy = evaluation.rounding;
  const leafForBudget = budgetLeaf(evaluation.indicators);
  const budgetRead = readBudget(options.budget, leafForBudget);
  if (!budgetRead.ok) return budgetRead;
  const budget = budgetRead.value;
  const bandsRead = gradeBands(evaluation, options.grades);
  if (!bandsRead.ok) return bandsRead;
  const bands = bandsRead.value;

  const levels = Math.max(1, depthOf(evaluation.indicators));
  const weightColumn = levels;
  const scoreColumn = levels + 1;
  const rateColumn = levels + 2;
  const noteColumn = levels + 3;
  const width = levels + 4;
  const scoreStyle: CellStyle = {
    border: true,
    horizontal: 'right',
    numberFormat: placesFormat(policy.scale),
  };
  const rows: (WorkbookCell | undefined)[][] = [];
  const merges: string[] = [];
  const merge = (top: number, left: number, bottom: number, right: number): void => {
    if (top !== bottom || left !== right)
      merges.push(`${cellReference(top, left)}:${cellReference(bottom, right)}`);
  };
  const addRow = (cells: (WorkbookCell | undefined)[] = []): number => {
    rows.push(cells);
    return rows.length - 1;
  };

  addRow([
    cellText(localize(evaluation.scheme.title, lang), {
      bold: true,
      size: 14,
      horizontal: 'center',
    }),
  ]);
  merge(0, 0, 0, width - 1);
  if (options.subject !== undefined && options.subject !== '') {
    const row = addRow([cellText(options.subject, { horizontal: 'center' })]);
    merge(row, 0, row, width - 1);
  }
  const schemeRow = addRow([
    cellText(`${text.scheme}${labels.colon}${evaluation.scheme.id}@${evaluation.scheme.version}`),
  ]);
  merge(schemeRow, 0, schemeRow, width - 1);

  // The budget block, and where its amounts stand for the budget-execution formula.
  let amountCells: { executed: string; fullYear: string } | undefined;
  if (budget !== undefined) {
    addRow();
    const unit = budget.unit === undefined ? '' : text.unit(budget.unit);
    const places = Math.max(
      2,
      ...[budget.initial, budget.fullYear, budget.executed].map((each) =>
        each === undefined ? 0 : each.decimalPlaces(),
      ),
    );
    const amountStyle: CellStyle = {
      border: true,
      horizontal: 'right',
      numberFormat: `#,##0.${'0'.repeat(Math.min(places, 15))}`,
    };
    addRow([
      cellText(`${text.initial}${unit}`, header),
      cellText(`${text.fullYear}${unit}`, header),
      cellText(`${text.executed}${unit}`, header),
      cellText(text.rate, header),
    ]);
    const row = rows.length;
    const executed = cellReference(row, 2);
    const fullYear = cellReference(row, 1);
    const rate = budget.fullYear.isZero()
      ? cellText('', bordered)
      : cellNumber(
          formatDecimal(
            roundDecimal(budget.executed.times(HUNDRED).dividedBy(budget.fullYear), {
              scale: 2,
              mode: 'half-up',
            }),
            2,
          ),
          percentStyle,
          roundFormula(`${executed}*100/${fullYear}`, { scale: 2, mode: 'half-up' }),
        );
    addRow([
      budget.initial === undefined
        ? cellText('', bordered)
        : cellNumber(formatDecimal(budget.initial), amountStyle),
      cellNumber(formatDecimal(budget.fullYear), amountStyle),
      cellNumber(formatDecimal(budget.executed), amountStyle),
      rate,
    ]);
    amountCells = { executed, fullYear };
  }
  addRow();

  const headerRow = addRow([
    ...Array.from({ length: levels }, (_each, index) => cellText(text.level(index + 1), header)),
    cellText(labels.weight, header),
    cellText(labels.score, header),
    cellText(labels.rate, header),
    cellText(labels.note, header),
  ]);

  // Places every node on its row first, so that a category's formulas can name its children.
  const place = (node: NodeResult, depth: number): Placed => {
    const placed: Placed = { node, depth, row: addRow(), lastRow: 0, children: [] };
    if (node.type === 'category')
      for (const child of node.children) placed.children.push(place(child, depth + 1));
    placed.lastRow = placed.children.at(-1)?.lastRow ?? placed.row;
    return placed;
  };
  const top = evaluation.indicators.map((node) => place(node, 1));

  const rateCell = (rate: string | null, score: string, outOf: string): WorkbookCell =>
    rate === null
      ? cellText('', bordered)
      : cellNumber(
          rate,
          percentStyle,
          roundFormula(`${score}*100/${outOf}`, { scale: 2, mode: policy.mode }),
        );

  /** The budget-execution leaf's score formula, when the block holds the amounts it divides. */
  const budgetScoreFormula = (leaf: LeafResult, weight: string): string | undefined => {
    if (amountCells === undefined || budget === undefined || leaf.status !== 'scored') return;
    if (field(leaf.rule, 'kind') !== 'ratio') return;
    const amounts = leafAmounts(leaf);
    const cap = decimalField(leaf.rule, 'cap') ?? new JixiaoDecimal(1);
    if (amounts === undefined || cap.isZero() || budget.fullYear.isZero()) return;
    if (
      compareDecimals(amounts.actual, budget.executed) !== 0 ||
      compareDecimals(amounts.target, budget.fullYear) !== 0
    )
      return;
    const roundRateTo = field(leaf.rule, 'roundRateTo');
    const plainRate = `${amountCells.executed}/${amountCells.fullYear}`;
    const rate =
      typeof roundRateTo === 'number'
        ? roundFormula(plainRate, { scale: roundRateTo, mode: policy.mode })
        : plainRate;
    const fraction =
      compareDecimals(cap, new JixiaoDecimal(1)) === 0 ? rate : `${rate}/${formatDecimal(cap)}`;
    return roundFormula(`MIN(${fraction},1)*${weight}`, policy);
  };

  const fill = (placed: Placed): void => {
    const { node, depth, row } = placed;
    const cells = rows[row] ?? [];
    rows[row] = cells;
    for (let column = 0; column < width; column += 1) cells[column] = cellText('', bordered);
    const weight = cellReference(row, weightColumn);
    const score = cellReference(row, scoreColumn);
    cells[depth - 1] = cellText(localize(node.name, lang), bordered);
    if (node.type === 'category') {
      merge(row, depth - 1, placed.lastRow, depth - 1);
      const childCells = (column: number): string =>
        placed.children.map((child) => cellReference(child.row, column)).join(',');
      cells[weightColumn] = cellNumber(
        node.weight,
        weightStyle,
        `SUM(${childCells(weightColumn)})`,
      );
      cells[scoreColumn] =
        node.score === null
          ? cellText('—', { ...bordered, horizontal: 'right' })
          : cellNumber(node.score, scoreStyle, `SUM(${childCells(scoreColumn)})`);
      const outOf = node.applicableWeight === node.weight ? weight : node.applicableWeight;
      cells[rateColumn] = rateCell(node.scoreRatePercent, score, outOf);
      placed.children.forEach(fill);
      return;
    }
    merge(row, depth - 1, row, levels - 1);
    cells[weightColumn] = cellNumber(node.weight, weightStyle);
    const formula =
      node.role === 'budget-execution' && node === leafForBudget
        ? budgetScoreFormula(node, weight)
        : undefined;
    cells[scoreColumn] =
      node.score === null
        ? cellText('—', { ...bordered, horizontal: 'right' })
        : cellNumber(node.score, scoreStyle, formula);
    cells[rateColumn] = rateCell(node.scoreRatePercent, score, weight);
    cells[noteColumn] = cellText(summarizeLeaf(node, lang), bordered);
  };
  top.forEach(fill);

  const labelRow = (label: string): { row: number; cells: WorkbookCell[] } => {
    const cells = Array.from({ length: width }, () => cellText('', bordered));
    cells[0] = cellText(label, { ...header, horizontal: 'center' });
    const row = addRow(cells);
    merge(row, 0, row, levels - 1);
    return { row, cells };
  };
  const topCells = (column: number): string =>
    top.map((placed) => cellReference(placed.row, column)).join(',');
  const rescaled = evaluation.notApplicable.rescaleFactor !== '1';
  const boldScore: CellStyle = { ...scoreStyle, bold: true };
  let rawScore: string | undefined;
  let rawWeight: string | undefined;
  if (rescaled) {
    const raw = labelRow(text.rawTotal);
    const applicable = new JixiaoDecimal(evaluation.fullMarks).minus(
      new JixiaoDecimal(evaluation.notApplicable.weight),
    );
    raw.cells[weightColumn] = cellNumber(formatDecimal(applicable), weightStyle);
    raw.cells[scoreColumn] = cellNumber(
      evaluation.rawTotal,
      scoreStyle,
      `SUM(${topCells(scoreColumn)})`,
    );
    rawScore = cellReference(raw.row, scoreColumn);
    rawWeight = cellReference(raw.row, weightColumn);
  }
  const total = labelRow(labels.total);
  const totalWeight = cellReference(total.row, weightColumn);
  const totalScore = cellReference(total.row, scoreColumn);
  total.cells[weightColumn] = cellNumber(
    evaluation.fullMarks,
    { ...weightStyle, bold: true },
    `SUM(${topCells(weightColumn)})`,
  );
  total.cells[scoreColumn] = cellNumber(
    evaluation.total,
    boldScore,
    rawScore === undefined || rawWeight === undefined
      ? `SUM(${topCells(scoreColumn)})`
      : roundFormula(`${rawScore}*${totalWeight}/${rawWeight}`, policy),
  );
  total.cells[rateColumn] = rateCell(evaluation.scoreRatePercent, totalScore, totalWeight);
  const graded = labelRow(labels.grade);
  graded.cells[weightColumn] =
    bands === undefined
      ? cellText(evaluation.grade.grade, header)
      : {
          type: 'text',
          value: evaluation.grade.grade,
          formula: gradeFormula(totalScore, bands),
          style: header,
        };
  merge(graded.row, weightColumn, graded.row, noteColumn);

  const nameWidths = Array.from({ length: levels }, (_each, column) =>
    Math.min(
      40,
      Math.max(
        12,
        ...rows
          .slice(headerRow)
          .map((cells) => cells[column])
          .map((cell) => (cell === undefined ? 0 : textWidth(cell.value) + 2)),
      ),
    ),
  );
  return success({
    sheets: [
      {
        name: text.sheet,
        rows,
        merges,
        columnWidths: [...nameWidths, 8, 10, 10, 60],
      },
    ],
  });
}
