import type { CellGrid, GridCell, Repair } from '../CellGrid.js';
import { assembleGrids, type RowDraft } from './assembleGrids.js';
import {
  headerRole,
  isBlockHeader,
  isNumberText,
  isTitleText,
  isYearOnly,
  rowLabelKind,
} from './cellKinds.js';
import { isLevelRole } from '../vocabulary.js';
import { isMarkdownText, isSeparatorRow } from './readMarkdownTables.js';
import { columnOf, joinWrapped, textLines, type TextLine } from './textLines.js';
import { textRepair } from './textRepairs.js';

/** One line split at its `|`s, and whether its last cell is left open (no closing `|`). */
interface PipeLine {
  readonly cells: GridCell[];
  readonly open: boolean;
}

/**
 * Splits a line into cells at every `|`: `||` and `| |` are empty cells; where most lines end
 * with a closing `|`, it ends the row and a line without one leaves its last cell open; where
 * most do not, a final `|` is followed by an empty last cell.
 */
function splitPipeLine(line: TextLine, closingStyle: boolean): PipeLine {
  const pieces = line.text.split('|');
  const closed = closingStyle && line.text.trimEnd().endsWith('|');
  // A bordered line (`| a | b |`, Markdown style): its opening `|` is a border, not a cell.
  const bordered = closed && line.text.trimStart().startsWith('|') && pieces.length > 2;
  const cells: GridCell[] = [];
  let offset = 0;
  pieces.forEach((piece, index) => {
    const last = index === pieces.length - 1;
    const border = (last && closed) || (index === 0 && bordered);
    if (!(border && piece.trim() === '')) {
      cells.push({
        text: piece.trim(),
        location: { kind: 'text', line: line.line, column: columnOf(piece, offset) },
      });
    }
    offset += piece.length + 1;
  });
  return { cells, open: !closed };
}

/** A row being read, open to continuation. */
interface OpenRow {
  readonly cells: GridCell[];
  readonly repairs: Repair[];
  open: boolean;
  /** A title (or its year) stands alone: nothing wraps into it. */
  title?: boolean;
}

/** What the reader knows of the block it is in: the header's width and its shortest row. */
interface Block {
  readonly kind: 'header' | 'text' | 'none';
  readonly width: number;
  readonly shortest: number;
  readonly sequence: boolean;
}

const noBlock: Block = { kind: 'none', width: 0, shortest: 0, sequence: false };

/** Whether a row is a header row: two or more known headers, at least half its filled cells. */
function isHeaderRow(cells: readonly GridCell[]): boolean {
  const filledCells = cells.filter((cell) => cell.text !== '');
  const headers = filledCells.filter((cell) => headerRole(cell.text) !== undefined).length;
  return headers >= 2 && headers * 2 >= filledCells.length;
}

/**
 * The block a header row opens: its width, and the shortest row it allows (the columns from
 * the first value column to the end, plus one name; merged name cells may be missing).
 */
function headerBlock(cells: readonly GridCell[]): Block {
  const roles = cells.map((cell) => headerRole(cell.text));
  const isName = (index: number): boolean => {
    const role = roles[index];
    const text = cells[index]?.text ?? '';
    return (
      role === undefined ||
      isLevelRole(role) ||
      role === 'fundSource' ||
      (index === 0 && isBlockHeader(text))
    );
  };
  const sequence = roles[0] === 'sequence';
  let firstValue = sequence ? 1 : 0;
  while (firstValue < cells.length && isName(firstValue)) firstValue += 1;
  return {
    kind: 'header',
    width: cells.length,
    shortest: cells.length - firstValue + 1 + (sequence ? 1 : 0),
    sequence,
  };
}

/** Whether a cell starts a row of its own: a title, a header, a row label or a block title. */
function startsRow(cell: GridCell | undefined): boolean {
  if (cell === undefined) return false;
  return (
    isTitleText(cell.text) ||
    headerRole(cell.text) !== undefined ||
    rowLabelKind(cell.text) !== undefined ||
    isBlockHeader(cell.text)
  );
}

/**
 * Whether a line continues the row above it: a line that begins with a number (in a table
 * with a 序号 column, only when the row above is short), or one too short for any row, as long
 * as together they fit the header.
 */
function continuesRow(block: Block, row: OpenRow, cells: readonly GridCell[]): boolean {
  if (block.kind !== 'header' || startsRow(cells[0]) || isHeaderRow(row.cells)) return false;
  if (row.cells.length + cells.length > block.width) return false;
  const rowShort = row.cells.length < block.shortest;
  if (isNumberText(cells[0]?.text ?? '') && (!block.sequence || rowShort)) return true;
  return cells.length < block.shortest && rowShort;
}

