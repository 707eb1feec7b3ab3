import { visibleText } from '../../issues/visibleText.js';
import type { GridCell, GridRow, Repair } from '../CellGrid.js';
import { columnRole, headerKey, type ColumnRole } from '../vocabulary.js';
import { cellOf, emptyCellAt, lineTokens, repairAt, rowOf, type Token } from './runOnToken.js';
import {
  isBudgetRowLabel,
  isNotApplicable,
  isPercent,
  isPlainNumber,
  shapeKey,
} from './valueShapes.js';

/** Labels that head a budget block (`项目资金（万元）`), compared after headerKey. */
export const budgetBlockKeys: ReadonlySet<string> = new Set(
  ['项目资金', '部门(单位)总体资金', '单位总体资金', '预算执行情况', '资金情况'].map((label) =>
    headerKey(label),
  ),
);

const amountRoles: readonly ColumnRole[] = ['initialBudget', 'budget', 'executed'];
const numberRoles: readonly ColumnRole[] = [...amountRoles, 'rate', 'weight', 'score'];

/** Whether a token is a budget value: a number, a rate, or "not applicable". */
export const isBudgetValue = (text: string): boolean =>
  isPlainNumber(text) || isPercent(text) || isNotApplicable(text);

/**
 * The roles of a budget header's columns. A first column that repeats a later column's role is
 * the block's label (`年度预算数(万元)` over 年初预算 | 调整后预算数 …), not a column of the rows.
 *
 * @param header - the header's tokens after the block label
 * @returns one role per token, undefined for a label column
 */
export function budgetColumns(header: readonly Token[]): (ColumnRole | undefined)[] {
  const roles = header.map((token) => columnRole(token.text));
  const [first, ...rest] = roles;
  return first !== undefined && rest.includes(first) ? [undefined, ...rest] : roles;
}

/**
 * Places a budget row's values in the header's columns, by count and shape: all columns, the
 * amounts only (其中 rows), or left to right with a `%` at the rate (a guess, reported).
 *
 * @param label - the row's label token
 * @param values - the row's value tokens
 * @param columns - the header's roles
 * @param repairs - where a guessed placement is reported
 * @returns one cell per column
 */
export function budgetCells(
  label: Token,
  values: readonly Token[],
  columns: readonly (ColumnRole | undefined)[],
  repairs: Repair[],
): GridCell[] {
  const cells: GridCell[] = columns.map(() => emptyCellAt(label));
  const columnsOf = (roles: readonly ColumnRole[]): readonly number[] =>
    columns.flatMap((role, index) => (role !== undefined && roles.includes(role) ? [index] : []));
  const numberColumns = columnsOf(numberRoles);
  const amountColumns = columnsOf(amountRoles);
  const noPercent = values.every((value) => !isPercent(value.text));
  let targets: readonly number[];
  if (values.length === numberColumns.length) targets = numberColumns;
  else if (values.length === amountColumns.length && noPercent) targets = amountColumns;
  else {
    // Fewer values than columns and not the amounts-only shape: left to right, `%` at the rate.
    const placed: number[] = [];
    let next = 0;
    for (const value of values) {
      const rate = columns.indexOf('rate');
      if (isPercent(value.text) && rate >= next) next = rate;
      while (next < columns.length && !numberColumns.includes(next)) next += 1;
      placed.push(next);
      next += 1;
    }
    targets = placed;
    const first = values[0];
    if (first !== undefined) {
      repairs.push(
        repairAt(
          'cells_placed',
          first,
          `「${visibleText(label.text)}」行只有 ${values.length} 个数值，按列顺序和形状放置`,
          `The row "${visibleText(label.text)}" has ${values.length} values; placed by column order and shape`,
          true,
        ),
      );
    }
  }
  values.forEach((value, index) => {
    const column = targets[index];
    if (column !== undefined && column < cells.length) cells[column] = cellOf([value]);
  });
  return cells;
}

/** A line's tokens with a bare `其中：` joined onto the label after it. */
function budgetTokens(lineText: string, line: number): Token[] {
  const joined: Token[] = [];
  for (const token of lineTokens(lineText, line)) {
    const previous = joined.at(-1);
    if (previous !== undefined && /^其中[:：]?$/.test(shapeKey(previous.text))) {
      joined[joined.length - 1] = { ...previous, text: previous.text + token.text };
    } else joined.push(token);
  }
  return joined;
}

/** A budget block read off the lines: its grid rows and the index of the line after it. */
export interface BudgetLines {
  readonly rows: readonly GridRow[];
  readonly repairs: readonly Repair[];
  readonly next: number;
  /** Row order (a header line, then a line per row) or column order (a line per column). */
  readonly order: 'rows' | 'columns';
}

