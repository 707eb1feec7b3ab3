import type { Dec } from '../../decimal/JixiaoDecimal.js';
import type { BilingualMessage } from '../../issues/Issue.js';
import { invalidArgument } from '../../issues/invalidArgument.js';
import { visibleText } from '../../issues/visibleText.js';
import type { CellGrid, CellLocation, GridCell } from '../CellGrid.js';
import {
  headerKey,
  isTableTitle,
  columnRole,
  gradeCellLabels,
  isLevelRole,
  reasonRowLabels,
  textRowLabels,
  totalLabels,
  type ColumnRole,
  totalKey,
} from '../vocabulary.js';
import { nodeScore, nodeWeight, sumOf } from './nodeSums.js';
import { compactText, readCellValue } from './readCellValue.js';
import { readHeader, type HeaderReading } from './readHeader.js';
import type {
  CellValue,
  IndicatorNode,
  NameWeight,
  NumberValue,
  ReadingGuess,
  ScoreTable,
  SkippedRow,
  StatedValue,
  TableColumn,
  TextRow,
  TotalRow,
} from './ScoreTable.js';
import { BudgetBlockReader, isValueLike } from './budgetBlockReader.js';
import { findStatements } from './findStatements.js';
import { splitNameWeight } from './splitNameWeight.js';

/** An indicator while the tree is built (assignable to the readonly {@link IndicatorNode}). */
interface NodeDraft {
  depth: number;
  name: string;
  nameCells: GridCell[];
  nameWeight?: NameWeight;
  values?: Partial<Record<ColumnRole, CellValue>>;
  row?: number;
  children: NodeDraft[];
}

/** A total row whose one number is decided once the tree is read. */
interface PendingTotal {
  readonly label: GridCell;
  readonly number: NumberValue;
  readonly column: 'weight' | 'score' | undefined;
  readonly row: number;
}

/** Names that head a tree (一级), for a row that holds a name alone. */
const topLevelNames: readonly string[] = [
  '产出指标',
  '效益指标',
  '满意度指标',
  '成本指标',
  '预算执行',
  '规划',
  '执行',
  '效果',
  '决策',
  '过程',
  '投入',
  '产出',
  '效益',
  '管理',
  '绩效',
  '履职效能',
  '管理效率',
  '共性指标',
  '个性指标',
];

const blankRow = (cells: readonly GridCell[]): boolean =>
  cells.every((cell) => compactText(cell.text) === '');

const firstText = (cells: readonly GridCell[]): GridCell | undefined =>
  cells.find((cell) => compactText(cell.text) !== '');

const yearIn = (text: string): number | undefined => {
  const match = /[(（]\s*(\d{4})\s*年度?\s*[)）]/u.exec(text.normalize('NFKC'));
  return match?.[1] === undefined ? undefined : Number(match[1]);
};

const isYearOnly = (text: string): boolean =>
  /^[(（]\s*\d{4}\s*年度?\s*[)）]$/u.test(compactText(text));

/** Whether a cell states a total or a grade in words (a sentence, a labelled number). */
const statesTotal = (cell: GridCell): boolean => {
  const found = findStatements([cell]);
  return found.totals.length > 0 || found.grades.length > 0;
};

/**
 * Reads a cell grid into a score table: the title and year, text rows, the budget block (总额 and
 * 其中 rows), the indicator tree (names carried down merged cells, weights written in name cells),
 * total rows, and totals and grades stated in cells. Columns are mapped by their headers. Every
 * value keeps its cell; every reading the table does not settle is listed in `guesses`. Never
 * throws on a grid.
 *
 * Rows shorter than their header come in the two forms of the grid readers' row contract (see
 * `TextLayoutReader` in src/tables/text), and both give the same score table:
 * - **left short** (merged cells absent, the `|` and per-line readers): the row is aligned with
 *   the header from the right; under a header with a 序号 column, a row that opens with a whole
 *   number keeps it as its 序号 and aligns the rest from the right;
 * - **filled** (every column present, merged cells empty: CSV, Markdown, sheets): each cell is in
 *   its column, and an empty name cell carries the name above it down.
 * Trailing value cells filled with empty cells (`row_short`) are empty values; a row that dropped
 * its trailing text cells, or carries extra empty ones, is realigned (`row_realigned`).
 *
 * @param grid - a table as a grid of cells, as a text, document or sheet reader gives it
 * @returns the score table
 * @throws JixiaoError with an `invalid_argument` issue when untyped code passes no grid
 *
 * @example
 * const table = readScoreTable(grid);
 * table.indicators?.roots.map((root) => root.name); // → ["产出指标", "效益指标", "满意度指标"]
 */
