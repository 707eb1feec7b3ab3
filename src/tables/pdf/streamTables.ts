import type { Repair } from '../CellGrid.js';
import { columnRole, isLevelRole, totalKey, totalLabels, type ColumnRole } from '../vocabulary.js';
import { runMiddle, type TextRun } from './geometry.js';
import { centredRows, type StreamRow } from './centredRows.js';
import type { DraftCell, PageTable } from './PageTable.js';
import { checkRowShape, levelColumns } from './rowShape.js';
import { joinRuns } from './pageRuns.js';
import {
  cellsOf,
  columnModel,
  columnOfCell,
  isValueText,
  splitAtEdges,
  type ColumnModel,
  type StreamCell,
} from './streamColumns.js';

/** Lines closer than this share of the font size are one band (a cell centred beside a wrap). */
const bandShare = 0.8;
/** Baselines closer than this share of the font size are one line. */
const sameLineShare = 0.4;
/** A wrapped line ends at most this many font sizes short of its column's right edge. */
const wrapSlackShare = 2.6;

/** A band of lines close together: one table row's worth of text, split into cells. */
interface Band {
  readonly runs: readonly TextRun[];
  readonly top: number;
  readonly bottom: number;
  readonly size: number;
  readonly cells: readonly StreamCell[];
}

/**
 * Whether one of two close lines is a merged name printed beside a row (between two rows, when
 * vertically centred): its cells all left of the other line's, and fewer of them.
 */
function isNameBeside(one: readonly TextRun[], other: readonly TextRun[]): boolean {
  const [oneCells, otherCells] = [cellsOf(one), cellsOf(other)];
  const leftOf = (left: readonly StreamCell[], right: readonly StreamCell[]): boolean =>
    left.length < right.length &&
    Math.max(...left.map((cell) => cell.right)) < Math.min(...right.map((cell) => cell.left));
  return leftOf(oneCells, otherCells) || leftOf(otherCells, oneCells);
}

/** The page's runs grouped into bands of close lines. */
function bandsOf(runs: readonly TextRun[]): Band[] {
  const byLine = new Map<number, TextRun[]>();
  for (const run of runs) byLine.set(run.line, [...(byLine.get(run.line) ?? []), run]);
  const lines = [...byLine.values()].sort(
    (one, other) => (one[0]?.baseline ?? 0) - (other[0]?.baseline ?? 0),
  );
  const groups: TextRun[][] = [];
  let lastBaseline = Number.NEGATIVE_INFINITY;
  let lastLine: readonly TextRun[] = [];
  for (const line of lines) {
    const baseline = Math.min(...line.map((run) => run.baseline));
    const size = Math.max(...line.map((run) => run.size));
    const group = groups[groups.length - 1];
    if (
      group !== undefined &&
      baseline - lastBaseline < bandShare * size &&
      !isNameBeside(lastLine, line)
    )
      group.push(...line);
    else groups.push([...line]);
    lastBaseline = Math.max(...line.map((run) => run.baseline));
    lastLine = line;
  }
  return groups.map((group) => ({
    runs: group,
    top: Math.min(...group.map((run) => run.baseline - run.size)),
    bottom: Math.max(...group.map((run) => run.baseline)),
    size: Math.max(...group.map((run) => run.size)),
    cells: cellsOf(group),
  }));
}

const roleOf = (cell: StreamCell): ColumnRole | undefined => columnRole(joinRuns(cell.runs));
const isHeaderBand = (band: Band): boolean =>
  band.cells.filter((cell) => roleOf(cell) !== undefined).length >= 3;

/** The columns of a table's bands: the header bands' role cells are columns of their own. */
function modelOf(bands: readonly Band[]): ColumnModel {
  const headerCells = new Set(bands.filter(isHeaderBand).flatMap((band) => band.cells));
  return columnModel(
    bands.map((band) => band.cells),
    (cell) => headerCells.has(cell),
  );
}

/** Whether a band of one cell stays inside one column (a wrapped line, not prose). */
function fitsColumn(band: Band, model: ColumnModel): boolean {
  const [cell, ...others] = band.cells;
  if (cell === undefined || others.length > 0) return true;
  const margin = 0.5 * band.size;
  return !model.edges
    .slice(1)
    .some((edge) => cell.left + margin < edge && edge < cell.right - margin);
}