/** One line of a budget block in column order: `年初预算数 30.00 30.00`. */
interface BudgetColumn {
  readonly header: Token;
  readonly role: ColumnRole;
  readonly values: readonly Token[];
}

function columnOrder(
  lines: readonly string[],
  at: number,
  label: Token,
  rowLabels: readonly Token[],
): BudgetLines | undefined {
  const columns: BudgetColumn[] = [];
  let index = at + 1;
  for (; index < lines.length; index += 1) {
    const [header, ...values] = budgetTokens(lines[index] ?? '', index + 1);
    const role = header === undefined ? undefined : columnRole(header.text);
    if (header === undefined || role === undefined || !numberRoles.includes(role)) break;
    if (values.length === 0 || values.length > rowLabels.length) break;
    if (!values.every((value) => isBudgetValue(value.text))) break;
    columns.push({ header, role, values });
  }
  if (!columns.some((column) => amountRoles.includes(column.role))) return undefined;
  const repairs: Repair[] = [];
  for (const column of columns) {
    const [first] = column.values;
    // 分值, 执行率 and 得分 hold the 总额 row's value only; a short amount column is a guess.
    if (
      first !== undefined &&
      amountRoles.includes(column.role) &&
      column.values.length < rowLabels.length
    ) {
      repairs.push(
        repairAt(
          'cells_placed',
          first,
          `「${visibleText(column.header.text)}」只有 ${column.values.length} 个数值，自第一行起放置`,
          `The column "${visibleText(column.header.text)}" has ${column.values.length} values; placed from the first row`,
          true,
        ),
      );
    }
  }
  const rows = [
    rowOf([cellOf([label]), ...columns.map((column) => cellOf([column.header]))]),
    ...rowLabels.map((rowLabel, row) =>
      rowOf([
        cellOf([rowLabel]),
        ...columns.map((column) => {
          const value = column.values[row];
          return value === undefined ? emptyCellAt(rowLabel) : cellOf([value]);
        }),
      ]),
    ),
  ];
  return { rows, repairs, next: index, order: 'columns' };
}

function rowOrder(
  lines: readonly string[],
  at: number,
  label: Token,
  header: readonly Token[],
): BudgetLines {
  const columns = budgetColumns(header);
  const repairs: Repair[] = [];
  const rows: GridRow[] = [rowOf([label, ...header].map((token) => cellOf([token])))];
  let index = at + 1;
  for (; index < lines.length; index += 1) {
    const [rowLabel, ...values] = budgetTokens(lines[index] ?? '', index + 1);
    if (rowLabel === undefined || !isBudgetRowLabel(rowLabel.text)) break;
    if (!values.every((value) => isBudgetValue(value.text))) break;
    rows.push(rowOf([cellOf([rowLabel]), ...budgetCells(rowLabel, values, columns, repairs)]));
  }
  return { rows, repairs, next: index, order: 'rows' };
}

/**
 * Reads a budget block that starts at a line, in either order: a header line
 * (`项目资金（万元） 年初预算数 全年预算数 …`) and a line per row (`年度资金总额 30.00 …`), or a
 * labels line (`项目资金（万元） 年度资金总额 其中：当年财政拨款`) and a line per column
 * (`年初预算数 30.00 30.00`, `分值 10`), whose short 分值/执行率/得分 lines hold the 总额 row's value.
 * Both give the same grid rows: the header, then one row per budget row.
 *
 * @param lines - the text's lines
 * @param at - the index of the block's first line
 * @returns the rows and the line after the block, or undefined when no budget block starts there
 *
 * @example
 * readBudgetLines(['项目资金 年度资金总额', '全年预算数 10', '全年执行数 9', '得分 9'], 0)?.rows.length;
 * // → 2
 */
export function readBudgetLines(lines: readonly string[], at: number): BudgetLines | undefined {
  const [label, ...rest] = budgetTokens(lines[at] ?? '', at + 1);
  if (label === undefined || rest.length === 0 || !budgetBlockKeys.has(headerKey(label.text))) {
    return undefined;
  }
  if (rest.every((token) => isBudgetRowLabel(token.text))) {
    return columnOrder(lines, at, label, rest);
  }
  const roles = rest.map((token) => columnRole(token.text));
  if (roles.every((role) => role !== undefined) && roles.some((role) => amountRoles.includes(role)))
    return rowOrder(lines, at, label, rest);
  return undefined;
}