export function readScoreTable(grid: CellGrid): ScoreTable {
  const given: unknown = grid;
  if (
    typeof given !== 'object' ||
    given === null ||
    !Array.isArray(Reflect.get(given, 'rows')) ||
    !Array.isArray(Reflect.get(given, 'repairs'))
  ) {
    throw invalidArgument(
      'grid',
      { zh: '单元格网格（CellGrid）', en: 'a cell grid (CellGrid)' },
      given,
    );
  }
  return new TableReader(grid).read();
}

/** The reading of one grid: a section state machine over its rows. */
class TableReader {
  private section: 'start' | 'budget' | 'indicators' | 'text' = 'start';
  private title: GridCell | undefined;
  private year: { value: number; cell: GridCell } | undefined;
  private readonly texts: TextRow[] = [];
  private readonly budget = new BudgetBlockReader({
    guess: (code, message, locations) => {
      this.guess(code, message, locations);
    },
    skip: (row, reason, cell) => {
      this.skip(row, reason, cell);
    },
  });
  private indicatorHeader: HeaderReading | undefined;
  private indicatorTitle: { cell: GridCell; weight?: NameWeight } | undefined;
  private readonly roots: NodeDraft[] = [];
  /** The open indicator at each depth (index 1 = 一级), for names carried down merged cells. */
  private open: (NodeDraft | undefined)[] = [];
  private readonly totals: TotalRow[] = [];
  private readonly pendingTotals: PendingTotal[] = [];
  private readonly statedTotals: StatedValue[] = [];
  private readonly grades: StatedValue[] = [];
  private readonly guesses: ReadingGuess[] = [];
  private readonly skipped: SkippedRow[] = [];
  private rowsSeen = 0;

  constructor(private readonly grid: CellGrid) {}

  read(): ScoreTable {
    const grid = this.grid;
    if (grid.title !== undefined) this.readTitle(grid.title);
    const rows: readonly (readonly GridCell[])[] = grid.rows.map((row) => {
      const cells: unknown = row.cells;
      return Array.isArray(cells) ? row.cells : [];
    });
    for (let index = 0; index < rows.length; index += 1) {
      const cells = rows[index] ?? [];
      if (blankRow(cells)) continue;
      this.rowsSeen += 1;
      const unread = grid.rows[index]?.unread;
      if (unread !== undefined) {
        this.skip(index, unread, cells[0]);
        continue;
      }
      const used = this.readRow(cells, rows[index + 1], index);
      if (used === 2) {
        index += 1;
        this.rowsSeen += 1;
      }
    }
    this.decideTotals();
    const budget = this.budget.block();
    const indicators = this.indicatorBlock();
    return {
      layout: grid.layout,
      ...(this.title === undefined ? {} : { title: this.title }),
      ...(this.year === undefined ? {} : { year: this.year }),
      texts: this.texts,
      ...(budget === undefined ? {} : { budget }),
      ...(indicators === undefined ? {} : { indicators }),
      totals: this.totals,
      statedTotals: this.statedTotals,
      grades: this.grades,
      guesses: this.guesses,
      skipped: this.skipped,
      rowsSeen: this.rowsSeen,
      rowsRead: this.rowsSeen - this.skipped.length,
      repairs: grid.repairs,
    };
  }

  private guess(code: string, message: BilingualMessage, locations: readonly CellLocation[]): void {
    this.guesses.push({ code, message, locations });
  }

