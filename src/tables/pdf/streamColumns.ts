// The columns of a borderless table (no rules drawn), from how its cells are aligned: text
// usually starts at its column's left edge, spreadsheet numbers end at its right edge, and some
// templates centre everything. Each cell votes for the anchor (left, right or middle) that most
// of the table's cells share with it; anchors shared by two cells or more, and the header's
// cells, are the columns' seeds; seeds that never meet on one line and fit one column (a left
// edge, then a right or a middle) are one column.
import type { Repair } from '../CellGrid.js';
import { clusterGroups } from './clusterValues.js';
import type { TextRun } from './geometry.js';

/** A cell of a borderless table as seen on the page: its runs and horizontal extent. */
export interface StreamCell {
  readonly runs: readonly TextRun[];
  readonly left: number;
  readonly right: number;
}

/** Where a cell is aligned in its column. */
type Anchor = 'left' | 'right' | 'middle';

/** Anchors within this many points are one. */
const anchorTolerance = 3;

/** The columns of a table: each column's left edge, the table's right edge, anchored cells. */
export interface ColumnModel {
  /** The left edge of each column, left to right (the first is the table's left edge). */
  readonly edges: readonly number[];
  /** The right edge of the table's text. */
  readonly right: number;
  /** The column of each cell whose alignment placed it (others are placed by position). */
  readonly anchored: ReadonlyMap<StreamCell, number>;
  /** Whether most numbers are right-aligned, as a spreadsheet prints them. */
  readonly rightAligned: boolean;
}

/** A cell of runs: their union's extent. */
export function streamCell(runs: readonly TextRun[]): StreamCell {
  return {
    runs,
    left: Math.min(...runs.map((run) => run.x)),
    right: Math.max(...runs.map((run) => run.x + run.width)),
  };
}

/** A gap wider than this share of the font size separates two cells on a line. */
const cellGapShare = 0.75;

/**
 * The cells of a band of lines: its runs left to right, a new cell at every gap wider than
 * three quarters of the font size.
 *
 * @param runs - the band's runs
 * @returns its cells, left to right
 */
export function cellsOf(runs: readonly TextRun[]): StreamCell[] {
  const groups: TextRun[][] = [];
  let right = Number.NEGATIVE_INFINITY;
  for (const run of [...runs].sort((one, other) => one.x - other.x)) {
    const last = groups[groups.length - 1];
    if (last !== undefined && run.x - right < cellGapShare * run.size) {
      last.push(run);
      right = Math.max(right, run.x + run.width);
    } else {
      groups.push([run]);
      right = run.x + run.width;
    }
  }
  return groups.map(streamCell);
}

/**
 * Whether a text is a number as a table writes one: digits with an optional sign, thousands
 * commas, one decimal point and a trailing `%` (`499.20`, `1,880`, `96.00%`, `-3`).
 *
 * @param text - the text, trimmed or not
 * @returns true for a number
 *
 * @example
 * isNumberText('96.00%'); // → true
 * isNumberText('≥2000'); // → false
 */
export function isNumberText(text: string): boolean {
  const chars = Array.from(text.trim());
  let digits = 0;
  let points = 0;
  for (const [index, char] of chars.entries()) {
    if (char >= '0' && char <= '9') digits += 1;
    else if (char === '.') points += 1;
    else if (char === ',' && digits > 0) continue;
    else if (char === '%' && index === chars.length - 1 && digits > 0) continue;
    else if ((char === '-' || char === '+') && index === 0) continue;
    else return false;
  }
  return digits > 0 && points <= 1;
}

/** The texts that stand for "no value" in a table cell. */
const dashTexts = new Set(['—', '——', '-', '--', '–', '－', '/', '／']);

/**
 * Whether a cell's text is a value only: a number or a dash.
 *
 * @param text - the cell's text
 * @returns true for `18.8`, `96.00%`, `—`
 */
export function isValueText(text: string): boolean {
  const trimmed = text.trim();
  return isNumberText(trimmed) || dashTexts.has(trimmed);
}

/** The words of a cell (its runs' texts split at spaces). */
const wordsOf = (cell: StreamCell): string[] =>
  cell.runs.flatMap((run) => run.text.split(/\s/u)).filter((word) => word !== '');

/** A cell's kind, or `mixed` when a number abuts text in it (`18.8部分企业`, `480.00 —`). */
function kindOf(cell: StreamCell): 'number' | 'text' | 'mixed' {
  const kinds = new Set(wordsOf(cell).map((word) => (isNumberText(word) ? 'number' : 'text')));
  if (kinds.size !== 1) return 'mixed';
  return kinds.has('number') ? 'number' : 'text';
}

const positionOf = (cell: StreamCell, anchor: Anchor): number =>
  anchor === 'left' ? cell.left : anchor === 'right' ? cell.right : (cell.left + cell.right) / 2;

