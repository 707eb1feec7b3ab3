import { parseDecimal } from '../../decimal/parseDecimal.js';
import type { Dec } from '../../decimal/JixiaoDecimal.js';
import { visibleText } from '../../issues/visibleText.js';
import type { CellGrid, GridCell, GridRow, Repair } from '../CellGrid.js';
import { columnRole, isTableTitle, levelRoles, type ColumnRole } from '../vocabulary.js';
import {
  cellOf,
  emptyCellAt,
  lineTokens,
  repairAt,
  rowOf,
  textLines,
  type Token,
} from './runOnToken.js';
import { isBudgetValue, readBudgetLines, type BudgetLines } from './budgetBlock.js';
import { categoryWeight, isPlainNumber, isTotalLabel } from './valueShapes.js';

/** A column as a PDF layer emits it: its header, then its entries top to bottom. */
interface Column {
  readonly header: Token;
  readonly role: ColumnRole;
  readonly entries: Token[];
  /** True when the header stood alone and each entry has a line of its own. */
  readonly ownLines: boolean;
}

interface Block {
  readonly title: Token | undefined;
  readonly columns: readonly Column[];
  /** Category names printed without a header (`产出指标（50分）`), the level above the names. */
  readonly categories: readonly Token[];
  /** A budget block read just before the columns (in row or column order). */
  readonly budget: BudgetLines | undefined;
  /** The total row after the columns (`总分 100 98.2`). */
  readonly total: GridRow | undefined;
}

const nameRoles: readonly ColumnRole[] = levelRoles;
const isNameRole = (role: ColumnRole): boolean => nameRoles.includes(role);

function headerRole(tokens: readonly Token[]): ColumnRole | undefined {
  const [first, second] = tokens;
  if (first === undefined) return undefined;
  const role = columnRole(first.text);
  // A second header on the line makes it a header row, not a column.
  if (role === undefined || (second !== undefined && columnRole(second.text) !== undefined)) {
    return undefined;
  }
  return role;
}

const isCategoryLine = (tokens: readonly Token[]): boolean =>
  tokens.length > 0 && tokens.every((token) => categoryWeight(token.text) !== undefined);

/** The whole trimmed line as one token (an entry of a column printed a cell per line). */
function lineToken(lineText: string, line: number): Token | undefined {
  const tokens = lineTokens(lineText, line);
  const first = tokens[0];
  const last = tokens.at(-1);
  if (first === undefined || last === undefined) return undefined;
  return {
    text: lineText.slice(first.column - 1, last.column - 1 + last.text.length),
    line,
    column: first.column,
  };
}

/** A total row after the columns: a total label (spaces allowed inside it), then only values. */
function totalRow(lineText: string, line: number): GridRow | undefined {
  const tokens = lineTokens(lineText, line);
  const valueAt = tokens.findIndex((token) => isBudgetValue(token.text));
  const [head, ...tail] = tokens.slice(0, Math.max(valueAt, 0));
  if (head === undefined || !tokens.slice(valueAt).every((token) => isBudgetValue(token.text)))
    return undefined;
  const label = cellOf([head, ...tail], '');
  if (!isTotalLabel(label.text)) return undefined;
  return rowOf([label, ...tokens.slice(valueAt).map((token) => cellOf([token]))]);
}

/** How many lines above a block (or its budget block) a title may stand (identity rows between). */
const titleReach = 4;

/** The nearest table title within {@link titleReach} lines above a line. */
function titleAbove(lines: readonly string[], at: number): Token | undefined {
  for (let back = at - 1; back >= 0 && back >= at - titleReach; back -= 1) {
    const candidate = lineToken(lines[back] ?? '', back + 1);
    if (candidate !== undefined && isTableTitle(candidate.text)) return candidate;
  }
  return undefined;
}

/**
 * A budget block with no columns after it: a table of its own when in column order (no other
 * reader sees it); a block in row order alone is left to the readers of row layouts.
 */
function budgetOnly(
  lines: readonly string[],
  budget: { readonly at: number; readonly lines: BudgetLines },
): Block {
  const title = titleAbove(lines, budget.at);
  const kept = budget.lines.order === 'columns' ? budget.lines : undefined;
  return { title, columns: [], categories: [], budget: kept, total: undefined };
}

