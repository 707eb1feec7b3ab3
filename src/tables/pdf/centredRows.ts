// The rows of a borderless table whose cells are vertically centred (a Word table printed by
// LibreOffice with its borders removed, every cell's text centred in its row): a row's one-line
// cells stand on one line, its row line, and a cell wrapped over several lines stands around it,
// half its lines above and half below. Bands of close lines then mix the lines of two rows, so
// these rows are read line by line instead: the row lines are where the one-line cells stand,
// and the lines of each column are cut into cells whose middles are row lines (or, for merged
// names, the middle between two row lines).
import type { Repair } from '../CellGrid.js';
import { clusterGroups } from './clusterValues.js';
import type { TextRun } from './geometry.js';
import {
  cellsOf,
  columnOfCell,
  openBrackets,
  splitAtEdges,
  type ColumnModel,
} from './streamColumns.js';

/** A row being built: its text per column, with each cell's runs. */
export interface StreamRow {
  readonly cells: Map<number, TextRun[]>;
  /** A row of merged names only, printed between rows: lifted to the rows it spans. */
  readonly floating: boolean;
}

/** The text of one column on one page line. */
interface Fragment {
  readonly column: number;
  readonly runs: TextRun[];
  readonly baseline: number;
  readonly size: number;
}

/** Lines of one column closer than this share of the font size may be lines of one cell. */
const wrapPitchShare = 1.6;
/** A cell's middle this close (share of the font size) to a row line stands on it. */
const placeShare = 0.25;
/** Cells this close (share of the font size) stand on one line. */
const rowLineShare = 0.4;
/** A line this close (share of the font size) to a fuller one is a wrapped cell's line. */
const halfLineShare = 0.9;

/** The fragments of some lines, by column, top to bottom. */
function fragmentsOf(
  runs: readonly TextRun[],
  model: ColumnModel,
  page: number,
  repairs: Repair[],
): Map<number, Fragment[]> {
  const byLine = new Map<number, TextRun[]>();
  for (const run of runs) byLine.set(run.line, [...(byLine.get(run.line) ?? []), run]);
  const byColumn = new Map<number, Fragment[]>();
  for (const [, lineRuns] of [...byLine].sort(([one], [other]) => one - other)) {
    const onLine = new Map<number, TextRun[]>();
    for (const cell of splitAtEdges(cellsOf(lineRuns), model, page, repairs)) {
      const column = columnOfCell(model, cell);
      onLine.set(column, [...(onLine.get(column) ?? []), ...cell.runs]);
    }
    for (const [column, cellRuns] of onLine) {
      const fragment: Fragment = {
        column,
        runs: cellRuns,
        baseline: Math.max(...cellRuns.map((run) => run.baseline)),
        size: Math.max(...cellRuns.map((run) => run.size)),
      };
      byColumn.set(column, [...(byColumn.get(column) ?? []), fragment]);
    }
  }
  return byColumn;
}

/** The fragments of a column cut where a line is too far below the one above to wrap it. */
function chainsOf(fragments: readonly Fragment[]): Fragment[][] {
  const chains: Fragment[][] = [];
  for (const fragment of fragments) {
    const chain = chains[chains.length - 1];
    const last = chain?.[chain.length - 1];
    if (
      chain !== undefined &&
      last !== undefined &&
      fragment.baseline - last.baseline <= wrapPitchShare * fragment.size
    )
      chain.push(fragment);
    else chains.push([fragment]);
  }
  return chains;
}

/**
 * The row lines of a body and its font size: the lines of cells outside the name columns, but a
 * line half a line from one with more cells, which is a wrapped cell's line centred around it.
 */