/**
 * The parts of a mixed cell that align like cells of their own: split where a number run meets a
 * text run across a small gap (`18.8` + `部分企业…`), not where a unit abuts its number (`1880人`)
 * nor inside a run (`480.00 —`, whose parts' extents are only estimates).
 */
function partsOf(cell: StreamCell): StreamCell[] {
  if (kindOf(cell) !== 'mixed') return [cell];
  const runs = [...cell.runs].sort((one, other) => one.x - other.x);
  const cut = cutsOf(runs).find((each) => each.parting);
  if (cut === undefined || cut.left.length === 0 || cut.right.length === 0) return [cell];
  return [streamCell(cut.left), ...partsOf(streamCell(cut.right))];
}

/** A column's seed: an anchor several cells share (or one header cell's). */
interface Seed {
  readonly anchor: Anchor;
  readonly at: number;
  readonly cells: StreamCell[];
}

/** The anchor each clean cell votes for: the one most of the table's cells share with it. */
function votes(cells: readonly StreamCell[]): Map<StreamCell, { anchor: Anchor; group: number }> {
  const groupOf = new Map<Anchor, Map<StreamCell, { id: number; size: number }>>();
  let id = 0;
  for (const anchor of ['left', 'right', 'middle'] as const) {
    const byCell = new Map<StreamCell, { id: number; size: number }>();
    for (const group of clusterGroups(cells, (cell) => positionOf(cell, anchor), anchorTolerance)) {
      id += 1;
      for (const cell of group) byCell.set(cell, { id, size: group.length });
    }
    groupOf.set(anchor, byCell);
  }
  const chosen = new Map<StreamCell, { anchor: Anchor; group: number }>();
  for (const cell of cells) {
    const size = (anchor: Anchor): number => groupOf.get(anchor)?.get(cell)?.size ?? 0;
    const order: Anchor[] = kindOf(cell) === 'number' ? ['right', 'left'] : ['left', 'right'];
    let best = order[0] ?? 'left';
    for (const anchor of order) if (size(anchor) > size(best)) best = anchor;
    if (size('middle') > size(best)) best = 'middle';
    chosen.set(cell, { anchor: best, group: groupOf.get(best)?.get(cell)?.id ?? 0 });
  }
  return chosen;
}

/** The seeds of a table's lines: shared anchors, then the header cells no seed holds. */
function seedsOf(
  lines: readonly (readonly StreamCell[])[],
  isHeader: (cell: StreamCell) => boolean,
  lineOf: ReadonlyMap<StreamCell, number>,
): Seed[] {
  const clean = lines
    .filter((line) => line.length >= 2 || line.some(isHeader))
    .flat()
    .filter((cell) => kindOf(cell) !== 'mixed');
  const chosen = votes(clean);
  const byGroup = new Map<number, { anchor: Anchor; cells: StreamCell[] }>();
  for (const [cell, { anchor, group }] of chosen) {
    const entry = byGroup.get(group) ?? { anchor, cells: [] };
    entry.cells.push(cell);
    byGroup.set(group, entry);
  }
  const seeds: Seed[] = [...byGroup.values()]
    .filter((entry) => entry.cells.length >= 2)
    .map(({ anchor, cells }) => ({
      anchor,
      cells,
      at:
        anchor === 'left'
          ? Math.min(...cells.map((cell) => cell.left))
          : anchor === 'right'
            ? Math.max(...cells.map((cell) => cell.right))
            : cells.reduce((sum, cell) => sum + positionOf(cell, 'middle'), 0) / cells.length,
    }));
  const seeded = new Set(seeds.flatMap((seed) => seed.cells));
  for (const cell of lines.flat().filter((each) => isHeader(each) && !seeded.has(each))) {
    const line = lineOf.get(cell);
    let best: Seed | undefined;
    let bestOverlap = 0;
    for (const seed of seeds) {
      if (seed.cells.some((other) => lineOf.get(other) === line)) continue;
      const left = Math.min(...seed.cells.map((other) => other.left));
      const right = Math.max(...seed.cells.map((other) => other.right));
      const overlap = Math.min(right, cell.right) - Math.max(left, cell.left);
      if (overlap > bestOverlap) [best, bestOverlap] = [seed, overlap];
    }
    if (best === undefined) seeds.push({ anchor: 'left', at: cell.left, cells: [cell] });
    else best.cells.push(cell);
  }
  return seeds.sort((one, other) => one.at - other.at);
}

/**
 * The columns of a borderless table's lines, from their cells' alignment.
 *
 * @param lines - the table's lines (bands), each its cells left to right
 * @param isHeader - whether a cell is a header cell (a column of its own)
 * @returns the column edges, the table's right edge and the cells placed by their alignment
 *
 * @example
 * columnModel([[cellA, cellB], [cellC, cellD]], (cell) => false).edges; // → [51.2, 125.1]
 */