/**
 * The bands of one borderless table: around a header band, the close bands of several cells,
 * and bands of one cell that stay inside one column (above the header, only under a band of
 * several cells); a line of prose crosses the columns and ends the table, unless a band of
 * several cells follows it among the close bands (then it is a wide cell of the table).
 */
function tableBands(bands: readonly Band[], header: number): [number, number] {
  const near = (upper: Band | undefined, lower: Band | undefined): boolean =>
    upper !== undefined &&
    lower !== undefined &&
    lower.top - upper.bottom <= 1.8 * Math.max(upper.size, lower.size);
  let from = header;
  while (from > 0 && near(bands[from - 1], bands[from])) from -= 1;
  let to = header;
  while (to + 1 < bands.length && near(bands[to], bands[to + 1])) to += 1;
  const model = modelOf(bands.slice(from, to + 1));
  const several = (band: Band | undefined): boolean => (band?.cells.length ?? 0) >= 2;
  let first = header;
  while (first > from) {
    const above = bands[first - 1];
    if (above === undefined) break;
    const fits = fitsColumn(above, model) && first - 2 >= from && several(bands[first - 2]);
    if (!several(above) && !fits) break;
    first -= 1;
  }
  // A line that fits no column ends the table only when no row of several cells follows it in
  // the run of close lines: inside the table it is a cell wider than its column, not prose.
  let lastRow = header;
  for (let index = header + 1; index <= to; index += 1) if (several(bands[index])) lastRow = index;
  let last = header;
  while (last < to) {
    const below = bands[last + 1];
    if (below === undefined) break;
    if (!(several(below) || fitsColumn(below, model) || last + 1 < lastRow)) break;
    last += 1;
  }
  return [first, last];
}

const rowText = (row: StreamRow, column: number): string => joinRuns(row.cells.get(column) ?? []);
const rowTop = (row: StreamRow): number =>
  Math.min(...[...row.cells.values()].flat().map((run) => run.baseline - run.size));
const rowBottom = (row: StreamRow): number =>
  Math.max(...[...row.cells.values()].flat().map((run) => run.baseline));
const cellMiddle = (runs: readonly TextRun[]): number => {
  const middles = runs.map(runMiddle);
  return (Math.min(...middles) + Math.max(...middles)) / 2;
};

/**
 * Moves the names of merged cells (一级/二级 names, and anything left of them) from the row they
 * are printed on to the first row of the rows they span: the spans partition the block's rows,
 * and each name sits at the top of its span (kept), at its bottom (a spreadsheet's print, whose
 * numbers are right-aligned: every name on a row's last line, the last on the block's last row)
 * or at its middle.
 */