function rowLinesOf(
  byColumn: ReadonlyMap<number, readonly Fragment[]>,
  nameColumns: ReadonlySet<number>,
): { rowLines: number[]; size: number } {
  const fragments = [...byColumn]
    .filter(([column]) => !nameColumns.has(column))
    .flatMap(([, each]) => each);
  const size = Math.max(0, ...fragments.map((fragment) => fragment.size));
  const lines = clusterGroups(fragments, (fragment) => fragment.baseline, rowLineShare * size);
  const baselineOf = (line: readonly Fragment[]): number =>
    line.reduce((sum, fragment) => sum + fragment.baseline, 0) / Math.max(1, line.length);
  const rowLines = lines
    .filter(
      (line) =>
        !lines.some(
          (other) =>
            other.length > line.length &&
            Math.abs(baselineOf(other) - baselineOf(line)) <= halfLineShare * size,
        ),
    )
    .map(baselineOf);
  return { rowLines, size };
}

/** A cell cut from a chain: its fragments, and where its middle stands. */
interface Block {
  readonly fragments: readonly Fragment[];
  readonly middle: number;
  /** The row line it stands on, or the middle between two (a merged name), if any. */
  readonly anchor?: number;
  readonly between: boolean;
}

/**
 * Cuts a chain of a column into cells: the cut whose cells stand best (a cell on a row line
 * counts 2, one between two row lines 1, a line left standing nowhere −2), then the fewest; a
 * cell never ends on a line that leaves a bracket open.
 */
function blocksOf(
  chain: readonly Fragment[],
  rowLines: readonly number[],
  merged: boolean,
): Block[] {
  const size = Math.max(...chain.map((fragment) => fragment.size));
  const middles = merged
    ? rowLines.slice(1).map((line, index) => ((rowLines[index] ?? line) + line) / 2)
    : [];
  const place = (fragments: readonly Fragment[]): Block | undefined => {
    const [first, last] = [fragments[0], fragments[fragments.length - 1]];
    if (first === undefined || last === undefined) return undefined;
    const middle = (first.baseline + last.baseline) / 2;
    const near = (at: number): boolean => Math.abs(at - middle) <= placeShare * size;
    const onLine = rowLines.find(near);
    if (onLine !== undefined) return { fragments, middle, anchor: onLine, between: false };
    const between = middles.find(near);
    if (between !== undefined) return { fragments, middle, anchor: between, between: true };
    return fragments.length === 1 ? { fragments, middle, between: false } : undefined;
  };
  const worth = (block: Block): number => (block.anchor === undefined ? -2 : block.between ? 1 : 2);
  // best[i]: the best cut of the chain's first i fragments.
  const best: ({ score: number; blocks: Block[] } | undefined)[] = [{ score: 0, blocks: [] }];
  for (let end = 1; end <= chain.length; end += 1) {
    let chosen: { score: number; blocks: Block[] } | undefined;
    // A line that leaves a bracket open (`目标设定（6`) goes on in the next one.
    const last = chain[end - 1];
    if (end < chain.length && last !== undefined && openBrackets(last.runs) > 0) {
      best.push(undefined);
      continue;
    }
    for (let start = 0; start < end; start += 1) {
      const before = best[start];
      const block = place(chain.slice(start, end));
      if (before === undefined || block === undefined) continue;
      const candidate = { score: before.score + worth(block), blocks: [...before.blocks, block] };
      if (
        chosen === undefined ||
        candidate.score > chosen.score ||
        (candidate.score === chosen.score && candidate.blocks.length < chosen.blocks.length)
      )
        chosen = candidate;
    }
    best.push(chosen);
  }
  return best[chain.length]?.blocks ?? [];
}

/** The repair of a cell read from lines wrapped around its row's line, in bands of their own. */
function wrapJoined(page: number, line: number, column: number, lines: number): Repair {
  return {
    code: 'pdf_line_joined',
    location: { kind: 'page', page, line, column: column + 1 },
    message: {
      zh: `第 ${String(page)} 页从第 ${String(line)} 行起同一列的 ${String(lines)} 行文字上下居中于同一表格行（页面上没有表格线，单元格垂直居中），已当作一个单元格的折行`,
      en: `From page ${String(page)}, line ${String(line)}, ${String(lines)} lines of one column are centred on one table row (the page draws no rules and centres its cells); they were read as one cell's wrapped lines`,
    },
    guess: true,
  };
}