export function columnModel(
  lines: readonly (readonly StreamCell[])[],
  isHeader: (cell: StreamCell) => boolean,
): ColumnModel {
  const lineOf = new Map<StreamCell, number>();
  const seedLines = lines.map((line) => line.flatMap(partsOf));
  seedLines.forEach((line, index) => {
    line.forEach((cell) => lineOf.set(cell, index));
  });
  const seeds = seedsOf(seedLines, isHeader, lineOf);
  const columns: Seed[][] = [];
  for (const seed of seeds) {
    const current = columns[columns.length - 1];
    const lines = new Set(seed.cells.map((cell) => lineOf.get(cell)));
    if (
      current !== undefined &&
      seed.anchor !== 'left' &&
      !current.some((each) => each.anchor === 'right') &&
      !current.some((each) => each.cells.some((cell) => lines.has(lineOf.get(cell))))
    )
      current.push(seed);
    else columns.push([seed]);
  }
  const all = lines.flat();
  const tableLeft = all.length > 0 ? Math.min(...all.map((cell) => cell.left)) : 0;
  const tableRight = all.length > 0 ? Math.max(...all.map((cell) => cell.right)) : 0;
  const anchorOf = (column: readonly Seed[] | undefined, anchor: Anchor): number | undefined =>
    column?.find((seed) => seed.anchor === anchor)?.at;
  const edges = columns.map((column, index) => {
    if (index === 0) return tableLeft;
    const previous = columns[index - 1];
    const left = anchorOf(column, 'left');
    const previousRight = anchorOf(previous, 'right');
    if (left !== undefined)
      return previousRight !== undefined && previousRight < left
        ? (previousRight + left) / 2
        : left - 1;
    if (previousRight !== undefined) return previousRight + 0.5;
    const before = Math.max(...(previous ?? []).flatMap((seed) => seed.cells.map((c) => c.right)));
    const after = Math.min(...column.flatMap((seed) => seed.cells.map((cell) => cell.left)));
    return before < after ? (before + after) / 2 : after - 1;
  });
  const anchored = new Map<StreamCell, number>();
  columns.forEach((column, index) => {
    for (const seed of column) for (const cell of seed.cells) anchored.set(cell, index);
  });
  const numbers = seeds.flatMap((seed) =>
    seed.cells.filter((cell) => kindOf(cell) === 'number').map(() => seed.anchor),
  );
  const rightAligned =
    numbers.filter((anchor) => anchor === 'right').length >
    numbers.filter((anchor) => anchor === 'left').length;
  return { edges, right: tableRight, anchored, rightAligned };
}

/** The column whose edges hold a position. */
export function columnAt(edges: readonly number[], x: number): number {
  let column = 0;
  edges.forEach((edge, index) => {
    if (edge <= x) column = index;
  });
  return column;
}

/**
 * The column of a cell: the one its alignment placed it in, else the one holding its right end
 * (a number) or its left end (text).
 *
 * @param model - the table's columns
 * @param cell - the cell
 * @returns the 0-based column
 */
export function columnOfCell(model: ColumnModel, cell: StreamCell): number {
  const anchored = model.anchored.get(cell);
  if (anchored !== undefined) return anchored;
  return kindOf(cell) === 'number'
    ? columnAt(model.edges, cell.right - 1)
    : columnAt(model.edges, cell.left + 1);
}