/** Finds the blocks of column lines (and budget blocks in column order) in a text. */
function findBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let index = 0;
  let budget: { readonly at: number; readonly lines: BudgetLines } | undefined;
  while (index < lines.length) {
    const tokens = lineTokens(lines[index] ?? '', index + 1);
    const budgetLines = (lines[index] ?? '').includes('|')
      ? undefined
      : readBudgetLines(lines, index);
    if (budgetLines !== undefined) {
      if (budget !== undefined) blocks.push(budgetOnly(lines, budget));
      budget = { at: index, lines: budgetLines };
      index = budgetLines.next;
      continue;
    }
    if (headerRole(tokens) === undefined || (lines[index] ?? '').includes('|')) {
      // A budget block belongs to the columns right after it, not to a later table.
      if (tokens.length > 0 && budget !== undefined) {
        blocks.push(budgetOnly(lines, budget));
        budget = undefined;
      }
      index += 1;
      continue;
    }
    const columns: Column[] = [];
    const categories: Token[] = [];
    const title = titleAbove(lines, budget?.at ?? index);
    while (index < lines.length) {
      const lineText = lines[index] ?? '';
      const line = index + 1;
      const here = lineTokens(lineText, line);
      const role = headerRole(here);
      const current = columns.at(-1);
      const [head, ...rest] = here;
      if (lineText.includes('|')) break;
      if (head === undefined) {
        index += 1;
        continue;
      }
      if (role !== undefined) {
        columns.push({ header: head, role, entries: rest, ownLines: rest.length === 0 });
      } else if (
        current?.ownLines === true &&
        (isNameRole(current.role) || !isCategoryLine(here))
      ) {
        const entry = lineToken(lineText, line);
        if (entry !== undefined) current.entries.push(entry);
      } else if (isCategoryLine(here)) categories.push(...here);
      else break;
      index += 1;
    }
    const total = totalRow(lines[index] ?? '', index + 1);
    if (total !== undefined) index += 1;
    blocks.push({ title, columns, categories, budget: budget?.lines, total });
    budget = undefined;
  }
  if (budget !== undefined) blocks.push(budgetOnly(lines, budget));
  return blocks.filter(
    (block) => isColumnBlock(block) || (block.columns.length === 0 && block.budget !== undefined),
  );
}

function isColumnBlock(block: Block): boolean {
  const roles = block.columns.map((column) => column.role);
  return (
    block.columns.length >= 3 &&
    roles.includes('level3') &&
    (roles.includes('weight') || roles.includes('score')) &&
    block.columns.every((column) => column.entries.length > 0)
  );
}

const decimalOf = (text: string | undefined): Dec | undefined => {
  if (text === undefined || !isPlainNumber(text)) return undefined;
  const read = parseDecimal(text.normalize('NFKC'));
  return read.ok ? read.value : undefined;
};

const sumOf = (values: readonly Dec[]): Dec | undefined => {
  const [first, ...rest] = values;
  return first === undefined ? undefined : rest.reduce((total, value) => total.plus(value), first);
};

/** A column's entries as texts, with '' where a cell is absent. */
type Entries = readonly (Token | undefined)[];

/** Whether weights and scores hold: score ≤ weight, leaf weights summing to the categories. */
function fits(weights: Entries, scores: Entries, total: Dec | undefined): boolean {
  const weightValues = weights.map((token) => decimalOf(token?.text));
  for (const [index, score] of scores.entries()) {
    const value = decimalOf(score?.text);
    const weight = weightValues[index];
    if (value !== undefined && weight !== undefined && value.greaterThan(weight)) return false;
  }
  if (total === undefined || weights.length === 0) return true;
  const known = weightValues.filter((value) => value !== undefined);
  const sum = sumOf(known);
  if (sum === undefined) return true;
  const missing = weightValues.flatMap((value, index) => (value === undefined ? [index] : []));
  if (missing.length === 0) return sum.equals(total);
  const [gap] = missing;
  if (missing.length > 1 || gap === undefined) return true;
  const inferred = total.minus(sum);
  const score = decimalOf(scores[gap]?.text);
  return inferred.greaterThan(0) && !score?.greaterThan(inferred);
}

/** The sum of the weights printed on the top category labels, when every one carries one. */
function categoryTotal(labels: readonly Token[]): Dec | undefined {
  const weights = labels.map((label) => decimalOf(categoryWeight(label.text)));
  if (weights.length === 0 || weights.some((weight) => weight === undefined)) return undefined;
  return sumOf(weights.filter((weight) => weight !== undefined));
}

/**
 * Places category labels emitted late over the leaf rows: one per row, one over all, or, when
 * every label carries its weight, consecutive runs of rows whose weights sum to it.
 */
