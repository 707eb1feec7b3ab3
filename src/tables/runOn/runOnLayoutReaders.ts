import type { CellGrid, LayoutName } from '../CellGrid.js';
import { readColumnOrderTables } from './readColumnOrderTables.js';
import { readNamePairTables } from './readNamePairTables.js';
import { readOcrTables } from './readOcrTables.js';
import { readOneLineTables } from './readOneLineTables.js';

/**
 * The readers of the run-on layouts, whose cell boundaries are lost, in the order detection
 * should prefer them when two explain a text equally well: one long line, cells in column order,
 * a name line followed by its pair, and OCR output last (it guesses most).
 *
 * @example
 * runOnLayoutReaders.map((reader) => reader.layout);
 * // → ["one-line", "column-order", "name-then-pair", "ocr"]
 */
export const runOnLayoutReaders: readonly {
  readonly layout: LayoutName;
  read(text: string): readonly CellGrid[];
}[] = Object.freeze([
  { layout: 'one-line', read: readOneLineTables },
  { layout: 'column-order', read: readColumnOrderTables },
  { layout: 'name-then-pair', read: readNamePairTables },
  { layout: 'ocr', read: readOcrTables },
]);
