import { readCellPerLineTables } from './readCellPerLineTables.js';
import { readCellPerParagraphTables } from './readCellPerParagraphTables.js';
import { readCsvTables } from './readCsvTables.js';
import { readMarkdownTables } from './readMarkdownTables.js';
import { readPipeTables } from './readPipeTables.js';
import type { TextLayoutReader } from './TextLayoutReader.js';

/**
 * The text layout readers detection tries, in order of preference when two explain a text
 * equally well: Markdown, CSV, `|` cells, one cell per paragraph, one cell per line.
 *
 * @example
 * textLayoutReaders.map((reader) => reader.layout);
 * // → ["markdown", "csv", "pipe", "cell-per-paragraph", "cell-per-line"]
 */
export const textLayoutReaders: readonly TextLayoutReader[] = Object.freeze([
  { layout: 'markdown', read: readMarkdownTables },
  { layout: 'csv', read: readCsvTables },
  { layout: 'pipe', read: readPipeTables },
  { layout: 'cell-per-paragraph', read: readCellPerParagraphTables },
  { layout: 'cell-per-line', read: readCellPerLineTables },
]);