  private skip(row: number, reason: BilingualMessage, cell: GridCell | undefined): void {
    this.skipped.push({ row, reason, ...(cell === undefined ? {} : { location: cell.location }) });
  }

  private readTitle(cell: GridCell): void {
    this.title ??= cell;
    const year = yearIn(cell.text);
    if (year !== undefined && this.year === undefined) this.year = { value: year, cell };
  }

  /** Reads one row; returns 2 when it also used the next row (a header split over two rows). */
  private readRow(
    cells: readonly GridCell[],
    next: readonly GridCell[] | undefined,
    index: number,
  ): 1 | 2 {
    const first = firstText(cells);
    if (first === undefined) return 1;
    const joined = cells.map((cell) => cell.text.trim()).join('');
    const onlyOne = cells.filter((cell) => compactText(cell.text) !== '').length === 1;
    if (onlyOne && (isTableTitle(compactText(first.text)) || isTableTitle(compactText(joined)))) {
      if (this.title !== undefined && this.section !== 'start') {
        this.skip(
          index,
          { zh: '第二个表题：另一张表从此开始', en: 'a second title: another table starts here' },
          first,
        );
        return 1;
      }
      this.readTitle(first);
      return 1;
    }
    if (onlyOne && isYearOnly(first.text)) {
      this.readTitle(first);
      return 1;
    }
    const compact = compactText(first.text);
    const textLabelled =
      textRowLabels.some((label) => compact.startsWith(label)) ||
      (reasonRowLabels.some((label) => compact.startsWith(label)) &&
        cells.slice(1).every((cell) => columnRole(cell.text) === undefined));
    const header = textLabelled ? undefined : readHeader(cells, next);
    if (header !== undefined) {
      this.startBlock(header, index);
      return header.rowsUsed;
    }
    const key = headerKey(first.text);
    const asTotal = totalKey(first.text);
    if (
      totalLabels.includes(asTotal) ||
      totalLabels.some(
        (label) => asTotal.startsWith(label) && /\d/u.test(asTotal.slice(label.length)),
      )
    ) {
      this.readTotal(cells, first, index);
      return 1;
    }
    if (onlyOne && next !== undefined && isBlockTitle(first) && readHeader(next) !== undefined) {
      const { weight } = splitNameWeight(first);
      const title = { cell: first, ...(weight === undefined ? {} : { weight }) };
      const nextHeader = readHeader(next);
      if (nextHeader?.kind === 'budget') this.budget.title = title;
      else this.indicatorTitle = title;
      return 1;
    }
    if (
      textLabelled ||
      gradeCellLabels.includes(key) ||
      (onlyOne && this.section !== 'start' && statesTotal(first))
    ) {
      // A row of one sentence stating the total or the grade (`项目自评得分为48.5分。`, the
      // narrative under a run-on table), and a row labelled with the grade (`等级 | 优`), are
      // text, never an indicator name.
      this.readText(cells, first, index);
      this.section = 'text';
      return 1;
    }
    switch (this.section) {
      case 'budget':
        this.budget.readRow(cells, first, index);
        return 1;
      case 'indicators':
        this.readIndicatorRow(cells, index);
        return 1;
      case 'text':
        this.readText(cells, first, index);
        return 1;
      case 'start':
        this.skip(
          index,
          { zh: '表头之前的行，未识别', en: 'a row before any header, not recognised' },
          first,
        );
        return 1;
    }
  }

