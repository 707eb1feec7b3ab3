import type { BilingualMessage } from '../../issues/Issue.js';
import { visibleText } from '../../issues/visibleText.js';
import type { CellLocation, GridCell } from '../CellGrid.js';
import { budgetPartLabels, budgetTotalLabels, headerKey, type ColumnRole } from '../vocabulary.js';
import { compactText, readCellValue } from './readCellValue.js';
import type { HeaderReading } from './readHeader.js';
import type { BudgetRow, CellValue, NameWeight, ScoreTable, TableColumn } from './ScoreTable.js';

/** What a part of the reading reports: a guess it made, a row it did not read. */
export interface ReadingLog {
  readonly guess: (
    code: string,
    message: BilingualMessage,
    locations: readonly CellLocation[],
  ) => void;
  readonly skip: (row: number, reason: BilingualMessage, cell: GridCell | undefined) => void;
}

/** A cell that holds a value (a number, a not-applicable mark, or nothing), not a label. */
export const isValueLike = (value: CellValue): boolean =>
  value.kind === 'number' || value.kind === 'notApplicable' || value.kind === 'empty';

const labelOfBudget = (text: string): string => {
  const key = headerKey(text);
  return key.startsWith('其中') ? key.slice(2).replace(/^[:：]/u, '') : key;
};

/** A row label as checks name it: without the colon it may end with (`年度资金总额：`). */
const withoutColon = (label: string): string =>
  label.endsWith(':') || label.endsWith('：') ? label.slice(0, -1).trimEnd() : label;

/**
 * The budget block of a score table as its rows are read: its header, its title (with the
 * weight it writes, `预算执行情况（20分）`), its 总额 row and its 其中 rows. The rows come in any of
 * the grid forms (left short, filled, full width, without a label column); each is placed under
 * its header's columns, every choice the table does not settle a guess.
 */
export class BudgetBlockReader {
  header: HeaderReading | undefined;
  title: { cell: GridCell; weight?: NameWeight } | undefined;
  total: BudgetRow | undefined;
  readonly parts: BudgetRow[] = [];

  constructor(private readonly log: ReadingLog) {}

  private guess(code: string, message: BilingualMessage, locations: readonly CellLocation[]): void {
    this.log.guess(code, message, locations);
  }

  private skip(row: number, reason: BilingualMessage, cell: GridCell | undefined): void {
    this.log.skip(row, reason, cell);
  }

  /** Starts the block at its header (a header read again keeps the first title). */
  start(header: HeaderReading): void {
    this.header = header;
    if (header.title !== undefined && this.title === undefined) {
      this.title = {
        cell: header.title,
        ...(header.titleWeight === undefined ? {} : { weight: header.titleWeight }),
      };
    }
  }

  /** Reads one row of the block: the 总额, a 其中 row, or a row it skips or guesses at. */
  readRow(cells: readonly GridCell[], first: GridCell, index: number): void {
    const header = this.header;
    if (header === undefined) return;
    // A filled row may open with empty cells (a merged block-title column): the label is the
    // first written cell, and the values start after it.
    const labelAt = cells.findIndex((cell) => compactText(cell.text) !== '');
    const labelled = labelAt >= 0 && !isValueLike(readCellValue(cells[labelAt]));
    // A full-width row keeps its columns: its values stand under their header cells, and the
    // blank header cells beside the label (a merged label column) are part of the label.
    const positions = fullWidthPositions(header, cells);
    const valueStart =
      positions?.firstValue ??
      cells.findIndex(
        (cell, at) => (!labelled || at > labelAt) && isValueLike(readCellValue(cell)),
      );
    const labelCells = valueStart < 0 ? [...cells] : cells.slice(0, valueStart);
    const valueCells = valueStart < 0 ? [] : cells.slice(valueStart);
    const label = labelCells.map((cell) => cell.text.trim()).join('');
    const key = labelOfBudget(label);
    const hasNumber = valueCells.some((cell) => readCellValue(cell).kind === 'number');
    // A block's only row may have no label at all (the header's first cell, 预算执行情况, is its
    // label: an OCR'd or flat 部门 sheet): the first such row, before any other, is the 总额.
    const unlabelled =
      key === '' && hasNumber && this.total === undefined && this.parts.length === 0;
    const isTotal = budgetTotalLabels.includes(key) || unlabelled;
    const isPart =
      !isTotal && (budgetPartLabels.includes(key) || headerKey(label).startsWith('其中'));
    if (unlabelled) {
      this.guess(
        'budget_row_unlabelled',
        {
          zh: '预算区的第一行没有行名，按总额行读取',
          en: "the budget block's first row has no label: read as its 总额 row",
        },
        [(valueCells[0] ?? first).location],
      );
    }
    if (!isTotal && !isPart && !hasNumber) {
      this.skip(
        index,
        {
          zh: `预算区的行「${visibleText(label)}」未识别`,
          en: `a budget row "${visibleText(label)}" not recognised`,
        },
        first,
      );
      return;
    }
    if (!isTotal && !isPart) {
      this.guess(
        'budget_row_unknown_label',
        {
          zh: `「${visibleText(label)}」不是已知的预算行名，按其中行读取`,
          en: `"${visibleText(label)}" is no known budget row label: read as a 其中 row`,
        },
        [first.location],
      );
    }
    const valueColumns = header.columns.filter(
      (column) => column.role !== undefined && column.role !== 'fundSource',
    );
    const values =
      positions === undefined
        ? this.placeValues(valueColumns, valueCells, first)
        : valuesAtPositions(header, cells, positions.starts);
    const row: BudgetRow = {
      kind: isTotal ? 'total' : 'part',
      // Unlabelled: the header's label cell (预算执行情况) names it; a header without a label
      // column names no row, so the row is the block's 总额.
      label: unlabelled
        ? hasLabelColumn(header)
          ? (header.columns[0]?.text.trim() ?? label)
          : '年度资金总额'
        : withoutColon(label),
      labelCell: first,
      values,
      row: index,
    };
    if (isTotal && this.total === undefined) this.total = row;
    else if (isTotal) this.skip(index, { zh: '第二个总额行', en: 'a second 总额 row' }, first);
    else this.parts.push(row);
  }