function liftCentredNames(
  blockRows: readonly StreamRow[],
  nameColumns: readonly number[],
  rightAligned: boolean,
  page: number,
  repairs: Repair[],
): StreamRow[] {
  const floatingCells = blockRows.filter((row) => row.floating).flatMap((row) => [...row.cells]);
  const rows = blockRows.filter((row) => !row.floating);
  let spans: [number, number][] = [[0, rows.length - 1]];
  // The rows' extents as printed, before any name moves.
  const tops = rows.map(rowTop);
  const bottoms = rows.map(rowBottom);
  const boundary = (index: number): number => {
    const [above, below] = [bottoms[index - 1], tops[index]];
    if (above === undefined) return below ?? 0;
    if (below === undefined) return above + 2;
    return (above + below) / 2;
  };
  const rowHolding = (y: number, from: number, to: number): number => {
    let index = from;
    while (index < to && boundary(index + 1) <= y) index += 1;
    return index;
  };
  for (const column of nameColumns) {
    const next: [number, number][] = [];
    for (const [from, to] of spans) {
      const [spanTop, spanBottom] = [boundary(from), boundary(to + 1)];
      const floating = floatingCells
        .filter(
          ([at, runs]) =>
            at === column && cellMiddle(runs) >= spanTop && cellMiddle(runs) < spanBottom,
        )
        .map(([, runs]) => ({ runs, y: cellMiddle(runs) }));
      const names = rows
        .slice(from, to + 1)
        .flatMap((row) => {
          const runs = row.cells.get(column);
          return runs === undefined ? [] : [{ runs, y: cellMiddle(runs) }];
        })
        .concat(floating)
        .sort((one, other) => one.y - other.y);
      rows.slice(from, to + 1).forEach((row) => row.cells.delete(column));
      const firstName = names[0];
      if (firstName === undefined) {
        next.push([from, to]);
        continue;
      }
      const lastName = names[names.length - 1];
      const topAligned = rowHolding(firstName.y, from, to) === from;
      // Bottom-aligned (a spreadsheet's default): every name on the last line of a row, the
      // last one on the block's last row, none between rows.
      const bottomAligned =
        floating.length === 0 &&
        lastName !== undefined &&
        rowHolding(lastName.y, from, to) === to &&
        names.every((name) => {
          const bottom = bottoms[rowHolding(name.y, from, to)];
          const baseline = Math.max(...name.runs.map((run) => run.baseline));
          const size = Math.max(...name.runs.map((run) => run.size));
          return bottom !== undefined && Math.abs(bottom - baseline) <= sameLineShare * size;
        });
      if (topAligned && !(bottomAligned && rightAligned)) {
        // The first name stands on the block's first row: the names are top-aligned, keep them.
        for (const name of names) rows[rowHolding(name.y, from, to)]?.cells.set(column, name.runs);
        next.push([from, to]);
        continue;
      }
      const moved = (name: (typeof names)[number], printedOn: number, start: number): void => {
        const first = name.runs[0];
        if (printedOn === start || first === undefined) return;
        const text = joinRuns(name.runs);
        repairs.push({
          code: 'pdf_merged_guessed',
          location: { kind: 'page', page, line: first.line, column: column + 1 },
          message: bottomAligned
            ? {
                zh: `「${text}」看来是纵向合并、底端对齐的单元格（页面上没有表格线，表格按电子表格打印），已移到它所跨的第一行`,
                en: `"${text}" looks like a vertically merged, bottom-aligned cell (the page draws no rules and prints a spreadsheet); it was moved to the first row it spans`,
              }
            : {
                zh: `「${text}」看来是纵向合并、垂直居中的单元格（页面上没有表格线），已移到它所跨的第一行`,
                en: `"${text}" looks like a vertically merged, centred cell (the page draws no rules); it was moved to the first row it spans`,
              },
          guess: true,
        });
      };
      if (bottomAligned) {
        // Each name ends its span: the span starts after the one before.
        let start = from;
        for (const name of names) {
          const printedOn = rowHolding(name.y, from, to);
          const end = Math.max(start, printedOn);
          rows[start]?.cells.set(column, name.runs);
          moved(name, printedOn, start);
          next.push([start, end]);
          start = Math.min(end + 1, to);
        }
        continue;
      }
      let start = from;
      names.forEach((name, index) => {
        const following = names[index + 1];
        const own = Math.max(start, rowHolding(name.y, from, to));
        let end = to;
        if (following !== undefined) {
          const limit = Math.max(own, rowHolding(following.y, from, to) - 1);
          const wanted = 2 * name.y - boundary(start);
          end = own;
          for (let candidate = own; candidate <= limit; candidate += 1)
            if (Math.abs(boundary(candidate + 1) - wanted) < Math.abs(boundary(end + 1) - wanted))
              end = candidate;
        }
        const target = rows[start];
        if (target !== undefined) target.cells.set(column, name.runs);
        moved(name, rowHolding(name.y, from, to), start);
        next.push([start, end]);
        start = Math.min(end + 1, to);
      });
    }
    spans = next;
  }
  return rows;
}

/** Whether a band continues the row above it: wrapped lines of the row's cells, no value. */
function continuesRow(
  row: StreamRow,
  placed: readonly { readonly cell: StreamCell; readonly column: number }[],
  band: Band,
  model: ColumnModel,
): boolean {
  return placed.every(({ cell, column }) => {
    const above = row.cells.get(column);
    if (above === undefined || above.length === 0 || isValueText(joinRuns(cell.runs))) return false;
    const lastBaseline = Math.max(...above.map((run) => run.baseline));
    const right = Math.max(
      ...above
        .filter((run) => lastBaseline - run.baseline <= 0.4 * run.size)
        .map((run) => run.x + run.width),
    );
    const limit = model.edges.find((edge) => edge > right - 0.5) ?? model.right;
    return limit - right <= wrapSlackShare * band.size;
  });
}

