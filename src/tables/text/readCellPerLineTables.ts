import type { CellGrid } from '../CellGrid.js';
import { assembleGrids } from './assembleGrids.js';
import { rebuildRows, type StreamCell } from './rebuildRows.js';
import { columnOf, textLines } from './textLines.js';

/** Whether a line holds more than one cell: a `|` anywhere but as its one closing mark. */
function hasInnerBar(line: string): boolean {
  const trimmed = line.trim();
  const body = trimmed.endsWith('|') ? trimmed.slice(0, -1) : trimmed;
  return body.includes('|');
}

/**
 * Reads tables written one cell per line (layout (b)): each non-blank line is a cell, with or
 * without a closing ` |`; a line holding only `|` is an empty cell, and blank lines are none
 * (empty cells that vanished). The header cells come first, then each row's values in header
 * order; rows are rebuilt by the header's shape, cut at row labels. Merged names a row lacks
 * stay absent on the left (a 序号 stays first), and value cells a row falls short of are filled
 * with empty cells on the right (`row_short`): the row contract of {@link TextLayoutReader}. Text with several `|` on most lines is not this layout and gives `[]`.
 *
 * @param text - the text to read
 * @returns the tables found, or `[]`
 *
 * @example
 * readCellPerLineTables('分值\n得分\n年度资金总额\n10\n9')[0]?.rows[1]?.cells.length; // → 3
 */
export function readCellPerLineTables(text: string): readonly CellGrid[] {
  if (typeof text !== 'string') return [];
  const lines = textLines(text).filter((line) => line.text.trim() !== '');
  const barred = lines.filter((line) => hasInnerBar(line.text)).length;
  if (lines.length === 0 || barred * 5 > lines.length) return [];
  const stream: StreamCell[] = lines.map((line) => {
    const trimmed = line.text.trim();
    const cell = trimmed.endsWith('|') ? trimmed.slice(0, -1).trim() : trimmed;
    return {
      cell: {
        text: cell,
        location: { kind: 'text', line: line.line, column: columnOf(line.text, 0) },
      },
      repairs: [],
    };
  });
  return assembleGrids('cell-per-line', rebuildRows(stream));
}
