import type { CellGrid, GridCell } from '../CellGrid.js';
import { assembleGrids } from './assembleGrids.js';
import { headerRole } from './cellKinds.js';
import { rebuildRows, type StreamCell } from './rebuildRows.js';
import { columnOf, joinAllWrapped, textLines, type TextLine } from './textLines.js';
import { textRepair } from './textRepairs.js';

/** The paragraphs of a text: runs of lines between empty lines. */
function paragraphsOf(lines: readonly TextLine[]): TextLine[][] {
  const paragraphs: TextLine[][] = [];
  let current: TextLine[] = [];
  for (const line of lines) {
    if (line.text === '') {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/**
 * A paragraph as one cell: a paragraph of only spaces or no-break spaces is an empty cell; the
 * lines of a longer one (soft breaks) are joined, as a header (`header_joined`) or as a wrapped
 * cell (`cell_wrapped`).
 */
function cellOf(paragraph: readonly TextLine[]): StreamCell | undefined {
  const first = paragraph[0];
  if (first === undefined) return undefined;
  const filled = paragraph.filter((line) => line.text.trim() !== '');
  const start = filled[0] ?? first;
  const location: GridCell['location'] = {
    kind: 'text',
    line: start.line,
    column: columnOf(start.text, 0),
  };
  const text = joinAllWrapped(filled.map((line) => line.text.trim()));
  const second = filled[1];
  const repairs =
    second === undefined
      ? []
      : [
          textRepair(headerRole(text) === undefined ? 'cell_wrapped' : 'header_joined', {
            kind: 'text',
            line: second.line,
            column: columnOf(second.text, 0),
          }),
        ];
  return { cell: { text, location }, repairs };
}

/**
 * Reads tables written one cell per paragraph (layout (b)): empty lines separate the cells; a
 * paragraph holding only a space or no-break space is an empty cell (or the cell disappears);
 * a header split over two paragraphs (全年 + 预算数) or over a soft break is joined into the
 * known header. Rows are rebuilt as in {@link readCellPerLineTables} (merged names absent on
 * the left, short value cells filled on the right: the row contract of {@link TextLayoutReader}). A text without empty
 * lines, or with several `|` on most lines, is not this layout and gives `[]`.
 *
 * @param text - the text to read
 * @returns the tables found, or `[]`
 *
 * @example
 * readCellPerParagraphTables('分值\n\n得分\n\n总额\n\n10\n\n9')[0]?.rows.length; // → 2
 */
export function readCellPerParagraphTables(text: string): readonly CellGrid[] {
  if (typeof text !== 'string') return [];
  const lines = textLines(text);
  if (!lines.some((line) => line.text === '')) return [];
  const filled = lines.filter((line) => line.text.trim() !== '');
  const barred = filled.filter((line) => line.text.trim().slice(0, -1).includes('|')).length;
  if (barred * 5 > filled.length) return [];
  const stream = paragraphsOf(lines)
    .map(cellOf)
    .filter((cell): cell is StreamCell => cell !== undefined);
  return assembleGrids('cell-per-paragraph', rebuildRows(stream));
}