  private startBlock(header: HeaderReading, index: number): void {
    if (header.joined) {
      this.guess(
        'header_joined',
        {
          zh: `第 ${index + 1} 行的表头由分开的片段拼合而成`,
          en: `the header at row ${index + 1} was joined from fragments`,
        },
        header.columns.flatMap((column) => column.cells.map((cell) => cell.location)),
      );
    }
    if (header.kind === 'budget') {
      this.budget.start(header);
      this.section = 'budget';
      return;
    }
    if (this.indicatorHeader !== undefined) {
      // A header repeated (a new page): the tree goes on, the columns are read again.
      this.guess(
        'header_repeated',
        {
          zh: `第 ${index + 1} 行重复了指标表头，按续表读取`,
          en: `row ${index + 1} repeats the indicator header: read as the table continued`,
        },
        header.columns.flatMap((column) => column.cells.map((cell) => cell.location)),
      );
    }
    this.indicatorHeader = header;
    this.section = 'indicators';
    if (header.title !== undefined && this.indicatorTitle === undefined) {
      this.indicatorTitle = {
        cell: header.title,
        ...(header.titleWeight === undefined ? {} : { weight: header.titleWeight }),
      };
    }
  }

  private readText(cells: readonly GridCell[], first: GridCell, index: number): void {
    const filled = cells.filter((cell) => compactText(cell.text) !== '');
    this.texts.push({ label: first.text.trim(), cells: filled, row: index });
    const found = findStatements(filled);
    this.statedTotals.push(...found.totals);
    this.grades.push(...found.grades);
  }

  // ——— indicator block ———

  private readIndicatorRow(given: readonly GridCell[], index: number): void {
    const header = this.indicatorHeader;
    if (header === undefined) return;
    const columns = trimTrailingEmpty(header.columns);
    const joined = this.joinNameFragments(given);
    // Empty cells beyond the header's width (a sheet's unused columns) carry nothing.
    let width = joined.length;
    while (width > columns.length && compactText(joined[width - 1]?.text ?? 'x') === '') width -= 1;
    const cells = joined.slice(0, width);
    const firstValue = columns.findIndex(
      (column) => column.role !== undefined && !isNameRole(column.role),
    );
    const nameColumnCount = firstValue < 0 ? columns.length : firstValue;
    const valueCount = columns.length - nameColumnCount;
    const sequenceAt = columns.findIndex((column) => column.role === 'sequence');
    const leadingSequence =
      sequenceAt >= 0 && sequenceAt < nameColumnCount && cells.length < columns.length
        ? sequenceCell(cells[0])
        : undefined;
    const aligned =
      (leadingSequence === undefined
        ? undefined
        : this.alignAfterSequence(columns, sequenceAt, cells, valueCount, index)) ??
      this.alignRow(columns, cells, valueCount, index);
    if (aligned === undefined) {
      const names = leadingSequence === undefined ? cells : cells.slice(1);
      this.readNameOnlyRow(columns.slice(0, nameColumnCount), names, index);
      return;
    }
    const { placed, extra } = aligned;
    const values: Partial<Record<ColumnRole, CellValue>> = {};
    for (let column = nameColumnCount; column < columns.length; column += 1) {
      const role = columns[column]?.role;
      if (role !== undefined && values[role] === undefined)
        values[role] = readCellValue(placed[column]);
    }
    for (const cell of extra) {
      const { weight } = splitNameWeight(cell);
      if (weight !== undefined && this.indicatorTitle === undefined) {
        this.indicatorTitle = { cell, weight };
      } else {
        this.guess(
          'cell_left_of_names',
          {
            zh: `名称列左侧多出单元格「${visibleText(cell.text)}」，未读`,
            en: `an extra cell "${visibleText(cell.text)}" left of the name columns was not read`,
          },
          [cell.location],
        );
      }
    }
    const names: { depth: number; cell: GridCell | undefined }[] = [];
    let depth = 0;
    for (let column = 0; column < nameColumnCount; column += 1) {
      const role = columns[column]?.role;
      const cell = placed[column];
      if (role === 'sequence') {
        if (cell !== undefined && compactText(cell.text) !== '')
          values.sequence = readCellValue(cell);
        continue;
      }
      if (role === undefined && depth === 0) {
        // The block's label column (绩效指标), merged over all rows: its weight is the block's.
        if (
          cell !== undefined &&
          compactText(cell.text) !== '' &&
          this.indicatorTitle === undefined
        ) {
          const { weight } = splitNameWeight(cell);
          this.indicatorTitle = { cell, ...(weight === undefined ? {} : { weight }) };
        }
        continue;
      }
      depth += 1;
      names.push({ depth, cell });
    }
    this.placeNames(names, values, index, given[0]);
  }