/** Appends a continuation's first cell to the row's open last cell, and the rest as cells. */
function wrapInto(row: OpenRow, cells: readonly GridCell[]): void {
  const last = row.cells.at(-1);
  const [first, ...rest] = cells;
  if (last !== undefined && first !== undefined) {
    row.cells[row.cells.length - 1] = {
      text: joinWrapped(last.text, first.text),
      location: last.location,
    };
  }
  row.cells.push(...rest);
}

/**
 * Reads tables whose cells are separated by `|` (a flattened HTML table, layout (a)): `||` and
 * `| |` are empty cells, kept; merged cells appear once, so rows stay shorter than their header
 * (the *left short* form of the row contract in {@link TextLayoutReader}: never padded, a
 * leading 序号 kept first, the score table aligns the rest from the right). A line that begins with a number, or
 * is too short for any row, continues the row above (`row_continued`); a line without any `|`
 * (unless it opens with a row label), or after a row left open (no closing `|`), continues that
 * row's last cell (`cell_wrapped`).
 * A new table starts at every title line. Lines outside the tables (narrative) are skipped, and
 * so are Markdown `|---|` separator rows; a bordered line's opening `|` is no cell. A text whose
 * `|` lines are all Markdown tables' is left to the Markdown reader (`[]`).
 *
 * @param text - the text to read
 * @returns the tables found, or `[]`
 *
 * @example
 * readPipeTables('年初预算数 | 全年预算数 | 得分 |\n年度资金总额 | 10 | 10 | 9 |')[0]?.rows.length; // → 2
 */
export function readPipeTables(text: string): readonly CellGrid[] {
  if (typeof text !== 'string' || !text.includes('|') || isMarkdownText(text)) return [];
  const lines = textLines(text).filter((line) => !isSeparatorRow(line.text));
  const pipeLines = lines.filter((line) => line.text.includes('|'));
  const closing = pipeLines.filter((line) => line.text.trimEnd().endsWith('|')).length;
  const closingStyle = closing * 2 >= pipeLines.length;
  const drafts: OpenRow[] = [];
  let block: Block = noBlock;
  let row: OpenRow | undefined;
  let afterBlank = false;
  const startRow = (cells: GridCell[], open: boolean): OpenRow => {
    const next: OpenRow = { cells, repairs: [], open };
    drafts.push(next);
    return next;
  };
  for (const line of lines) {
    const trimmed = line.text.trim();
    if (trimmed === '') {
      afterBlank = true;
      continue;
    }
    const location = { kind: 'text', line: line.line, column: columnOf(line.text, 0) } as const;
    if (!line.text.includes('|')) {
      if (isTitleText(trimmed) || isYearOnly(trimmed)) {
        row = startRow([{ text: trimmed, location }], false);
        row.title = true;
        block = noBlock;
      } else if (row !== undefined && startsRow({ text: trimmed, location })) {
        row = startRow([{ text: trimmed, location }], false);
      } else if (row !== undefined && !afterBlank && !row.title) {
        wrapInto(row, [{ text: trimmed, location }]);
        row.repairs.push(textRepair('cell_wrapped', location));
      }
      continue;
    }
    const split = splitPipeLine(line, closingStyle);
    const open = closingStyle && split.open;
    if (row !== undefined && !afterBlank && row.open && !row.title && !startsRow(split.cells[0])) {
      wrapInto(row, split.cells);
      row.repairs.push(textRepair('cell_wrapped', location));
      row.open = open;
    } else if (row !== undefined && !afterBlank && continuesRow(block, row, split.cells)) {
      row.cells.push(...split.cells);
      row.repairs.push(textRepair('row_continued', location));
      row.open = open;
    } else {
      row = startRow(split.cells, open);
      if (isTitleText(split.cells.map((cell) => cell.text).join(''))) block = noBlock;
      else if (isHeaderRow(split.cells)) block = headerBlock(split.cells);
      else if (rowLabelKind(split.cells[0]?.text ?? '') === 'text')
        block = { ...noBlock, kind: 'text' };
    }
    afterBlank = false;
  }
  const rows: RowDraft[] = drafts.map((draft) => ({ cells: draft.cells, repairs: draft.repairs }));
  return assembleGrids('pipe', rows);
}
