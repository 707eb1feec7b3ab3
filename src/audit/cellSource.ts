import type { CellGrid, CellLocation } from '../tables/CellGrid.js';
import type { SourceLocation } from './Claims.js';

/** A file cell's key in {@link RowTexts}: its place, one string per cell. */
const keyOf = (location: CellLocation): string => {
  switch (location.kind) {
    case 'text':
      return `text:${String(location.line)}`;
    case 'sheet':
      return `sheet:${location.sheet}!${location.cell}`;
    case 'table':
      return `table:${String(location.table)}:${String(location.row)}:${String(location.column)}`;
    case 'page':
      return `page:${String(location.page)}:${String(location.line)}:${String(location.column ?? 0)}`;
  }
};

/** The row each file cell stands in: the row's number and its cells joined with ` | `. */
export type RowTexts = ReadonlyMap<string, { readonly line: number; readonly text: string }>;

/** A file cell's row number: the sheet row, the Word table row, the PDF page's line. */
function rowNumberOf(location: CellLocation): number {
  switch (location.kind) {
    case 'text':
    case 'page':
      return location.line;
    case 'table':
      return location.row;
    case 'sheet': {
      let digits = '';
      for (const character of location.cell)
        if (character >= '0' && character <= '9') digits += character;
      return digits === '' ? 0 : Number(digits);
    }
  }
}

/**
 * The rows of grids read from files (Word tables, worksheets, PDF pages), by the place of each
 * of their cells: what an audit check quotes for a cell that has no text line.
 *
 * @param grids - the tables of a document
 * @returns each file cell's row number and row text
 */
export function rowTextsOf(grids: readonly CellGrid[]): RowTexts {
  const rows = new Map<string, { line: number; text: string }>();
  for (const grid of grids) {
    const gridRows = grid.title === undefined ? grid.rows : [{ cells: [grid.title] }, ...grid.rows];
    for (const row of gridRows) {
      const text = row.cells
        .map((cell) => cell.text)
        .filter((cell) => cell !== '')
        .join(' | ');
      for (const cell of row.cells) {
        if (cell.location.kind === 'text') continue;
        rows.set(keyOf(cell.location), { line: rowNumberOf(cell.location), text });
      }
    }
  }
  return rows;
}

/**
 * Where a cell stands as an audit source: a text cell by its line (and column), a file cell by
 * its place with its row's text (`kind: 'cell'`).
 *
 * @param location - the cell's place
 * @param lineText - the text of a line of the report's text
 * @param rows - the file cells' rows ({@link rowTextsOf})
 * @returns the source location
 */
export function sourceOfCell(
  location: CellLocation,
  lineText: (line: number) => string,
  rows: RowTexts,
): SourceLocation {
  if (location.kind === 'text')
    return {
      line: location.line,
      text: lineText(location.line),
      kind: 'text',
      ...(location.column === undefined ? {} : { column: location.column }),
    };
  const row = rows.get(keyOf(location));
  return {
    line: row?.line ?? rowNumberOf(location),
    text: row?.text ?? '',
    kind: 'cell',
    cell: location,
  };
}

/**
 * A file cell's place in words: `Sheet1!G9`, `Word 表格 1 第 9 行第 7 列` / `Word table 1, row 9,
 * column 7`,
 * `第 1 页第 14 行` / `page 1, line 14`; a text line as `第 3 行` / `line 3`.
 *
 * @param location - the cell's place
 * @returns the place in Chinese and English
 */
export function placeText(location: CellLocation): { readonly zh: string; readonly en: string } {
  switch (location.kind) {
    case 'text':
      return location.column === undefined
        ? { zh: `第 ${String(location.line)} 行`, en: `line ${String(location.line)}` }
        : {
            zh: `第 ${String(location.line)} 行第 ${String(location.column)} 列`,
            en: `line ${String(location.line)}, column ${String(location.column)}`,
          };
    case 'sheet':
      return { zh: `${location.sheet}!${location.cell}`, en: `${location.sheet}!${location.cell}` };
    case 'table':
      // Word's own table number (a score table may join two Word tables); row 0 is the title
      // paragraph above the table.
      return location.row === 0
        ? {
            zh: `Word 表格 ${String(location.table)} 上方的标题`,
            en: `the title above Word table ${String(location.table)}`,
          }
        : {
            zh: `Word 表格 ${String(location.table)} 第 ${String(location.row)} 行第 ${String(location.column)} 列`,
            en: `Word table ${String(location.table)}, row ${String(location.row)}, column ${String(location.column)}`,
          };
    case 'page':
      return {
        zh: `第 ${String(location.page)} 页第 ${String(location.line)} 行`,
        en: `page ${String(location.page)}, line ${String(location.line)}`,
      };
  }
}
