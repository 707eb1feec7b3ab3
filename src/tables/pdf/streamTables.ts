import type { Repair } from '../CellGrid.js';
import { columnRole, headerKey, totalLabels, type ColumnRole } from '../vocabulary.js';
import { clusterValues } from './clusterValues.js';
import { runMiddle, type TextRun } from './geometry.js';
import type { DraftCell, PageTable } from './PageTable.js';
import { joinRuns } from './pageRuns.js';

/** Lines closer than this share of the font size are one band (a cell centred beside a wrap). */
const bandShare = 0.8;
/** A gap wider than this share of the font size separates two cells on a line. */
const cellGapShare = 0.75;
/** Cell starts within this many points are one column. */
const columnTolerance = 3;

/** A cell of a borderless table as seen on the page: its runs and horizontal extent. */
interface StreamCell {
  readonly runs: TextRun[];
  left: number;
  right: number;
}

/** A band of lines close together: one table row's worth of text, split into cells. */
interface Band {
  readonly runs: readonly TextRun[];
  readonly top: number;
  readonly bottom: number;
  readonly size: number;
  readonly cells: readonly StreamCell[];
}

/** The cells of a band: runs left to right, a new cell at every wide gap. */
function cellsOf(runs: readonly TextRun[]): StreamCell[] {
  const cells: StreamCell[] = [];
  for (const run of [...runs].sort((one, other) => one.x - other.x)) {
    const last = cells[cells.length - 1];
    if (last !== undefined && run.x - last.right < cellGapShare * run.size) {
      last.runs.push(run);
      last.right = Math.max(last.right, run.x + run.width);
    } else cells.push({ runs: [run], left: run.x, right: run.x + run.width });
  }
  return cells;
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
  for (const line of lines) {
    const baseline = Math.min(...line.map((run) => run.baseline));
    const size = Math.max(...line.map((run) => run.size));
    const group = groups[groups.length - 1];
    if (group !== undefined && baseline - lastBaseline < bandShare * size) group.push(...line);
    else groups.push([...line]);
    lastBaseline = Math.max(...line.map((run) => run.baseline));
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

/** The bands of one borderless table: around a header band, while they look tabular. */
function tableBands(bands: readonly Band[], header: number): [number, number] {
  const near = (upper: Band, lower: Band): boolean =>
    lower.top - upper.bottom <= 1.8 * Math.max(upper.size, lower.size);
  let first = header;
  while (first > 0) {
    const above = bands[first - 1];
    const current = bands[first];
    if (above === undefined || current === undefined) break;
    if (above.cells.length < 2 || !near(above, current)) break;
    first -= 1;
  }
  let last = header;
  const starts = (): number[] =>
    clusterValues(
      bands
        .slice(first, last + 1)
        .filter((band) => band.cells.length >= 2)
        .flatMap((band) => band.cells.map((cell) => cell.left)),
      columnTolerance,
    );
  while (last + 1 < bands.length) {
    const below = bands[last + 1];
    const current = bands[last];
    if (below === undefined || current === undefined || !near(current, below)) break;
    if (below.cells.length < 2) {
      const left = below.cells[0]?.left ?? 0;
      if (!starts().some((start) => Math.abs(start - left) <= columnTolerance)) break;
    }
    last += 1;
  }
  return [first, last];
}

/** A row being built: its text per column, with each cell's runs. */
interface StreamRow {
  readonly cells: Map<number, TextRun[]>;
  readonly floating: boolean;
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
 * Moves the names of merged, vertically centred cells (一级/二级 names, and anything left of
 * them) from the row they are printed on to the first row of the rows they span: the spans
 * partition the block's rows, and each name sits at the middle of its span.
 */
function liftCentredNames(
  blockRows: readonly StreamRow[],
  nameColumns: readonly number[],
  page: number,
  repairs: Repair[],
): StreamRow[] {
  const floatingCells = blockRows.filter((row) => row.floating).flatMap((row) => [...row.cells]);
  const rows = blockRows.filter((row) => !row.floating);
  let spans: [number, number][] = [[0, rows.length - 1]];
  const boundary = (index: number): number => {
    const [above, below] = [rows[index - 1], rows[index]];
    if (above === undefined) return below === undefined ? 0 : rowTop(below);
    if (below === undefined) return rowBottom(above) + 2;
    return (rowBottom(above) + rowTop(below)) / 2;
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
      if (rowHolding(firstName.y, from, to) === from) {
        // The first name stands on the block's first row: the names are top-aligned, keep them.
        for (const name of names) rows[rowHolding(name.y, from, to)]?.cells.set(column, name.runs);
        next.push([from, to]);
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
        const printedOn = rowHolding(name.y, from, to);
        const first = name.runs[0];
        if (printedOn !== start && first !== undefined)
          repairs.push({
            code: 'pdf_merged_guessed',
            location: { kind: 'page', page, line: first.line, column: column + 1 },
            message: {
              zh: `「${joinRuns(name.runs)}」看来是纵向合并、垂直居中的单元格（页面上没有表格线），已移到它所跨的第一行`,
              en: `"${joinRuns(name.runs)}" looks like a vertically merged, centred cell (the page draws no rules); it was moved to the first row it spans`,
            },
            guess: true,
          });
        next.push([start, end]);
        start = Math.min(end + 1, to);
      });
    }
    spans = next;
  }
  return rows;
}

/** The rows of a table's bands: a band of several cells starts a row; a lone cell continues one. */
function rowsOf(
  bands: readonly Band[],
  starts: readonly number[],
  page: number,
  repairs: Repair[],
): { rows: StreamRow[]; roles: Map<number, ColumnRole> } {
  const columnOf = (cell: StreamCell): number => {
    let column = 0;
    starts.forEach((start, index) => {
      if (start <= cell.left + columnTolerance) column = index;
    });
    return column;
  };
  const rows: StreamRow[] = [];
  let roles = new Map<number, ColumnRole>();
  const allRoles = new Map<number, ColumnRole>();
  let previousBottom = Number.NEGATIVE_INFINITY;
  for (const band of bands) {
    const placed = band.cells.map((cell) => ({ cell, column: columnOf(cell) }));
    const current = rows[rows.length - 1];
    const lone = placed.length === 1 ? placed[0] : undefined;
    if (isHeaderBand(band)) {
      roles = new Map();
      for (const { cell, column } of placed) {
        const role = roleOf(cell);
        if (role !== undefined) roles.set(column, role);
      }
      roles.forEach((role, column) => allRoles.set(column, role));
    }
    if (
      lone !== undefined &&
      current !== undefined &&
      current.cells.has(lone.column) &&
      band.top - previousBottom <= 1.6 * band.size
    ) {
      current.cells.get(lone.column)?.push(...lone.cell.runs);
      const first = lone.cell.runs[0];
      if (first !== undefined)
        repairs.push({
          code: 'pdf_line_joined',
          location: { kind: 'page', page, line: first.line, column: lone.column + 1 },
          message: {
            zh: `第 ${String(page)} 页第 ${String(first.line)} 行只有一段文字，已当作上一行同列单元格的续行`,
            en: `Page ${String(page)}, line ${String(first.line)} holds one text only; it was read as the next line of the cell above it`,
          },
          guess: true,
        });
    } else {
      const cells = new Map<number, TextRun[]>();
      for (const { cell, column } of placed)
        cells.set(column, [...(cells.get(column) ?? []), ...cell.runs]);
      const role = lone === undefined ? undefined : roles.get(lone.column);
      rows.push({ cells, floating: role === 'level1' || role === 'level2' });
    }
    previousBottom = band.bottom;
  }
  return { rows, roles: allRoles };
}

/** Lifts centred names in every indicator block: the rows after a 一级/二级 header to its total. */
function liftNamesInBlocks(
  rows: StreamRow[],
  roles: ReadonlyMap<number, ColumnRole>,
  page: number,
  repairs: Repair[],
): StreamRow[] {
  const nameColumnLimit = Math.max(
    -1,
    ...[...roles]
      .filter(([, role]) => role === 'level1' || role === 'level2')
      .map(([column]) => column),
  );
  if (nameColumnLimit < 0) return rows;
  const nameColumns = Array.from({ length: nameColumnLimit + 1 }, (_, index) => index);
  const isHeaderRow = (row: StreamRow): boolean =>
    [...row.cells.keys()].filter((column) => columnRole(rowText(row, column)) !== undefined)
      .length >= 3 &&
    [...row.cells.keys()].some((column) => {
      const role = columnRole(rowText(row, column));
      return role === 'level1' || role === 'level2' || role === 'level3';
    });
  const isTotalRow = (row: StreamRow): boolean =>
    [...row.cells.keys()].some((column) => totalLabels.includes(headerKey(rowText(row, column))));
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
    result.push(...liftCentredNames(rows.slice(index, end), nameColumns, page, repairs));
    index = end;
  }
  return result;
}