  /**
   * Aligns a short row that opens with its 序号 under a header with a 序号 column: the merged
   * 一级/二级 cells left out sit between the 序号 and the leaf name, so the 序号 stays in its
   * column and the rest of the row is aligned from the right. Returns undefined when the rest
   * does not fit (the caller then aligns the whole row from the right).
   */
  private alignAfterSequence(
    columns: readonly TableColumn[],
    sequenceAt: number,
    cells: readonly GridCell[],
    valueCount: number,
    index: number,
  ): { placed: (GridCell | undefined)[]; extra: GridCell[] } | undefined {
    const rest = this.alignRow(columns.slice(sequenceAt + 1), cells.slice(1), valueCount, index);
    if (rest === undefined) return undefined;
    const placed: (GridCell | undefined)[] = columns.map(() => undefined);
    placed[sequenceAt] = cells[0];
    rest.placed.forEach((cell, at) => (placed[sequenceAt + 1 + at] = cell));
    return { placed, extra: rest.extra };
  }

  /** Joins a 二级 name split over two cells (经济效益 | 指标) into one. */
  private joinNameFragments(cells: readonly GridCell[]): readonly GridCell[] {
    const out: GridCell[] = [];
    for (const cell of cells) {
      const previous = out.at(-1);
      if (
        previous !== undefined &&
        compactText(cell.text) === '指标' &&
        readCellValue(previous).kind === 'text' &&
        !compactText(previous.text).endsWith('指标')
      ) {
        out[out.length - 1] = {
          text: `${previous.text.trim()}${cell.text.trim()}`,
          location: previous.location,
        };
        this.guess(
          'name_fragments_joined',
          {
            zh: `名称「${visibleText(previous.text.trim())}」与「指标」拼合`,
            en: `the name "${visibleText(previous.text.trim())}" was joined with "指标"`,
          },
          [previous.location, cell.location],
        );
        continue;
      }
      out.push(cell);
    }
    return out;
  }

  /**
   * Places a row's cells under the columns from the right; when the weight or score column then
   * holds text, tries the row as missing trailing cells (a dropped empty reason) or carrying extra
   * empty ones. Returns undefined for a row with no value cells (a name alone).
   */
  private alignRow(
    columns: readonly TableColumn[],
    cells: readonly GridCell[],
    valueCount: number,
    index: number,
  ): { placed: (GridCell | undefined)[]; extra: GridCell[] } | undefined {
    const trailingText = countTrailingText(columns);
    const trailingEmpty = Math.min(countTrailingEmpty(cells), 3);
    const offsets = [0];
    for (let shift = 1; shift <= trailingText; shift += 1) offsets.push(shift);
    for (let shift = 1; shift <= trailingEmpty; shift += 1) offsets.push(-shift);
    for (const offset of offsets) {
      const placed: (GridCell | undefined)[] = columns.map(() => undefined);
      const end = columns.length - offset;
      const used = offset < 0 ? cells.slice(0, cells.length + offset) : cells;
      const start = end - used.length;
      used.forEach((cell, at) => {
        const column = start + at;
        if (column >= 0 && column < columns.length) placed[column] = cell;
      });
      if (!this.valuesFit(columns, placed)) continue;
      if (offset !== 0) {
        this.guess(
          'row_realigned',
          {
            zh:
              offset > 0
                ? `第 ${index + 1} 行末尾缺少 ${offset} 个单元格，按缺少读取`
                : `第 ${index + 1} 行末尾多出 ${-offset} 个空单元格，已忽略`,
            en:
              offset > 0
                ? `row ${index + 1} lacks ${offset} trailing cell(s): read as missing`
                : `row ${index + 1} has ${-offset} extra empty trailing cell(s): ignored`,
          },
          cells.slice(0, 1).map((cell) => cell.location),
        );
      }
      const extra = start < 0 ? used.slice(0, -start) : [];
      return { placed, extra };
    }
    const anyValue = cells.some((cell) => {
      const value = readCellValue(cell);
      return value.kind === 'number' || value.kind === 'notApplicable';
    });
    if (!anyValue || cells.length < valueCount) return undefined;
    // Nothing fits: read it from the right anyway, and say so.
    this.guess(
      'row_misfit',
      {
        zh: `第 ${index + 1} 行的分值或得分列不是数`,
        en: `row ${index + 1}: its weight or score column holds no number`,
      },
      cells.slice(0, 1).map((cell) => cell.location),
    );
    const placed: (GridCell | undefined)[] = columns.map(() => undefined);
    const start = columns.length - cells.length;
    cells.forEach((cell, at) => {
      if (start + at >= 0) placed[start + at] = cell;
    });
    return { placed, extra: start < 0 ? cells.slice(0, -start) : [] };
  }