/** The columns of merged names under a header: its category columns, and those left of them. */
function nameColumnsOf(roles: ReadonlyMap<number, ColumnRole>): Set<number> {
  const limit = Math.max(-1, ...levelColumns(roles).upper);
  return new Set(Array.from({ length: limit + 1 }, (_, column) => column));
}

/**
 * The rows of a table's bands: a band starts a row, unless each of its cells stands under a
 * cell of the row above whose last line runs to its column's edge, none of them a number or a
 * dash (wrapped lines: the row's score and weight are on its first line), and the band is close.
 */
function rowsOf(
  bands: readonly Band[],
  model: ColumnModel,
  page: number,
  repairs: Repair[],
): { rows: StreamRow[]; roles: Map<number, ColumnRole> } {
  const rows: StreamRow[] = [];
  let roles = new Map<number, ColumnRole>();
  const allRoles = new Map<number, ColumnRole>();
  let previousBottom = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < bands.length; index += 1) {
    const band = bands[index];
    if (band === undefined) break;
    if (!isHeaderBand(band) && (index === 0 || isHeaderBand(bands[index - 1] ?? band))) {
      let end = index;
      while (end < bands.length && !isHeaderBand(bands[end] ?? band)) end += 1;
      const body = bands.slice(index, end);
      const centred = centredRows(
        body.map((each) => each.runs),
        model,
        nameColumnsOf(roles),
        page,
        repairs,
      );
      if (centred !== undefined) {
        rows.push(...centred);
        previousBottom = body[body.length - 1]?.bottom ?? previousBottom;
        index = end - 1;
        continue;
      }
    }
    const placed = splitAtEdges(band.cells, model, page, repairs).map((cell) => ({
      cell,
      column: columnOfCell(model, cell),
    }));
    const current = rows[rows.length - 1];
    const header = isHeaderBand(band);
    if (header) {
      roles = new Map();
      for (const { cell, column } of placed) {
        const role = roleOf(cell);
        if (role !== undefined) roles.set(column, role);
      }
      roles.forEach((role, column) => allRoles.set(column, role));
    }
    if (
      !header &&
      current !== undefined &&
      band.top - previousBottom <= 1.6 * band.size &&
      continuesRow(current, placed, band, model)
    ) {
      for (const { cell, column } of placed) current.cells.get(column)?.push(...cell.runs);
      const first = band.runs[0];
      if (first !== undefined)
        repairs.push({
          code: 'pdf_line_joined',
          location: { kind: 'page', page, line: first.line, column: (placed[0]?.column ?? 0) + 1 },
          message: {
            zh: `第 ${String(page)} 页第 ${String(first.line)} 行没有数值，各段文字都在上一行同列单元格之下，已当作这些单元格的续行`,
            en: `Page ${String(page)}, line ${String(first.line)} holds no value and each of its texts stands under a cell of the line above; it was read as those cells' next line`,
          },
          guess: true,
        });
    } else {
      const cells = new Map<number, TextRun[]>();
      for (const { cell, column } of placed)
        cells.set(column, [...(cells.get(column) ?? []), ...cell.runs]);
      const floating =
        !header &&
        placed.length > 0 &&
        placed.every(({ column }) => levelColumns(roles).upper.has(column));
      rows.push({ cells, floating });
    }
    previousBottom = band.bottom;
  }
  return { rows, roles: allRoles };
}

/** Lifts centred names in every indicator block: the rows after a 一级/二级 header to its total. */
function liftNamesInBlocks(
  rows: StreamRow[],
  roles: ReadonlyMap<number, ColumnRole>,
  rightAligned: boolean,
  page: number,
  repairs: Repair[],
): StreamRow[] {
  const nameColumnLimit = Math.max(-1, ...levelColumns(roles).upper);
  if (nameColumnLimit < 0) return rows;
  const nameColumns = Array.from({ length: nameColumnLimit + 1 }, (_, index) => index);
  const isHeaderRow = (row: StreamRow): boolean =>
    [...row.cells.keys()].filter((column) => columnRole(rowText(row, column)) !== undefined)
      .length >= 3 &&
    [...row.cells.keys()].some((column) => {
      return isLevelRole(columnRole(rowText(row, column)));
    });
  const isTotalRow = (row: StreamRow): boolean =>
    [...row.cells.keys()].some((column) => totalLabels.includes(totalKey(rowText(row, column))));
  const result: StreamRow[] = [];
  let index = 0;
  while (index < rows.length) {
    const row = rows[index];
    if (row === undefined) break;
    result.push(row);
    index += 1;
    if (!isHeaderRow(row)) continue;
    let end = index;
    while (end < rows.length) {
      const candidate = rows[end];
      if (candidate === undefined || isTotalRow(candidate) || isHeaderRow(candidate)) break;
      end += 1;
    }
    result.push(
      ...liftCentredNames(rows.slice(index, end), nameColumns, rightAligned, page, repairs),
    );
    index = end;
  }
  return result;
}