  /** The values of a budget row by column: in order, or anchored at the one percentage. */
  private placeValues(
    columns: readonly TableColumn[],
    given: readonly GridCell[],
    label: GridCell,
  ): Partial<Record<ColumnRole, CellValue>> {
    let cells = [...given];
    while (cells.length > columns.length && compactText(cells.at(-1)?.text ?? 'x') === '')
      cells.pop();
    while (cells.length > columns.length && compactText(cells[0]?.text ?? 'x') === '')
      cells.shift();
    if (cells.length > columns.length) {
      this.guess(
        'budget_row_extra_cells',
        {
          zh: '预算行的单元格多于表头，多余的未读',
          en: 'a budget row has more cells than its header: the extra cells were not read',
        },
        [label.location],
      );
      cells = cells.slice(0, columns.length);
    }
    const placed: (GridCell | undefined)[] = columns.map((_, index) => cells[index]);
    const rateAt = columns.findIndex((column) => column.role === 'rate');
    const percentAt = cells.findIndex((cell) => {
      const value = readCellValue(cell);
      return value.kind === 'number' && value.percent;
    });
    const hasAmountsAfterRate =
      cells.length > 0 && rateAt >= 0 && percentAt >= 0 && percentAt !== rateAt;
    if (cells.length < columns.length && hasAmountsAfterRate) {
      // Empty cells vanished: the percentage is the rate, cells before it end just before the
      // rate column, cells after it follow it.
      const before = cells.slice(0, percentAt);
      const after = cells.slice(percentAt + 1);
      placed.fill(undefined);
      before.forEach((cell, offset) => (placed[rateAt - before.length + offset] = cell));
      placed[rateAt] = cells[percentAt];
      after.forEach((cell, offset) => (placed[rateAt + 1 + offset] = cell));
      this.guess(
        'budget_row_anchored',
        {
          zh: '预算行缺少单元格：以百分数为执行率对齐',
          en: 'a budget row lacks cells: aligned at its percentage as the rate',
        },
        [label.location],
      );
    }
    const values: Partial<Record<ColumnRole, CellValue>> = {};
    columns.forEach((column, index) => {
      const role = column.role;
      if (role !== undefined && values[role] === undefined)
        values[role] = readCellValue(placed[index]);
    });
    return values;
  }

  block(): ScoreTable['budget'] {
    const header = this.header;
    if (header === undefined) return undefined;
    const title = this.title;
    return {
      columns: header.columns,
      ...(title === undefined ? {} : { title: title.cell }),
      ...(title?.weight === undefined ? {} : { titleWeight: title.weight }),
      ...(this.total === undefined ? {} : { total: this.total }),
      parts: this.parts,
    };
  }
}

/**
 * Whether a budget header starts with a label column (项目资金 / 预算执行情况 / an empty cell)
 * rather than with a value column (`年初预算数 | 全年预算数 | …` with no label column at all).
 */
function hasLabelColumn(header: HeaderReading): boolean {
  const role = header.columns[0]?.role;
  return role === undefined || role === 'fundSource';
}

/**
 * Where a budget header's columns start in the grid row, when the row is full width (as wide as
 * the header's cells): the start of each column, and the first value column's (the label takes
 * every cell before it). Undefined for a two-row header or a row of another width.
 */
function fullWidthPositions(
  header: HeaderReading,
  cells: readonly GridCell[],
): { starts: readonly number[]; firstValue: number } | undefined {
  if (header.rowsUsed !== 1) return undefined;
  const starts: number[] = [];
  let width = 0;
  for (const column of header.columns) {
    starts.push(width);
    width += Math.max(1, column.cells.length);
  }
  if (width !== cells.length || width < 2) return undefined;
  const labelled = hasLabelColumn(header);
  const firstValue = header.columns.findIndex(
    (column, index) =>
      (index > 0 || !labelled) && column.role !== undefined && column.role !== 'fundSource',
  );
  const start = starts[firstValue];
  return firstValue < 0 || start === undefined ? undefined : { starts, firstValue: start };
}

/** A full-width budget row's values, each the cell under its header column. */
function valuesAtPositions(
  header: HeaderReading,
  cells: readonly GridCell[],
  starts: readonly number[],
): Partial<Record<ColumnRole, CellValue>> {
  const labelled = hasLabelColumn(header);
  const values: Partial<Record<ColumnRole, CellValue>> = {};
  header.columns.forEach((column, index) => {
    const role = column.role;
    const at = starts[index];
    if (
      (index === 0 && labelled) ||
      role === undefined ||
      role === 'fundSource' ||
      at === undefined
    )
      return;
    values[role] ??= readCellValue(cells[at]);
  });
  return values;
}