  private valuesFit(
    columns: readonly TableColumn[],
    placed: readonly (GridCell | undefined)[],
  ): boolean {
    let names = 0;
    for (const [at, column] of columns.entries()) {
      const value = readCellValue(placed[at]);
      if ((column.role === 'weight' || column.role === 'score') && !isValueLike(value))
        return false;
      if (isLevelRole(column.role) && value.kind === 'text') names += 1;
    }
    return names > 0 || columns.every((column) => !isNameRole(column.role));
  }

  /** A row that holds names only (`产出指标（50分）`): categories opened for the rows below. */
  private readNameOnlyRow(
    nameColumns: readonly TableColumn[],
    cells: readonly GridCell[],
    index: number,
  ): void {
    const filled = cells.filter((cell) => compactText(cell.text) !== '');
    const levels = nameColumns.filter(
      (column) =>
        column.role !== undefined && isNameRole(column.role) && column.role !== 'sequence',
    ).length;
    if (filled.length === 0 || levels === 0) {
      this.skip(index, { zh: '指标区的行未识别', en: 'an indicator row not recognised' }, cells[0]);
      return;
    }
    const firstName = splitNameWeight(
      filled[0] ?? cells[0] ?? { text: '', location: { kind: 'text', line: 0 } },
    ).name;
    const startDepth =
      topLevelNames.includes(compactText(firstName)) || this.open[1] === undefined || levels < 3
        ? 1
        : 2;
    const names = filled
      .slice(0, levels - startDepth)
      .map((cell, at) => ({ depth: startDepth + at, cell }));
    if (names.length === 0) {
      this.skip(index, { zh: '指标区的行未识别', en: 'an indicator row not recognised' }, cells[0]);
      return;
    }
    this.guess(
      'name_only_row',
      {
        zh: `第 ${index + 1} 行只有名称，按第 ${startDepth} 级指标读取`,
        en: `row ${index + 1} holds names only: read as level ${startDepth} indicator(s)`,
      },
      filled.map((cell) => cell.location),
    );
    this.placeNames(names, {}, index, cells[0]);
  }

  /** Opens the named indicators of a row and gives its values to the deepest one named. */
  private placeNames(
    names: readonly { depth: number; cell: GridCell | undefined }[],
    values: Partial<Record<ColumnRole, CellValue>>,
    index: number,
    first: GridCell | undefined,
  ): void {
    const leafDepth = names.at(-1)?.depth ?? 0;
    const hasValues = Object.values(values).some((value) => value.kind !== 'empty');
    let deepest: NodeDraft | undefined;
    for (const { depth, cell } of names) {
      if (cell === undefined || compactText(cell.text) === '') continue;
      const { name, weight } = splitNameWeight(cell);
      const node: NodeDraft = {
        depth,
        name,
        nameCells: [cell],
        children: [],
        ...(weight === undefined ? {} : { nameWeight: weight }),
      };
      const parent = this.parentAt(depth);
      (parent?.children ?? this.roots).push(node);
      this.open[depth] = node;
      this.open.length = depth + 1;
      deepest = node;
    }
    if (deepest === undefined) {
      if (hasValues) {
        this.skip(index, { zh: '指标行没有名称', en: 'an indicator row without a name' }, first);
      }
      return;
    }
    if (hasValues || deepest.depth === leafDepth) {
      deepest.values = values;
      deepest.row = index;
    }
  }