/**
 * Reads the borderless tables of a page (stream tables), where no rules are drawn: text lines
 * into bands, bands into cells at wide gaps, a table around every line of three or more header
 * words, columns from where the table's cells start, a lone cell under a cell of its column as
 * that cell's next line, and the names of merged, centred 一级/二级 cells lifted to the first row
 * they span. All of it is a guess, and marked so.
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
  const lefts = bands
    .filter((band) => band.cells.length >= 2)
    .flatMap((band) => band.cells.map((cell) => cell.left));
  const starts = clusterValues(lefts, columnTolerance).filter(
    (start) => lefts.filter((left) => Math.abs(left - start) <= columnTolerance).length >= 2,
  );
  const firstRun = bands[0]?.runs[0];
  const repairs: Repair[] = [
    {
      code: 'pdf_columns_guessed',
      location: { kind: 'page', page, line: firstRun?.line ?? 1 },
      message: {
        zh: `第 ${String(page)} 页的表格没有画表格线：列按单元格文字的起始位置推断（${String(starts.length)} 列）`,
        en: `The table on page ${String(page)} draws no rules: its ${String(starts.length)} columns were inferred from where cell texts start`,
      },
      guess: true,
    },
  ];
  const { rows, roles } = rowsOf(bands, starts, page, repairs);
  const lifted = liftNamesInBlocks(rows, roles, page, repairs);
  const draftRows = lifted.map((row): DraftCell[] => {
    const lines = [...row.cells.values()].flat().map((run) => run.line);
    const rowLine = lines.length > 0 ? Math.min(...lines) : (firstRun?.line ?? 1);
    return starts.map((_, column) => {
      const cellRuns = row.cells.get(column) ?? [];
      return {
        text: joinRuns(cellRuns),
        page,
        line: cellRuns.length > 0 ? Math.min(...cellRuns.map((run) => run.line)) : rowLine,
      };
    });
  });
  return {
    page,
    top: bands[0]?.top ?? 0,
    bottom: bands[bands.length - 1]?.bottom ?? 0,
    columns: starts,
    rows: draftRows,
    repairs,
    firstLine: firstRun?.line ?? 1,
  };
}