function placeLabels(
  labels: readonly Token[],
  rowWeights: readonly (Dec | undefined)[],
): { readonly at: ReadonlyMap<number, Token>; readonly byWeights: boolean } | undefined {
  const count = rowWeights.length;
  if (labels.length === 0) return { at: new Map(), byWeights: false };
  if (labels.length === count)
    return { at: new Map(labels.map((label, index) => [index, label])), byWeights: false };
  const [only] = labels;
  if (labels.length === 1 && only !== undefined)
    return { at: new Map([[0, only]]), byWeights: false };
  const at = new Map<number, Token>();
  let row = 0;
  for (const label of labels) {
    const weight = decimalOf(categoryWeight(label.text));
    if (weight === undefined || row >= count) return undefined;
    at.set(row, label);
    let sum: Dec | undefined;
    while (row < count && (sum === undefined || sum.lessThan(weight))) {
      const value = rowWeights[row];
      if (value === undefined) return undefined;
      sum = sum === undefined ? value : sum.plus(value);
      row += 1;
    }
    if (!sum?.equals(weight)) return undefined;
  }
  return row === count ? { at, byWeights: true } : undefined;
}

/** Reports weighted labels whose rows' weights do not sum to them, under this reading. */
function checkBalance(
  placed: ReadonlyMap<number, Token>,
  rowWeights: readonly (Dec | undefined)[],
  repairs: Repair[],
): void {
  const starts = [...placed.keys()].sort((left, right) => left - right);
  starts.forEach((start, order) => {
    const label = placed.get(start);
    const weight = decimalOf(categoryWeight(label?.text ?? ''));
    if (label === undefined || weight === undefined) return;
    const span = rowWeights.slice(start, starts[order + 1] ?? rowWeights.length);
    if (span.some((value) => value === undefined)) return;
    const sum = sumOf(span.filter((value) => value !== undefined));
    if (sum === undefined || sum.equals(weight)) return;
    repairs.push(
      repairAt(
        'weights_unbalanced',
        label,
        `按列顺序读取时，「${visibleText(label.text)}」下各行分值合计 ${sum.toString()}，与其 ${weight.toString()} 分不符（可能是列错位）`,
        `Read in column order, the rows under "${visibleText(label.text)}" weigh ${sum.toString()}, not its ${weight.toString()} (the columns may be misaligned)`,
      ),
    );
  });
}

/** Aligns every value column with the names, placing one short column by the constraints. */
function alignColumns(
  names: Column,
  values: readonly Column[],
  total: Dec | undefined,
  repairs: Repair[],
): Map<Column, Entries> | undefined {
  const count = names.entries.length;
  const aligned = new Map<Column, Entries>(values.map((column) => [column, column.entries]));
  const short = values.filter((column) => column.entries.length !== count);
  if (short.length === 0) return aligned;
  const [gapColumn] = short;
  if (short.length > 1 || gapColumn?.entries.length !== count - 1) {
    return undefined;
  }
  const weightColumn = values.find((column) => column.role === 'weight');
  const scoreColumn = values.find((column) => column.role === 'score');
  const placements: Entries[] = [];
  for (let gap = 0; gap < count; gap += 1) {
    const candidate = [
      ...gapColumn.entries.slice(0, gap),
      undefined,
      ...gapColumn.entries.slice(gap),
    ];
    const weights = gapColumn === weightColumn ? candidate : (weightColumn?.entries ?? []);
    const scores = gapColumn === scoreColumn ? candidate : (scoreColumn?.entries ?? []);
    if (fits(weights, scores, total)) placements.push(candidate);
  }
  const [only, ...others] = placements;
  if (only === undefined || others.length > 0) return undefined;
  aligned.set(gapColumn, only);
  const gap = only.indexOf(undefined);
  repairs.push(
    repairAt(
      'cells_placed',
      gapColumn.header,
      `「${visibleText(gapColumn.header.text)}」列少一项，按分值与得分的约束放在第 ${gap + 1} 行留空`,
      `The column "${visibleText(gapColumn.header.text)}" is one entry short; by the weight and score constraints its empty cell is row ${gap + 1}`,
      true,
    ),
  );
  return aligned;
}

function unaligned(block: Block, header: GridRow, repairs: Repair[]): CellGrid {
  const counts = block.columns
    .map((column) => `${column.header.text} ${column.entries.length}`)
    .join('，');
  const first = block.columns[0];
  const all =
    first === undefined
      ? repairs
      : [
          ...repairs,
          repairAt(
            'columns_unaligned',
            first.header,
            `各列项数不一致（${visibleText(counts)}），无法按约束唯一地对齐，未拼出任何行`,
            `The columns differ in length (${visibleText(counts)}) and no single placement fits the constraints; no rows were built`,
          ),
        ];
  return gridOf(block, [header], all);
}