  private parentAt(depth: number): NodeDraft | undefined {
    for (let above = depth - 1; above >= 1; above -= 1) {
      const node = this.open[above];
      if (node !== undefined) return node;
    }
    return undefined;
  }

  private indicatorBlock(): ScoreTable['indicators'] {
    const header = this.indicatorHeader;
    if (header === undefined) return undefined;
    const title = this.indicatorTitle;
    return {
      columns: header.columns,
      ...(title === undefined ? {} : { title: title.cell }),
      ...(title?.weight === undefined ? {} : { titleWeight: title.weight }),
      roots: this.roots,
    };
  }

  // ——— totals ———

  private readTotal(cells: readonly GridCell[], first: GridCell, index: number): void {
    const fused = fusedNumber(first);
    const rest = cells.slice(cells.indexOf(first) + 1);
    const numbers = [
      ...(fused === undefined ? [] : [fused]),
      ...rest.map(readCellValue).filter((value): value is NumberValue => value.kind === 'number'),
    ];
    if (numbers.length === 0) {
      this.skip(index, { zh: '合计行没有数', en: 'a total row without numbers' }, first);
      return;
    }
    const columns =
      this.indicatorHeader === undefined ? [] : trimTrailingEmpty(this.indicatorHeader.columns);
    const byColumn = cells.length === columns.length;
    const columnOf = (value: NumberValue): 'weight' | 'score' | undefined => {
      if (!byColumn) return undefined;
      const role = columns[cells.indexOf(value.cell)]?.role;
      return role === 'weight' || role === 'score' ? role : undefined;
    };
    const [one, two, ...more] = numbers;
    if (one !== undefined && two === undefined) {
      this.pendingTotals.push({ label: first, number: one, column: columnOf(one), row: index });
      return;
    }
    if (one === undefined || two === undefined) return;
    if (more.length > 0) {
      this.guess(
        'total_row_extra_numbers',
        {
          zh: '合计行有两个以上的数：读取前两个（分值、得分）',
          en: 'a total row holds more than two numbers: the first two were read (weight, score)',
        },
        numbers.map((value) => value.cell.location),
      );
    }
    const weightFirst = !(columnOf(one) === 'score' && columnOf(two) === 'weight');
    this.totals.push({
      label: first,
      weight: weightFirst ? one : two,
      score: weightFirst ? two : one,
      decidedBy: byColumn && columnOf(one) !== undefined ? 'columns' : 'order',
      row: index,
    });
  }

  /** Decides what a total row's one number is: from its column, or the tree's sums. */
  private decideTotals(): void {
    for (const pending of this.pendingTotals) {
      const { number } = pending;
      const decided =
        pending.column !== undefined
          ? { as: pending.column, by: 'columns' as const }
          : this.decideOne(number.value);
      this.totals.push({
        label: pending.label,
        [decided.as]: number,
        decidedBy: decided.by,
        row: pending.row,
      });
      if (decided.by !== 'columns') {
        const what =
          decided.as === 'weight'
            ? { zh: '分值合计', en: 'the weight total' }
            : { zh: '得分合计', en: 'the score total' };
        const why: Record<TotalRow['decidedBy'], BilingualMessage> = {
          columns: { zh: '其所在列', en: 'its column' },
          order: { zh: '其顺序', en: 'its order' },
          'weight-sum': {
            zh: '它等于分值之和而不等于得分之和',
            en: 'it equals the sum of the weights, not of the scores',
          },
          'unscored-sheet': { zh: '表中没有任何得分', en: 'the sheet holds no score at all' },
          'score-sum': { zh: '它等于得分之和', en: 'it equals the sum of the scores' },
          'score-default': {
            zh: '它既不等于得分之和也不等于分值之和',
            en: 'it equals neither the sum of the scores nor that of the weights',
          },
        };
        this.guess(
          'total_single_number',
          {
            zh: `合计行只有一个数 ${number.written}：因${why[decided.by].zh}，读作${what.zh}`,
            en: `the total row holds one number, ${number.written}: read as ${what.en}, since ${why[decided.by].en}`,
          },
          [number.cell.location],
        );
      }
    }
  }