/**
 * Reads the borderless tables of a page (stream tables), where no rules are drawn: text lines
 * into bands (a line of a merged name printed beside a row stands alone), bands into cells at
 * wide gaps, a table around every line of three or more header words (ended by prose that
 * crosses its columns), columns from the union of the header's cells and the body's alignment
 * (left edges for text, right edges for numbers, or middles, by what most cells share), cells
 * split where they span a column edge at a gap or where a number meets text, a line without a
 * value whose texts continue the cells above as their next line, and the names of merged
 * 一级/二级 cells (top-, bottom-aligned or centred) lifted to the first row they span. Where
 * every cell is vertically centred (wrapped cells stand around their row's line) the rows are
 * read line by line instead (`centredRows`); an indicator block whose rows then fail the
 * header's shape is marked unread (`checkRowShape`). All of it is a guess, and marked so.
 *
 * @param runs - the page's text runs not in a lattice table
 * @param page - the 1-based page number
 * @returns the tables, top to bottom, and the runs they took
 *
 * @example
 * streamTables(pageRuns(items, matrix), 1);
 */
export function streamTables(
  runs: readonly TextRun[],
  page: number,
): { readonly tables: PageTable[]; readonly used: ReadonlySet<TextRun> } {
  const bands = bandsOf(runs);
  const tables: PageTable[] = [];
  const used = new Set<TextRun>();
  let index = 0;
  while (index < bands.length) {
    const band = bands[index];
    if (band === undefined || !isHeaderBand(band)) {
      index += 1;
      continue;
    }
    const [first, last] = tableBands(bands, index);
    const chosen = bands.slice(first, last + 1);
    tables.push(readStream(chosen, page));
    for (const each of chosen) for (const run of each.runs) used.add(run);
    index = last + 1;
  }
  return { tables, used };
}

/** The filled rows of one borderless table. */
function readStream(bands: readonly Band[], page: number): PageTable {
  const model = modelOf(bands);
  const firstRun = bands[0]?.runs[0];
  const repairs: Repair[] = [
    {
      code: 'pdf_columns_guessed',
      location: { kind: 'page', page, line: firstRun?.line ?? 1 },
      message: {
        zh: `第 ${String(page)} 页的表格没有画表格线：列按单元格文字的对齐位置（左端、右端或居中）推断（${String(model.edges.length)} 列）`,
        en: `The table on page ${String(page)} draws no rules: its ${String(model.edges.length)} columns were inferred from how cell texts align (left, right or centred)`,
      },
      guess: true,
    },
  ];
  const { rows, roles } = rowsOf(bands, model, page, repairs);
  const lifted = liftNamesInBlocks(rows, roles, model.rightAligned, page, repairs);
  const draftRows = lifted.map((row): DraftCell[] => {
    const lines = [...row.cells.values()].flat().map((run) => run.line);
    const rowLine = lines.length > 0 ? Math.min(...lines) : (firstRun?.line ?? 1);
    return model.edges.map((_, column) => {
      const cellRuns = row.cells.get(column) ?? [];
      return {
        text: joinRuns(cellRuns),
        page,
        line: cellRuns.length > 0 ? Math.min(...cellRuns.map((run) => run.line)) : rowLine,
      };
    });
  });
  const shaped = checkRowShape(draftRows, page);
  repairs.push(...shaped.repairs);
  return {
    page,
    top: bands[0]?.top ?? 0,
    bottom: bands[bands.length - 1]?.bottom ?? 0,
    columns: model.edges,
    right: model.right,
    rows: shaped.rows,
    repairs,
    firstLine: firstRun?.line ?? 1,
  };
}