/**
 * Reads the body lines of a borderless table as vertically centred rows, when they are: when at
 * least two cells wrapped over several lines stand centred on a row line with no line of theirs
 * on it.
 *
 * @param bands - the body's bands of close lines (between two header rows), each its runs
 * @param model - the table's columns
 * @param nameColumns - the columns of merged names (一级, 二级 and those left of them)
 * @param page - the 1-based page number
 * @param repairs - where the repairs of splitting cells at column edges go (only when read)
 * @returns the rows top to bottom (floating rows for names between row lines), or undefined when
 *   the cells are not centred
 *
 * @example
 * centredRows(bodyBands, model, new Set([0, 1]), 1, repairs); // → rows, or undefined
 */
export function centredRows(
  bands: readonly (readonly TextRun[])[],
  model: ColumnModel,
  nameColumns: ReadonlySet<number>,
  page: number,
  repairs: Repair[],
): StreamRow[] | undefined {
  const splits: Repair[] = [];
  const bandOf = new Map<TextRun, number>();
  bands.forEach((band, index) => {
    for (const run of band) bandOf.set(run, index);
  });
  const byColumn = fragmentsOf(bands.flat(), model, page, splits);
  const chains = [...byColumn].flatMap(([column, fragments]) =>
    chainsOf(fragments).map((chain) => ({ column, chain })),
  );
  const { rowLines, size } = rowLinesOf(byColumn, nameColumns);
  if (rowLines.length === 0) return undefined;
  const blocks = chains.flatMap(({ column, chain }) =>
    blocksOf(chain, rowLines, nameColumns.has(column)).map((block) => ({ column, block })),
  );
  // The sign of centred cells: a cell of several lines standing on a row line, none on it.
  const centred = blocks.filter(
    ({ block }) =>
      block.anchor !== undefined &&
      !block.between &&
      block.fragments.length > 1 &&
      block.fragments.every(
        (fragment) => Math.abs(fragment.baseline - (block.anchor ?? 0)) > placeShare * size,
      ),
  );
  if (centred.length < 2) return undefined;
  repairs.push(...splits);
  const rows = rowLines.map((line) => ({
    at: line,
    row: { cells: new Map<number, TextRun[]>(), floating: false },
  }));
  const placed: { at: number; row: StreamRow }[] = [...rows];
  const rowNearest = (y: number): StreamRow | undefined =>
    rows.reduce<{ at: number; row: StreamRow } | undefined>(
      (nearest, each) =>
        nearest === undefined || Math.abs(each.at - y) < Math.abs(nearest.at - y) ? each : nearest,
      undefined,
    )?.row;
  for (const { column, block } of blocks) {
    const blockRuns = block.fragments.flatMap((fragment) => fragment.runs);
    const target =
      block.anchor !== undefined && !block.between
        ? rows.find((each) => each.at === block.anchor)?.row
        : nameColumns.has(column)
          ? undefined
          : rowNearest(block.middle);
    if (target === undefined) {
      placed.push({
        at: block.middle,
        row: { cells: new Map([[column, blockRuns]]), floating: true },
      });
      continue;
    }
    target.cells.set(column, [...(target.cells.get(column) ?? []), ...blockRuns]);
    const first = block.fragments[0]?.runs[0];
    const inBands = new Set(blockRuns.map((run) => bandOf.get(run)));
    if (inBands.size > 1 && first !== undefined)
      repairs.push(wrapJoined(page, first.line, column, block.fragments.length));
  }
  return placed
    .filter(({ row }) => row.cells.size > 0)
    .sort((one, other) => one.at - other.at)
    .map(({ row }) => row);
}