  private decideOne(value: Dec): { as: 'weight' | 'score'; by: TotalRow['decidedBy'] } {
    const roots = this.roots;
    const budgetScore = this.budget.total?.values.score;
    const anyScore = budgetScore?.kind === 'number' || anyLeafScore(roots);
    if (!anyScore) return { as: 'weight', by: 'unscored-sheet' };
    const scores = sumOf(roots, nodeScore);
    const weights = sumOf(roots, nodeWeight);
    const budgetWeight = this.budget.total?.values.weight;
    const withBudget = (sum: Dec | undefined, extra: CellValue | undefined): Dec | undefined =>
      sum === undefined ? undefined : extra?.kind === 'number' ? sum.plus(extra.value) : sum;
    const scoreSum = withBudget(scores?.value, budgetScore);
    const titleWeight = this.budget.title?.weight?.value;
    const weightSum =
      budgetWeight?.kind !== 'number' && titleWeight !== undefined && weights !== undefined
        ? weights.value.plus(titleWeight)
        : withBudget(weights?.value, budgetWeight);
    if (scoreSum?.equals(value) === true) return { as: 'score', by: 'score-sum' };
    if (weightSum?.equals(value) === true) return { as: 'weight', by: 'weight-sum' };
    return { as: 'score', by: 'score-default' };
  }
}

/** A lone cell before a header that titles its block (`绩效指标(90分)`, `预算执行情况(10分)`). */
const isBlockTitle = (cell: GridCell): boolean => {
  const text = compactText(cell.text);
  return (
    splitNameWeight(cell).weight !== undefined ||
    ['绩效指标', '绩效目标', '预算执行情况'].some((word) => text.includes(word))
  );
};

const isNameRole = (role: ColumnRole | undefined): boolean =>
  isLevelRole(role) || role === 'sequence';

function trimTrailingEmpty(columns: readonly TableColumn[]): readonly TableColumn[] {
  let end = columns.length;
  while (end > 0 && columns[end - 1]?.text === '') end -= 1;
  return columns.slice(0, end);
}

/** Text columns right of the last weight/score column (reasons, methods): cells a row may drop. */
function countTrailingText(columns: readonly TableColumn[]): number {
  let count = 0;
  for (let at = columns.length - 1; at >= 0; at -= 1) {
    const role = columns[at]?.role;
    if (role === 'weight' || role === 'score' || role === 'coefficient') break;
    count += 1;
  }
  return count;
}

/** The cell when it reads as a 序号 (a whole number of up to three digits, no `%`). */
function sequenceCell(cell: GridCell | undefined): GridCell | undefined {
  const value = readCellValue(cell);
  return value.kind === 'number' &&
    !value.percent &&
    value.places === 0 &&
    value.written.length <= 3 &&
    !value.written.startsWith('-')
    ? cell
    : undefined;
}

function countTrailingEmpty(cells: readonly GridCell[]): number {
  let count = 0;
  for (let at = cells.length - 1; at >= 0 && compactText(cells[at]?.text ?? 'x') === ''; at -= 1)
    count += 1;
  return count;
}

function anyLeafScore(nodes: readonly IndicatorNode[]): boolean {
  return nodes.some((node) => node.values?.score?.kind === 'number' || anyLeafScore(node.children));
}

/** A number fused to its label (`自评总分(分)95.3`, `总分100`). */
function fusedNumber(cell: GridCell): NumberValue | undefined {
  const key = totalKey(cell.text);
  for (const label of totalLabels) {
    if (!key.startsWith(label) || key.length === label.length) continue;
    const value = readCellValue({ text: key.slice(label.length), location: cell.location });
    if (value.kind === 'number') return { ...value, cell };
  }
  return undefined;
}