/** The width share of each character: ASCII half, everything else full. */
const charShare = (char: string): number => ((char.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1);

/** A possible cut of a cell: between two runs, or at a space inside one. */
interface Cut {
  readonly at: number;
  /** Runs left of the cut, runs right of it. */
  readonly left: TextRun[];
  readonly right: TextRun[];
  /** Whether a gap wider than a space lies there, or a number abuts text there. */
  readonly visible: boolean;
  /** Whether a number meets text there, between two runs a tenth of the font size apart or more. */
  readonly parting: boolean;
}

/** A run's part from one character offset to another, with its estimated extent. */
function runPart(run: TextRun, from: number, to: number): TextRun | undefined {
  const chars = Array.from(run.text);
  const total = chars.reduce((sum, char) => sum + charShare(char), 0);
  const scale = total > 0 ? run.width / total : 0;
  const before = chars.slice(0, from).reduce((sum, char) => sum + charShare(char), 0);
  const inside = chars.slice(from, to).reduce((sum, char) => sum + charShare(char), 0);
  const text = chars.slice(from, to).join('');
  if (text.trim() === '') return undefined;
  return { ...run, text, x: run.x + before * scale, width: inside * scale };
}

const openingBrackets = new Set(['(', '（', '[', '【', '〔', '［']);
const closingBrackets = new Set([')', '）', ']', '】', '〕', '］']);

/**
 * How many brackets runs leave open (`目标设定（` → 1, `（15分）` → 0).
 *
 * @param runs - the runs, in reading order
 * @returns the brackets opened and not closed
 */
export function openBrackets(runs: readonly TextRun[]): number {
  let depth = 0;
  for (const run of runs)
    for (const char of run.text) {
      if (openingBrackets.has(char)) depth += 1;
      else if (closingBrackets.has(char)) depth = Math.max(0, depth - 1);
    }
  return depth;
}

/**
 * Whether a number meets text across a cut (`18.8|部分企业`, `达成|15`), outside brackets: the
 * weight of a name (`目标设定（` + `6` + `分）`) is text of the name, whatever its runs.
 */
function numberMeetsText(left: readonly TextRun[], right: readonly TextRun[]): boolean {
  if (openBrackets(left) > 0) return false;
  const lastWord = left[left.length - 1]?.text.trim().split(/\s/u).pop() ?? '';
  const firstWord = right[0]?.text.trim().split(/\s/u)[0] ?? '';
  return isNumberText(lastWord) !== isNumberText(firstWord);
}

/** The cuts of a cell's runs (sorted left to right): run junctions and spaces inside runs. */
function cutsOf(runs: readonly TextRun[]): Cut[] {
  const cuts: Cut[] = [];
  runs.forEach((run, index) => {
    const before = runs.slice(0, index);
    const after = runs.slice(index + 1);
    const previous = runs[index - 1];
    if (previous !== undefined) {
      const gap = run.x - (previous.x + previous.width);
      const spaced = gap >= 0.1 * run.size || /\s$/u.test(previous.text);
      const meets = numberMeetsText(before, [run]);
      cuts.push({
        at: (previous.x + previous.width + run.x) / 2,
        left: before,
        right: [run, ...after],
        visible: gap > 0.25 * run.size || /\s$/u.test(previous.text) || meets,
        parting: spaced && meets,
      });
    }
    const chars = Array.from(run.text);
    chars.forEach((char, offset) => {
      if (!/\s/u.test(char) || offset === 0 || offset === chars.length - 1) return;
      const head = runPart(run, 0, offset);
      const tail = runPart(run, offset + 1, chars.length);
      if (head === undefined || tail === undefined) return;
      cuts.push({
        at: (head.x + head.width + tail.x) / 2,
        left: [...before, head],
        right: [tail, ...after],
        visible: true,
        // Where the space stands is an estimate: too rough to align by.
        parting: false,
      });
    });
  });
  return cuts;
}

/**
 * Splits the cells of a line where a cell spans a column edge with a visible gap there (a space
 * or a gap between runs wider than a quarter of the font size) or a number meeting text: the
 * text a PDF writer put in one run, or two runs so close that they read as one cell
 * (`480.00 —`, `18.8` + `部分企业培训计划推迟`). Every split is a `pdf_run_split` repair, a guess.
 *
 * @param cells - the line's cells
 * @param model - the table's columns
 * @param page - the 1-based page number
 * @param repairs - where the repairs go
 * @returns the cells, split
 */
export function splitAtEdges(
  cells: readonly StreamCell[],
  model: ColumnModel,
  page: number,
  repairs: Repair[],
): StreamCell[] {
  const result: StreamCell[] = [];
  for (const cell of cells) {
    let rest = cell;
    for (const edge of model.edges.slice(1)) {
      if (!(rest.left + 1 < edge && edge < rest.right - 1)) continue;
      const size = Math.max(...rest.runs.map((run) => run.size));
      const runs = [...rest.runs].sort((one, other) => one.x - other.x);
      const near = cutsOf(runs)
        .filter((cut) => cut.visible && Math.abs(cut.at - edge) <= size)
        .sort((one, other) => Math.abs(one.at - edge) - Math.abs(other.at - edge))[0];
      if (near === undefined || near.left.length === 0 || near.right.length === 0) continue;
      const head = streamCell(near.left);
      result.push(head);
      const first = runs[0];
      if (first !== undefined)
        repairs.push({
          code: 'pdf_run_split',
          location: {
            kind: 'page',
            page,
            line: first.line,
            column: columnAt(model.edges, head.left + 1) + 1,
          },
          message: {
            zh: `第 ${String(page)} 页第 ${String(first.line)} 行的文字「${runs.map((run) => run.text).join('')}」跨过了推断出的列边界（页面上没有表格线），已在那里的空隙处拆开`,
            en: `A text on page ${String(page)}, line ${String(first.line)} ("${runs.map((run) => run.text).join('')}") spans an inferred column edge (the page draws no rules); it was split at the gap there`,
          },
          guess: true,
        });
      rest = streamCell(near.right);
    }
    result.push(rest);
  }
  return result;
}