/** The block's grid: its budget rows, the indicator rows, its total row. */
function gridOf(block: Block, indicator: readonly GridRow[], found: readonly Repair[]): CellGrid {
  const rows = [
    ...(block.budget?.rows ?? []),
    ...indicator,
    ...(block.total === undefined ? [] : [block.total]),
  ];
  const repairs = [...(block.budget?.repairs ?? []), ...found];
  return block.title === undefined
    ? { layout: 'column-order', rows, repairs }
    : { layout: 'column-order', title: cellOf([block.title]), rows, repairs };
}

/** Reads one block of columns into a header row and one row per leaf. */
function readBlock(block: Block): CellGrid {
  const repairs: Repair[] = [];
  if (block.columns.length === 0) return gridOf(block, [], repairs);
  const byRole = (role: ColumnRole): Column | undefined =>
    block.columns.find((column) => column.role === role);
  const names = byRole('level3');
  const level2 = byRole('level2');
  const level1 = byRole('level1');
  const values = block.columns.filter((column) => !isNameRole(column.role));
  const headerColumns = [level1, level2, names, ...values].filter((column) => column !== undefined);
  const header = rowOf(headerColumns.map((column) => cellOf([column.header])));
  if (names === undefined) return unaligned(block, header, repairs);
  // Labels printed without a header sit one level above the shallowest name column printed.
  const upper = [...(level1?.entries ?? []), ...(level2 === undefined ? [] : block.categories)];
  const middle = level2 === undefined ? block.categories : level2.entries;
  const topLabels = upper.length > 0 ? upper : middle;
  const aligned = alignColumns(names, values, categoryTotal(topLabels), repairs);
  if (aligned === undefined) return unaligned(block, header, repairs);
  const weightColumn = values.find((column) => column.role === 'weight');
  const rowWeights = names.entries.map((_, index) =>
    decimalOf(weightColumn === undefined ? undefined : aligned.get(weightColumn)?.[index]?.text),
  );
  const levels = [upper, middle].map((labels) => {
    const placed = placeLabels(labels, rowWeights);
    const first = labels[0];
    if (placed === undefined && first !== undefined) {
      repairs.push(
        repairAt(
          'labels_unplaced',
          first,
          `无法确定「${visibleText(labels.map((label) => label.text).join(' '))}」各覆盖哪些行，未放入行中`,
          `Could not tell which rows "${visibleText(labels.map((label) => label.text).join(' '))}" head; left out of the rows`,
        ),
      );
    } else if (placed?.byWeights === true && first !== undefined) {
      repairs.push(
        repairAt(
          'labels_placed',
          first,
          `按各行分值之和放置合并单元格「${visibleText(labels.map((label) => label.text).join(' '))}」`,
          `Placed the merged labels "${visibleText(labels.map((label) => label.text).join(' '))}" by the sums of the rows' weights`,
          true,
        ),
      );
    }
    if (placed !== undefined) checkBalance(placed.at, rowWeights, repairs);
    return placed?.at ?? new Map<number, Token>();
  });
  const rows = names.entries.map((name, index) => {
    const cells: GridCell[] = [];
    for (const level of levels) {
      const label = level.get(index);
      if (label !== undefined) cells.push(cellOf([label]));
    }
    cells.push(cellOf([name]));
    for (const column of values) {
      const entry = aligned.get(column)?.[index];
      cells.push(entry === undefined ? emptyCellAt(column.header) : cellOf([entry]));
    }
    return rowOf(cells);
  });
  return gridOf(block, [header, ...rows], repairs);
}

/**
 * Reads the tables a text holds cells in column order (a PDF text layer): a line per column
 * (`三级指标 name name name`, `分值 20 20 10`), or a header line followed by its cells one per
 * line, with merged labels (`二级指标 …`, `产出指标（50分）`) emitted late. The i-th name goes with
 * the i-th entry of every value column; a column one entry short is placed by score ≤ weight and
 * the category weights, or the table is reported unplaceable (`columns_unaligned`, no rows).
 *
 * @param text - the whole text
 * @returns one grid per block of columns; `[]` for text in any other layout
 *
 * @example
 * readColumnOrderTables('三级指标 甲 乙\n分值 10 20\n得分 9 20');
 * // → [{ layout: 'column-order', rows: [[三级指标, 分值, 得分], [甲, 10, 9], [乙, 20, 20]], repairs: [] }]
 */
export function readColumnOrderTables(text: string): readonly CellGrid[] {
  if (typeof text !== 'string') return [];
  return findBlocks(textLines(text)).map(readBlock);
}
